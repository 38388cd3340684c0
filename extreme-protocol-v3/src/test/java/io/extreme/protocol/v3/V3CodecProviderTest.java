package io.extreme.protocol.v3;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.protocol.v4.V4CodecProvider;
import io.extreme.spi.ProtocolCodecProvider;
import java.util.Comparator;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The provider is found by ServiceLoader, shares one stateless codec, and yields to v4 when both are present. */
class V3CodecProviderTest {
    @Test
    void serviceLoaderFindsTheV3ProviderOnTheClassPath() {
        assertThat(ServiceLoader.load(ProtocolCodecProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(V3CodecProvider.class);
    }

    @Test
    void codecIsSharedAndSpeaksVersionThree() {
        V3CodecProvider provider = new V3CodecProvider();
        assertThat(provider.name()).isEqualTo("v3");
        assertThat(provider.priority()).isEqualTo(30);
        assertThat(provider.codec()).isSameAs(new V3CodecProvider().codec()).isInstanceOf(V3Codec.class);
        assertThat(provider.codec().version()).isEqualTo(3);
    }

    @Test
    void v4WinsWhenBothAreOnTheClassPathAndNoneIsChosen() {
        ProtocolCodecProvider highest = ServiceLoader.load(ProtocolCodecProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .max(Comparator.comparingInt(ProtocolCodecProvider::priority))
                .orElseThrow();
        assertThat(highest).isInstanceOf(V4CodecProvider.class);
        assertThat(new V3CodecProvider().priority()).isLessThan(new V4CodecProvider().priority());
    }
}
