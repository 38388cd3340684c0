package io.extreme.protocol.core;

import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.ProtocolCodecProvider;
import java.util.Objects;

/**
 * A {@link ProtocolCodecProvider} that hands out one shared codec under a fixed name and
 * priority: what the v3 and v4 modules register with {@code ServiceLoader}, each
 * with a no-argument subclass of its own.
 */
public abstract class DialectCodecProvider implements ProtocolCodecProvider {
    private final String name;
    private final int priority;
    private final ProtocolCodec codec;

    /** Codecs are stateless: {@code codec} is shared by every client and server of the process. */
    protected DialectCodecProvider(String name, int priority, ProtocolCodec codec) {
        this.name = Objects.requireNonNull(name, "name");
        this.priority = priority;
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int priority() {
        return priority;
    }

    @Override
    public final ProtocolCodec codec() {
        return codec;
    }
}
