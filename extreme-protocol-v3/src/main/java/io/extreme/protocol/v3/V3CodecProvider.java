package io.extreme.protocol.v3;

import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.ProtocolCodecProvider;

/**
 * Provides the protocol v3 codec under the name {@code "v3"}. Its priority is below v4's, so
 * that v4 is chosen when both modules are present and the settings name neither.
 */
public final class V3CodecProvider implements ProtocolCodecProvider {
    /** Codecs are stateless: every client and server of the process shares this one. */
    private static final V3Codec CODEC = new V3Codec();

    @Override
    public String name() {
        return "v3";
    }

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public ProtocolCodec codec() {
        return CODEC;
    }
}
