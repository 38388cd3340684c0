package io.extreme.testkit.server;

import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.Authenticated;
import io.extreme.spi.message.BadRequest;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.HeartbeatRequest;
import io.extreme.spi.message.HeartbeatResponse;
import io.extreme.spi.message.IdentifyClient;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NotAuthenticated;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.Pong;
import io.extreme.spi.message.RawMessage;
import io.extreme.testkit.engine.EngineSession;
import io.extreme.testkit.engine.EventStoreEngine;
import io.extreme.testkit.engine.Principal;
import io.extreme.testkit.engine.ServerGeneration;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection as a real EventStore 4.1.4 treats it on its external TCP interface
 * (PROTOCOL.md §2.4, §4.4, §4.5, §6, §7.3, §12.1), shared by the TCP server and the in-memory
 * transport: it answers heartbeats, Ping, Authenticate and IdentifyClient itself, checks
 * credentials, refuses what it cannot unwrap with BadRequest, answers NotHandled where the host's
 * {@link FaultInjector} says so, and hands every other request to the {@link EventStoreEngine}
 * with the principal it runs as. Until the client identifies itself, replies carry event numbers
 * narrowed as for a protocol-3 client ({@link V1EventNumbers}). While the host's node is frozen
 * (a cluster node that stopped answering) the session drops what arrives, sends nothing, and its
 * heartbeat neither asks nor gives up, as a stopped process would not.
 *
 * <p>On a host speaking protocol v3 it is an EventStore 3.9.3 connection instead: IdentifyClient
 * is a command it does not know (BadRequest, connection kept), and the engine answers with the
 * 3.9.3 behaviour ({@link ServerGeneration#V3}).
 *
 * <p>Threads: {@link #onFrame} is called by one thread at a time (the connection's reader), in
 * the order frames arrived. {@link #send} is the engine's way back and may come from any thread,
 * under the engine's lock: it only queues.
 */
public final class ConnectionSession implements EngineSession {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSession.class);
    /** What a 4.1.4 server appends after a client chose a version its dispatcher has no table for. */
    private static final String BROKEN_VERSION_ERROR = "Index was outside the bounds of the array.";

    private final SessionHost host;
    private final SessionOutput output;
    private final String name;
    private final Heartbeat heartbeat;
    private final AtomicBoolean ended = new AtomicBoolean();
    /** The connection default user of Authenticate; only touched by the reader thread. */
    private DefaultUser defaultUser;
    /**
     * Set by IdentifyClient with a version the server has no tables for (§12.1 #7): from then on
     * the server cannot unwrap requests nor wrap replies, so only its raw answers get out.
     */
    private volatile boolean versionBroken;
    /**
     * The version byte IdentifyClient set: 0 ("V1", a client that never identified) until then.
     * Only the reader thread writes it; {@link #send} reads it from the engine's threads.
     */
    private volatile int clientVersion;
    /** Its persistent consumers, for the host to drop when the node stops serving groups. */
    final PersistentConsumerIds persistentConsumers = new PersistentConsumerIds();

    ConnectionSession(SessionHost host, SessionOutput output, String name) {
        this.host = host;
        this.output = output;
        this.name = name;
        this.heartbeat = new Heartbeat(host.timer(), host.heartbeatSettings(),
                () -> {
                    if (!host.faults().frozen()) {
                        output.send(UUID.randomUUID(), new HeartbeatRequest());
                    }
                },
                () -> {
                    // A frozen node's timers do not run; after a thaw this connection has no heartbeat check left.
                    if (!host.faults().frozen()) {
                        LOG.debug("{}: heartbeat timeout, closing", name);
                        output.close(false, "heartbeat timeout");
                    }
                });
    }

    void start() {
        heartbeat.start();
    }

    /** Something arrived from the client, even part of a frame: it is alive. */
    public void markReceived() {
        heartbeat.received();
    }

    /** Handles one whole frame from the client. */
    public void onFrame(Frame frame) {
        if (ended.get() || host.faults().frozen()) {
            return;
        }
        heartbeat.received();
        UUID id = frame.correlationId();
        if ((frame.flags() & Frame.FLAG_TRUSTED_WRITE) != 0) {
            badRequestAndClose(id, "Trusted writes aren't accepted over the external TCP interface");
            return;
        }
        switch (frame.command()) {
            case TcpCommand.HEARTBEAT_RESPONSE -> { }
            case TcpCommand.HEARTBEAT_REQUEST -> output.send(id, new HeartbeatResponse());
            // 3.9.3 has no IdentifyClient: it goes the way of any command it cannot unwrap.
            case TcpCommand.IDENTIFY_CLIENT -> {
                if (host.generation() == ServerGeneration.V3) {
                    dispatch(frame);
                } else {
                    identify(frame);
                }
            }
            case TcpCommand.BAD_REQUEST -> LOG.warn("{}: the client sent BadRequest: {}", name,
                    new String(frame.payload(), StandardCharsets.UTF_8));
            case TcpCommand.AUTHENTICATE -> authenticate(frame);
            default -> dispatch(frame);
        }
    }

    /**
     * A frame the reader could not take apart (bad length, package too short): a real server
     * answers with a connection-wide BadRequest (all-zero id) and closes.
     */
    public void onBadFrame(String reason) {
        if (host.faults().frozen()) {
            return;
        }
        badRequestAndClose(Frame.ZERO_ID, reason);
    }

    /** The engine's replies and pushes; queued for the connection's thread to encode and send. */
    @Override
    public void send(UUID correlationId, Message message) {
        // After a broken IdentifyClient the real server fails to wrap every message it publishes.
        // A push dropped on purpose is lost, as when a real server's subscription goes quiet; a frozen
        // node's replies and pushes are lost alike (dropsPush says so while frozen).
        if (versionBroken || host.faults().dropsPush(message)) {
            return;
        }
        persistentConsumers.sent(correlationId, message);
        // A 4.x server answers a client that never identified with its V1 dispatcher (§7.3).
        boolean v1Client = host.generation() == ServerGeneration.V4 && clientVersion == 0;
        output.send(correlationId, v1Client ? V1EventNumbers.narrow(message) : message);
    }

    /** The server this connection's requests are answered as: the host's protocol decides. */
    @Override
    public ServerGeneration generation() {
        return host.generation();
    }

    /** The connection is gone, whoever closed it: stop the timer and let the engine forget it. */
    public void ended() {
        if (ended.compareAndSet(false, true)) {
            heartbeat.stop();
            host.forget(this);
            try {
                host.engine().sessionClosed(this);
            } catch (RuntimeException e) {
                LOG.error("{}: the engine failed to forget the session", name, e);
            }
        }
    }

    /** Asks the connection to close: at once, or (a node asked to shut down) after what is queued. */
    void shutdown(String reason, boolean flushFirst) {
        output.close(flushFirst, reason);
    }

    private void identify(Frame frame) {
        if (versionBroken) {
            return; // the real server fails to unwrap it and logs; no answer
        }
        Message message;
        try {
            message = host.codec().decode(frame);
        } catch (RuntimeException e) {
            LOG.warn("{}: error identifying client: {}", name, e.toString());
            return;
        }
        if (!(message instanceof IdentifyClient identify)) {
            LOG.warn("{}: error identifying client: decoded as {}", name, message);
            return;
        }
        // The server keeps the version as a byte and indexes its dispatcher tables (V1 = 0, V2 = 1) with it.
        int version = identify.version() & 0xFF;
        LOG.debug("{}: identified as '{}', version {}", name, identify.connectionName(), identify.version());
        clientVersion = version;
        output.send(frame.correlationId(), new ClientIdentified());
        if (version > 1) {
            versionBroken = true;
        }
    }

    private void authenticate(Frame frame) {
        UserCredentials credentials = frame.credentials();
        if (credentials == null) {
            send(frame.correlationId(), new NotAuthenticated("No user credentials provided."));
            return;
        }
        // Like the real server, the credentials become the default before they are checked:
        // after a refusal every later unflagged request is refused too (§12.1 #8).
        Principal principal = host.engine().authenticate(credentials.login(), credentials.password()).orElse(null);
        defaultUser = new DefaultUser(principal);
        send(frame.correlationId(), principal != null
                ? new Authenticated() : new NotAuthenticated("Unauthorized"));
    }

    private void dispatch(Frame frame) {
        Principal principal;
        UserCredentials credentials = frame.credentials();
        if (credentials != null) {
            principal = host.engine().authenticate(credentials.login(), credentials.password()).orElse(null);
        } else if (defaultUser != null) {
            principal = defaultUser.principal();
        } else {
            principal = Principal.ANONYMOUS;
        }
        if (principal == null) {
            send(frame.correlationId(), new NotAuthenticated("Not Authenticated"));
            return;
        }
        unwrapAndHandle(frame, principal);
    }

    private void unwrapAndHandle(Frame frame, Principal principal) {
        UUID id = frame.correlationId();
        if (versionBroken) {
            output.send(id, new BadRequest(ServerCommandNames.couldNotUnwrap(frame.command()) + BROKEN_VERSION_ERROR));
            return;
        }
        if (frame.command() == TcpCommand.PING) {
            // Ping goes the way of every request (credentials checked), but its answer is the server's own.
            output.send(id, new Pong(frame.payload()));
            return;
        }
        if (frame.command() == TcpCommand.IDENTIFY_CLIENT) {
            // Only under v3 does IdentifyClient get here: 3.9.3 has no such command, whatever the codec knows.
            output.send(id, new BadRequest(ServerCommandNames.couldNotUnwrap(frame.command(), host.generation())));
            return;
        }
        Message request;
        try {
            request = host.codec().decode(frame);
        } catch (RuntimeException e) {
            LOG.debug("{}: cannot decode {}: {}", name, frame, e.toString());
            output.send(id, new BadRequest(ServerCommandNames.couldNotUnwrap(frame.command(), host.generation())));
            return;
        }
        // Like the real server's node state, a fault refuses only what was unwrapped and authenticated.
        NotHandled refusal = host.faults().refusal(request);
        if (refusal != null) {
            LOG.debug("{}: refusing {} on purpose: {}", name, request.getClass().getSimpleName(), refusal);
            output.send(id, refusal);
            return;
        }
        if (!persistentConsumers.admits(id, request, host.persistentSubscriptionsStopped())) {
            return; // a stopped service ignores a connect (PersistentSubscriptionService: "if (!_started) return;")
        }
        boolean handled;
        try {
            handled = !(request instanceof RawMessage) && host.engine().handle(this, id, principal, request);
        } catch (RuntimeException e) {
            // A real server closes a connection whose package made it throw; here it is an engine bug.
            LOG.error("{}: the engine failed on {}", name, request, e);
            badRequestAndClose(id, "Error while processing package. Error: " + e);
            return;
        }
        if (!handled) {
            persistentConsumers.refused(id);
            output.send(id, new BadRequest(ServerCommandNames.couldNotUnwrap(frame.command(), host.generation())));
        }
    }

    private void badRequestAndClose(UUID id, String reason) {
        LOG.debug("{}: closing after BadRequest: {}", name, reason);
        output.send(id, new BadRequest(reason));
        output.close(true, reason);
        ended();
    }

    @Override
    public String toString() {
        return "ConnectionSession[" + name + "]";
    }

    /** The connection default user: a principal, or {@code null} when its credentials were refused. */
    private record DefaultUser(Principal principal) {
    }
}
