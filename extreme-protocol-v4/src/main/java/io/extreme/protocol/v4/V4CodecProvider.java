package io.extreme.protocol.v4;

import io.extreme.protocol.core.DialectCodecProvider;

/** Provides the protocol v4 codec under the name {@code "v4"}; preferred over v3. */
public final class V4CodecProvider extends DialectCodecProvider {
    /** Codecs are stateless: every client and server of the process shares this one. */
    private static final V4Codec CODEC = new V4Codec();

    /** The provider ServiceLoader makes. */
    public V4CodecProvider() {
        super("v4", 40, CODEC);
    }
}
