package io.extreme.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.error.ConfigurationException;
import io.extreme.spi.Discovery;
import io.extreme.spi.DiscoveryProvider;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClusterProvidersTest {
    static final ExtremeSettings SINGLE = ExtremeSettings.builder().endpoint("127.0.0.1", 1113).build();
    static final ExtremeSettings SEEDS = ExtremeSettings.builder().gossipSeeds(new Endpoint("127.0.0.1", 2113)).build();
    static final ExtremeSettings DNS = ExtremeSettings.builder().clusterDns("cluster.extreme.test", 2113)
            .dnsServer(new Endpoint("127.0.0.1", 53)).build();

    @Test
    void eachProviderSupportsItsOwnSettings() {
        DiscoveryProvider single = new SingleNodeDiscoveryProvider();
        DiscoveryProvider cluster = new ClusterDiscoveryProvider();
        DiscoveryProvider clusterDns = new ClusterDnsDiscoveryProvider();

        assertThat(List.of(single.supports(SINGLE), cluster.supports(SINGLE), clusterDns.supports(SINGLE)))
                .containsExactly(true, false, false);
        assertThat(List.of(single.supports(SEEDS), cluster.supports(SEEDS), clusterDns.supports(SEEDS)))
                .containsExactly(false, true, false);
        assertThat(List.of(single.supports(DNS), cluster.supports(DNS), clusterDns.supports(DNS)))
                .containsExactly(false, false, true);
        assertThat(cluster.priority()).isGreaterThan(single.priority());
        assertThat(clusterDns.priority()).isGreaterThan(single.priority());
    }

    @Test
    void areFoundByServiceLoader() {
        assertThat(ServiceLoader.load(DiscoveryProvider.class).stream().map(p -> p.get().name()))
                .contains(SingleNodeDiscoveryProvider.NAME, ClusterDiscoveryProvider.NAME, ClusterDnsDiscoveryProvider.NAME);
    }

    @Test
    void aProviderNamedForSettingsItCannotServeSaysWhatIsMissing() {
        assertThatThrownBy(() -> new ClusterDiscoveryProvider().create(SINGLE))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("needs gossipSeeds");
        assertThatThrownBy(() -> new ClusterDnsDiscoveryProvider().create(SEEDS))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("needs clusterDns");
    }

    @Test
    void aClosedDiscoveryLeavesNoThreadOfItsOwn() throws Exception {
        try (FakeGossipNode seed = FakeGossipNode.start()) {
            ClusterDiscoveryTest.masterOnly(seed);
            Discovery discovery = new ClusterDiscoveryProvider().create(
                    ExtremeSettings.builder().gossipSeeds(seed.http()).build());
            assertThat(discovery.discover(null).get(10, TimeUnit.SECONDS)).isEqualTo(new Endpoint("127.0.0.1", 1113));
            assertThat(liveThreads()).isNotEmpty();

            discovery.close();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!liveThreads().isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(liveThreads()).isEmpty();
            // okhttp's process-wide helpers (connection cleanup, timeout watchdog) are daemons that stop when idle.
            assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().startsWith("OkHttp")
                    || t.getName().startsWith("Okio")).allMatch(Thread::isDaemon);
        }
    }

    /** The discovery's own threads: its pool, which okhttp renames "OkHttp http://..." while a call runs. */
    private static List<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("extreme-discovery-") || name.startsWith("OkHttp http")).toList();
    }
}
