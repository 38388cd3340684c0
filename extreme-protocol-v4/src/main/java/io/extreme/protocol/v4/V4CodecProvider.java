package io.extreme.protocol.v4;

import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.ProtocolCodecProvider;

/** Provides the protocol v4 codec under the name {@code "v4"}; preferred over v3. */
public final class V4CodecProvider implements ProtocolCodecProvider {
    /** Codecs are stateless: every client and server of the process shares this one. */
    private static final V4Codec CODEC = new V4Codec();

    @Override
    public String name() {
        return "v4";
    }

    @Override
    public int priority() {
        return 40;
    }

    @Override
    public ProtocolCodec codec() {
        return CODEC;
    }
}
