package io.extreme.protocol.v3;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.protocol.core.samples.CodecProviderContract;
import io.extreme.spi.ProtocolCodecProvider;
import java.util.Comparator;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The provider is found by ServiceLoader, shares one stateless codec, and yields to v4 when both are present. */
class V3CodecProviderTest extends CodecProviderContract {
    V3CodecProviderTest() {
        super(V3CodecProvider::new, "v3", 30, V3Codec.class, 3);
    }

    @Test
    void v4WinsWhenBothAreOnTheClassPathAndNoneIsChosen() {
        ProtocolCodecProvider highest = ServiceLoader.load(ProtocolCodecProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .max(Comparator.comparingInt(ProtocolCodecProvider::priority))
                .orElseThrow();
        // By name: v4 is on these tests' class path, where its classes' core supertypes are not
        // visible to code compiled in this module; at run time it is there as for any user.
        assertThat(highest.getClass().getName()).isEqualTo("io.extreme.protocol.v4.V4CodecProvider");
        assertThat(new V3CodecProvider().priority()).isLessThan(highest.priority());
    }
}
