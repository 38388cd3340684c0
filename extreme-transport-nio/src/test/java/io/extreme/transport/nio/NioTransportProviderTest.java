package io.extreme.transport.nio;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeSettings;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The provider is found by ServiceLoader on the class path, under its name and priority. */
class NioTransportProviderTest {

    @Test
    void isFoundByServiceLoaderAsNioWithPriorityTen() {
        TransportProvider provider = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("nio"))
                .findFirst()
                .orElseThrow();

        assertThat(provider).isInstanceOf(NioTransportProvider.class);
        assertThat(provider.priority()).isEqualTo(10);
    }

    @Test
    void createsATransportWithItsOwnDaemonThread() {
        try (Transport transport = new NioTransportProvider().create(ExtremeSettings.defaults())) {
            assertThat(transport).isInstanceOf(NioTransport.class);
            assertThat(Thread.getAllStackTraces().keySet())
                    .anySatisfy(t -> {
                        assertThat(t.getName()).startsWith("extreme-nio-");
                        assertThat(t.isDaemon()).isTrue();
                    });
        }
    }
}
