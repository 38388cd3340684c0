package io.extreme.protocol.v3;

import io.extreme.protocol.core.DialectCodecProvider;

/**
 * Provides the protocol v3 codec under the name {@code "v3"}. Its priority is below v4's, so
 * that v4 is chosen when both modules are present and the settings name neither.
 */
public final class V3CodecProvider extends DialectCodecProvider {
    /** Codecs are stateless: every client and server of the process shares this one. */
    private static final V3Codec CODEC = new V3Codec();

    /** The provider ServiceLoader makes. */
    public V3CodecProvider() {
        super("v3", 30, CODEC);
    }
}
