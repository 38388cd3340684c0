package io.extreme.protocol.v4;

import io.extreme.protocol.core.samples.CodecProviderContract;

/** The provider is found by ServiceLoader on the class path and shares one stateless codec. */
class V4CodecProviderTest extends CodecProviderContract {
    V4CodecProviderTest() {
        super(V4CodecProvider::new, "v4", 40, V4Codec.class, 4);
    }
}
