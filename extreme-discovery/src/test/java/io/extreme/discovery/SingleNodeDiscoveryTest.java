package io.extreme.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.spi.DiscoveryProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SingleNodeDiscoveryTest {
    @Test
    void answersTheSettingsEndpointFirstAndAfterAFailure() throws Exception {
        Endpoint node = new Endpoint("127.0.0.1", 2113);
        var discovery = new SingleNodeDiscoveryProvider().create(ExtremeSettings.builder().endpoint(node).build());
        assertThat(discovery.discover(null).get()).isEqualTo(node);
        assertThat(discovery.discover(node).get()).isEqualTo(node);
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(DiscoveryProvider.class).stream().map(p -> p.get().name()))
                .contains(SingleNodeDiscoveryProvider.NAME);
    }
}
