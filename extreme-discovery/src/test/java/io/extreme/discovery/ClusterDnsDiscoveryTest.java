package io.extreme.discovery;

import static io.extreme.discovery.GossipJson.gossip;
import static io.extreme.discovery.GossipJson.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.NodePreference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;

class ClusterDnsDiscoveryTest {
    private final List<AutoCloseable> closeAfter = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : closeAfter) {
            closeable.close();
        }
    }

    @Test
    void findsTheClusterByItsNamesARecordsOnTheGossipPort() throws Exception {
        // DNS gives addresses only, so every node serves gossip on the same port.
        FakeGossipNode first = track(FakeGossipNode.start("127.0.0.2", 0));
        int port = first.http().port();
        FakeGossipNode second = track(FakeGossipNode.start("127.0.0.3", port));
        FakeGossipNode third = track(FakeGossipNode.start("127.0.0.4", port));
        String cluster = gossip(
                member("A", "Slave", true, "127.0.0.2", 1113, port),
                member("B", "Master", true, "127.0.0.3", 1113, port),
                member("C", "Slave", true, "127.0.0.4", 1113, port));
        first.answer(cluster);
        second.answer(cluster);
        third.answer(cluster);
        FakeDns dns = track(new FakeDns()).add("cluster.extreme.test", "127.0.0.2", "127.0.0.3", "127.0.0.4");

        ClusterDiscovery discovery = discovery(dns, "cluster.extreme.test", port);
        assertThat(ClusterDiscoveryTest.get(discovery.discover(null))).isEqualTo(new Endpoint("127.0.0.3", 1113));
        assertThat(dns.queries.get()).isEqualTo(1);
        assertThat(first.requests).containsExactly("/gossip?format=json application/json");

        // The whole cluster gone: the remembered members fail, and the name is asked again.
        first.close();
        second.close();
        third.close();
        assertThatThrownBy(() -> ClusterDiscoveryTest.get(discovery.discover(new Endpoint("127.0.0.3", 1113))))
                .cause().isInstanceOf(ClusterNotFoundException.class).hasMessageContaining("127.0.0.4:" + port);
        assertThat(dns.queries.get()).isEqualTo(2);
    }

    @Test
    void aNameWithoutARecordsFailsClearly() throws Exception {
        FakeDns dns = track(new FakeDns()).add("empty.extreme.test");

        for (String name : List.of("missing.extreme.test", "empty.extreme.test")) {
            assertThatThrownBy(() -> ClusterDiscoveryTest.get(discovery(dns, name, 2113).discover(null)))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ClusterNotFoundException.class)
                    .hasMessage("The cluster DNS name '" + name + "' has no A records (asked " + dns.endpoint() + ")");
        }
    }

    @Test
    void aDnsServerThatDoesNotAnswerFailsClearly() throws Exception {
        Endpoint silent = FakeGossipNode.closedPort(); // a UDP port with nobody behind it, most likely
        assertThatThrownBy(() -> ClusterDiscoveryTest.get(discovery(silent, "cluster.extreme.test", 2113).discover(null)))
                .cause().isInstanceOf(ClusterNotFoundException.class)
                .hasMessageStartingWith("The cluster DNS name 'cluster.extreme.test' ")
                .hasMessageEndingWith("(asked " + silent + ")");
    }

    @Test
    void withoutADnsServerTheSystemsServersAreAskedWithinTheGossipTimeout() {
        // Only the resolver is built (from the system's configuration); no name is ever resolved here.
        Duration gossipTimeout = Duration.ofMillis(750);
        ClusterDns dns = new ClusterDns("cluster.extreme.test", 2113, null, gossipTimeout);
        Resolver resolver = dns.resolver();

        assertThat(resolver).isInstanceOf(ExtendedResolver.class).isNotSameAs(Lookup.getDefaultResolver());
        assertThat(dns.resolver()).as("kept, so failed servers are remembered").isSameAs(resolver);
        ExtendedResolver system = (ExtendedResolver) resolver;
        assertThat(system.getTimeout()).as("one gossip timeout per server")
                .isEqualTo(gossipTimeout.multipliedBy(Math.max(1, system.getResolvers().length)));
        assertThat(system.getRetries()).isEqualTo(ClusterDns.SYSTEM_RETRIES).isEqualTo(1);
        assertThat(system.getResolvers()).allSatisfy(server -> assertThat(server.getTimeout()).isEqualTo(gossipTimeout));
    }

    @Test
    void aNamedDnsServerIsAskedWithTheGossipTimeout() {
        Duration gossipTimeout = Duration.ofMillis(750);
        Resolver resolver = new ClusterDns("cluster.extreme.test", 2113, new Endpoint("127.0.0.1", 53), gossipTimeout)
                .resolver();

        assertThat(resolver).isInstanceOf(SimpleResolver.class);
        assertThat(resolver.getTimeout()).isEqualTo(gossipTimeout);
    }

    private ClusterDiscovery discovery(FakeDns dns, String name, int gossipPort) {
        return discovery(dns.endpoint(), name, gossipPort);
    }

    private ClusterDiscovery discovery(Endpoint dnsServer, String name, int gossipPort) {
        ExtremeSettings settings = ExtremeSettings.builder().clusterDns(name, gossipPort).dnsServer(dnsServer)
                .gossipTimeout(Duration.ofMillis(500)).nodePreference(NodePreference.MASTER).build();
        ClusterDiscovery discovery = new ClusterDiscovery("cluster-dns", GossipCandidates.dns(
                new ClusterDns(name, gossipPort, dnsServer, settings.cluster().gossipTimeout())), settings, new Random(1));
        closeAfter.add(0, discovery);
        return discovery;
    }

    private <T extends AutoCloseable> T track(T closeable) {
        closeAfter.add(closeable);
        return closeable;
    }
}
