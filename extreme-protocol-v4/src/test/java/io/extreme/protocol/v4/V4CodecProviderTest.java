package io.extreme.protocol.v4;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.ProtocolCodecProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The provider is found by ServiceLoader on the class path and shares one stateless codec. */
class V4CodecProviderTest {
    @Test
    void serviceLoaderFindsTheV4ProviderOnTheClassPath() {
        assertThat(ServiceLoader.load(ProtocolCodecProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(V4CodecProvider.class);
    }

    @Test
    void codecIsSharedAndSpeaksVersionFour() {
        V4CodecProvider provider = new V4CodecProvider();
        assertThat(provider.name()).isEqualTo("v4");
        assertThat(provider.codec()).isSameAs(new V4CodecProvider().codec()).isInstanceOf(V4Codec.class);
        assertThat(provider.codec().version()).isEqualTo(4);
    }
}
