package io.extreme.testkit;

import io.extreme.protocol.v3.V3CodecProvider;
import io.extreme.protocol.v4.V4CodecProvider;
import io.extreme.spi.ProtocolCodec;

/**
 * The codec of each protocol version the testkit speaks, named directly rather than found with
 * ServiceLoader: which protocol a store speaks is its builder's choice, never the class path's.
 */
final class ProtocolCodecs {
    private ProtocolCodecs() {
    }

    /**
     * The codec of protocol {@code version}.
     *
     * @throws IllegalArgumentException when {@code version} is neither 3 nor 4
     */
    static ProtocolCodec forVersion(int version) {
        return switch (version) {
            case 3 -> new V3CodecProvider().codec();
            case 4 -> new V4CodecProvider().codec();
            default -> throw new IllegalArgumentException("protocol must be 3 or 4, was " + version);
        };
    }
}
