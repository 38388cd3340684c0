package io.extreme.internal;

import io.extreme.ConfigurationException;
import io.extreme.ExtremeSettings;
import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.Authenticate;
import io.extreme.spi.message.IdentifyClient;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frames a new connection exchanges before operations flow: Authenticate when the settings
 * carry default credentials, then IdentifyClient (protocol v4 and later) with the connection
 * name. A refused Authenticate only warns, as EventStore's own clients do: each operation then
 * fails with NotAuthenticated and says so. Engine thread only.
 */
final class Handshake {
    private static final Logger log = LoggerFactory.getLogger(Handshake.class);
    /** The IdentifyClient version to send: the only one that leaves the connection usable (PROTOCOL.md §12.1). */
    static final int CLIENT_VERSION = 1;

    enum Step { NEXT, DONE, REFUSED }

    private enum Stage { AUTHENTICATE, IDENTIFY }

    private final ExtremeSettings settings;
    private final ProtocolCodec codec;
    private final long timeoutNanos;
    private Stage stage;
    private UUID pending;
    private long deadlineNanos;

    Handshake(ExtremeSettings settings, ProtocolCodec codec) {
        this.settings = settings;
        this.codec = codec;
        this.timeoutNanos = settings.operationTimeout().toNanos();
    }

    /** The first frame of the handshake, or {@code null} when there is none to do. */
    Frame begin(long now) {
        if (settings.credentials() != null) {
            stage = Stage.AUTHENTICATE;
            return frame(new Authenticate(), settings, true, now);
        }
        return next(now);
    }

    /** The frame after a successful step, or {@code null} when the handshake is complete. */
    Frame next(long now) {
        if (codec.version() < 4) {
            pending = null;
            return null;
        }
        stage = Stage.IDENTIFY;
        return frame(new IdentifyClient(CLIENT_VERSION, settings.connectionName()), settings, false, now);
    }

    private Frame frame(io.extreme.spi.message.Message message, ExtremeSettings s, boolean withCredentials, long now) {
        pending = CorrelationIds.next();
        deadlineNanos = now + timeoutNanos;
        return codec.encode(pending, withCredentials ? s.credentials() : null, message);
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

    /** What to do after the server's answer to the current step. */
    Step reply(Frame frame, long now) {
        if (stage == Stage.AUTHENTICATE) {
            if (frame.command() == TcpCommand.NOT_AUTHENTICATED) {
                log.warn("[{}] the server refused the default credentials of '{}'; operations will fail with "
                        + "NotAuthenticated", settings.connectionName(), settings.credentials().login());
            }
            return codec.version() < 4 ? done() : Step.NEXT;
        }
        if (frame.command() == TcpCommand.CLIENT_IDENTIFIED) {
            return done();
        }
        if (frame.command() == TcpCommand.NOT_AUTHENTICATED) {
            // A server that refused our credentials may refuse this too: it still speaks v4, and
            // each operation will say that the credentials were refused.
            log.warn("[{}] the server answered IdentifyClient with NotAuthenticated", settings.connectionName());
            return done();
        }
        pending = null;
        return Step.REFUSED;
    }

    private Step done() {
        pending = null;
        return Step.DONE;
    }

    /** Why the client gives up on a server that refused IdentifyClient: it speaks an older protocol. */
    ConfigurationException refusal(Frame frame, io.extreme.Endpoint endpoint) {
        return new ConfigurationException("The server at " + endpoint + " refused IdentifyClient ("
                + new String(frame.payload(), java.nio.charset.StandardCharsets.UTF_8).trim() + "): it does not speak protocol v"
                + codec.version() + ". An EventStore 3.x server needs protocol v3 (io.extreme:extreme-protocol-v3).");
    }
}
