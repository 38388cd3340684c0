package io.extreme.internal.connection;

import io.extreme.ProtocolVersion;
import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.error.ConfigurationException;
import io.extreme.error.ConnectionClosedException;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.Authenticate;
import io.extreme.spi.message.IdentifyClient;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frames a new connection exchanges before operations flow, and the protocol version they
 * settle on. IdentifyClient goes first (protocol 4 and auto) with the connection name, because
 * its answer tells the version whatever the credentials: ClientIdentified means v4; a
 * BadRequest under the same correlation id is what EventStore 3.9.3 and older say, so v3
 * (PROTOCOL.md §12). Then Authenticate, when the settings carry default credentials. A refused
 * Authenticate only warns, as EventStore's own clients do: each operation then fails with
 * NotAuthenticated and says so. Every step has the handshake timeout. Engine thread only.
 */
final class Handshake {
    private static final Logger log = LoggerFactory.getLogger(Handshake.class);
    /** The IdentifyClient version to send: the only one that leaves the connection usable (PROTOCOL.md §12.1). */
    static final int CLIENT_VERSION = 1;

    enum Step { NEXT, DONE, REFUSED }

    private enum Stage { IDENTIFY, AUTHENTICATE }

    private final ExtremeSettings settings;
    private final NegotiatedCodec codec;
    private final long timeoutNanos;
    private Stage stage;
    private UUID pending;
    private long deadlineNanos;
    private Frame nextFrame;
    private int version;
    /** The protocol version each node spoke, so that a reconnect to it need not ask again. */
    private final Map<Endpoint, Integer> spoken = new HashMap<>();

    Handshake(ExtremeSettings settings, NegotiatedCodec codec) {
        this.settings = settings;
        this.codec = codec;
        this.timeoutNanos = settings.handshakeTimeout().toNanos();
    }

    /**
     * The first frame of the handshake with {@code node}, or {@code null} when there is none to
     * do. A node known from an earlier connection to speak v3 is not asked again.
     */
    Frame begin(long now, Endpoint node) {
        int spokenBefore = spoken.getOrDefault(node, 0);
        version = codec.initialVersion();
        if (codec.identifies() && !(spokenBefore == 3 && codec.fallsBackToV3())) {
            stage = Stage.IDENTIFY;
            return codec.forVersion(4).encode(pendingId(now), null, new IdentifyClient(CLIENT_VERSION, settings.connectionName()));
        }
        version = 3;
        return authenticate(now);
    }

    /** The frame that follows a {@link Step#NEXT}. */
    Frame next() {
        return nextFrame;
    }

    /** The version this connection speaks, once the handshake is done. */
    int version() {
        return version;
    }

    /** Remembers that {@code node} speaks {@link #version()}; whether it spoke another before, or none was known. */
    boolean remember(Endpoint node) {
        Integer before = spoken.put(node, version);
        return before == null || before != version;
    }

    boolean owns(Frame frame) {
        return pending != null && pending.equals(frame.correlationId());
    }

    /** Whether the step under way is Authenticate (a NotAuthenticated now means refused credentials). */
    boolean authenticating() {
        return pending != null && stage == Stage.AUTHENTICATE;
    }

    boolean expired(long now) {
        return pending != null && now - deadlineNanos >= 0;
    }

    /** The request that went unanswered, for the timeout's message. */
    String waitingFor() {
        return stage == Stage.IDENTIFY ? "IdentifyClient" : "Authenticate";
    }

    /** Why a connection whose step under way got no answer within the timeout is let go. */
    ConnectionClosedException unanswered(Endpoint endpoint) {
        return new ConnectionClosedException("No answer to " + waitingFor() + " from " + endpoint
                + " within the handshake timeout (" + settings.handshakeTimeout().toMillis()
                + " ms): is it an EventStore TCP endpoint?");
    }

    /** What to do after the server's answer to the current step. */
    Step reply(Frame frame, long now) {
        if (stage == Stage.AUTHENTICATE) {
            if (frame.command() == TcpCommand.NOT_AUTHENTICATED) {
                log.warn("[{}] the server refused the default credentials of '{}'; operations will fail with "
                        + "NotAuthenticated", settings.connectionName(), settings.credentials().login());
            }
            return done();
        }
        switch (frame.command()) {
            case TcpCommand.CLIENT_IDENTIFIED, TcpCommand.NOT_AUTHENTICATED -> version = 4; // it knew the command
            case TcpCommand.BAD_REQUEST -> {
                if (!codec.fallsBackToV3()) {
                    pending = null;
                    return Step.REFUSED;
                }
                version = 3;
            }
            default -> {
                pending = null;
                return Step.REFUSED;
            }
        }
        nextFrame = authenticate(now);
        return nextFrame == null ? done() : Step.NEXT;
    }

    private Frame authenticate(long now) {
        if (settings.credentials() == null) {
            pending = null;
            return null;
        }
        stage = Stage.AUTHENTICATE;
        return codec.forVersion(version).encode(pendingId(now), settings.credentials(), new Authenticate());
    }

    private UUID pendingId(long now) {
        pending = CorrelationIds.next();
        deadlineNanos = now + timeoutNanos;
        return pending;
    }

    private Step done() {
        pending = null;
        return Step.DONE;
    }

    /** Why the client gives up on a server that refused IdentifyClient. */
    ConfigurationException refusal(Frame frame, Endpoint endpoint) {
        String answer = frame.commandName() + (frame.payload().length == 0 ? ""
                : ": " + new String(frame.payload(), StandardCharsets.UTF_8).trim());
        if (frame.command() != TcpCommand.BAD_REQUEST) {
            return new ConfigurationException("The server at " + endpoint + " answered IdentifyClient with " + answer
                    + "; is it an EventStore TCP endpoint?");
        }
        String remedy = settings.protocol() == ProtocolVersion.AUTO
                ? "add io.extreme:extreme-protocol-v3 to the class path"
                : "choose protocol 3 or auto (with io.extreme:extreme-protocol-v3)";
        return new ConfigurationException("The server at " + endpoint + " refused IdentifyClient (" + answer
                + "): it speaks protocol v3 (EventStore 3.9.3 or older); " + remedy + ".");
    }
}
