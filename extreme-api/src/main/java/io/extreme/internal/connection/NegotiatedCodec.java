package io.extreme.internal.connection;

import io.extreme.UserCredentials;
import io.extreme.error.ConfigurationException;
import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.Message;
import java.util.UUID;

/**
 * The codec a client speaks: a fixed one (protocol 3 or 4), or, with protocol {@code auto}, the
 * one the handshake of the current connection chose. The engine switches it between connections
 * only, on its own thread; everything that encodes or decodes holds this and follows.
 */
public final class NegotiatedCodec implements ProtocolCodec {
    private final ProtocolCodec v3;
    private final ProtocolCodec v4;
    private final boolean auto;
    private volatile ProtocolCodec current;

    private NegotiatedCodec(ProtocolCodec v3, ProtocolCodec v4, boolean auto) {
        this.v3 = v3;
        this.v4 = v4;
        this.auto = auto;
        this.current = v4 != null ? v4 : v3;
    }

    /** Always {@code codec}: protocol 3 or 4 chosen in the settings. */
    public static NegotiatedCodec fixed(ProtocolCodec codec) {
        return codec.version() < 4 ? new NegotiatedCodec(codec, null, false) : new NegotiatedCodec(null, codec, false);
    }

    /** Protocol auto: either may be missing (its module is not on the class path), not both. */
    public static NegotiatedCodec auto(ProtocolCodec v3, ProtocolCodec v4) {
        if (v3 == null && v4 == null) {
            throw new IllegalArgumentException("auto needs at least one codec");
        }
        return new NegotiatedCodec(v3, v4, true);
    }

    /** Whether the handshake asks the server its version with IdentifyClient (auto, or protocol 4). */
    boolean identifies() {
        return v4 != null;
    }

    /** Whether a server that answers IdentifyClient with BadRequest may be spoken to in v3. */
    boolean fallsBackToV3() {
        return auto && v3 != null;
    }

    /** The codec for {@code version}; fails clearly when its module is missing. */
    ProtocolCodec forVersion(int version) {
        ProtocolCodec codec = version < 4 ? v3 : v4;
        if (codec == null) {
            throw new ConfigurationException("Protocol v" + version + " is needed but its codec is not on the class path: add "
                    + "io.extreme:extreme-protocol-v" + version + ".");
        }
        return codec;
    }

    /** The version to assume for a new connection before its handshake says otherwise. */
    int initialVersion() {
        return v4 != null ? 4 : 3;
    }

    /** Speaks {@code version} from now on (the handshake of a new connection decided it). */
    void use(int version) {
        current = forVersion(version);
    }

    @Override
    public int version() {
        return current.version();
    }

    @Override
    public Frame encode(UUID correlationId, UserCredentials credentials, Message message) {
        return current.encode(correlationId, credentials, message);
    }

    @Override
    public Message decode(Frame frame) {
        return current.decode(frame);
    }
}
