package io.extreme.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.SettingsParser;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.reliability.Lifecycles;
import io.extreme.testkit.cluster.ClusterNode;
import io.extreme.testkit.cluster.FakeDnsServer;
import io.extreme.testkit.cluster.SimulatedCluster;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The seed's {@code db_type: cluster_dns}: a DNS name with an A record per node, each asked for
 * gossip on one port. The DNS server is a fake on loopback, so no real name is ever resolved.
 */
class ClusterDnsTest {
    private static final String NAME = "es.cluster.test";

    @Test
    void aNameWithThreeARecordsLeadsToTheMaster() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(3).sameGossipPort().start();
             FakeDnsServer dns = FakeDnsServer.start()) {
            dns.addA(NAME, "127.0.0.1", "127.0.0.2", "127.0.0.3");
            int gossipPort = cluster.node(0).gossipEndpoint().port();
            ExtremeSettings settings = SettingsParser.fromUri("tcp://admin:changeit@" + NAME + ":" + gossipPort
                    + "?db_type=cluster_dns&dns_server=" + dns.endpoint() + "&gossip_timeout=500");
            Lifecycles lifecycle = new Lifecycles();
            long started = System.nanoTime();
            try (ExtremeClient client = Extreme.connect(settings.toBuilder().connectionListener(lifecycle).build())) {
                ClusterReads.get(client.append("dns-" + UUID.randomUUID(), EventData.json("found-by-dns", "{}")));

                assertThat(lifecycle.await("connected", started).node())
                        .isEqualTo(cluster.awaitMaster(Duration.ofSeconds(5)).tcpEndpoint());
            }
        }
    }

    @Test
    void theClientFollowsTheMasterAfterALeaderChangeFoundByDns() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(3).sameGossipPort()
                .electionDelay(Duration.ofMillis(300)).start();
             FakeDnsServer dns = FakeDnsServer.start()) {
            dns.addA(NAME, "127.0.0.1", "127.0.0.2", "127.0.0.3");
            ExtremeSettings settings = ExtremeSettings.builder().clusterDns(NAME, cluster.node(0).gossipEndpoint().port())
                    .dnsServer(dns.endpoint()).credentials("admin", "changeit").reconnectDelay(Duration.ofMillis(20))
                    .retryDelay(Duration.ofMillis(20)).gossipTimeout(Duration.ofMillis(500)).build();
            try (ExtremeClient client = Extreme.connect(settings)) {
                String stream = "dns-leader-change-" + UUID.randomUUID();
                ClusterReads.get(client.append(stream, EventData.json("before", "{}")));
                cluster.kill(0);
                ClusterReads.get(client.append(stream, EventData.json("after", "{}")));

                assertThat(ClusterReads.get(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events())
                        .extracting(e -> e.event().eventType()).containsExactly("before", "after");
            }
        }
    }

    @Test
    void theOtherRecordsAreAskedWhenTheFirstAddressIsDown() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(3).sameGossipPort()
                .electionDelay(Duration.ofMillis(200)).start();
             FakeDnsServer dns = FakeDnsServer.start()) {
            dns.addA(NAME, "127.0.0.1", "127.0.0.2", "127.0.0.3");
            int gossipPort = cluster.node(0).gossipEndpoint().port();
            cluster.kill(0); // the first A record's node: its gossip port refuses
            ClusterNode master = cluster.awaitMaster(Duration.ofSeconds(5));
            ExtremeSettings settings = ExtremeSettings.builder().clusterDns(NAME, gossipPort).dnsServer(dns.endpoint())
                    .credentials("admin", "changeit").gossipTimeout(Duration.ofMillis(500)).build();
            Lifecycles lifecycle = new Lifecycles();
            long started = System.nanoTime();
            try (ExtremeClient client = Extreme.connect(settings.toBuilder().connectionListener(lifecycle).build())) {
                ClusterReads.get(client.append("dns-first-down-" + UUID.randomUUID(), EventData.json("found-past-a-dead-record", "{}")));

                assertThat(lifecycle.await("connected", started).node()).isEqualTo(master.tcpEndpoint());
                assertThat(dns.queries(NAME)).isPositive();
            }
        }
    }

    @Test
    void aNameWithNoRecordsFailsNamingTheNameAndTheDnsServer() throws Exception {
        try (FakeDnsServer dns = FakeDnsServer.start()) {
            ExtremeSettings settings = ExtremeSettings.builder().clusterDns("nothing.cluster.test", 2113)
                    .dnsServer(dns.endpoint()).maxReconnectAttempts(1).reconnectDelay(Duration.ofMillis(10))
                    .gossipTimeout(Duration.ofMillis(500)).build();
            try (ExtremeClient client = Extreme.connect(settings)) {
                CompletableFuture<?> read = client.readStreamSlice("anything", StreamPosition.of(0), ReadOptions.forward().withPageSize(1));

                assertThatThrownBy(() -> read.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .rootCause().hasMessageContaining("nothing.cluster.test");
                assertThat(describe(read)).contains(dns.endpoint().toString());
            }
        }
    }

    private static String describe(CompletableFuture<?> failed) {
        StringBuilder text = new StringBuilder();
        failed.handle((r, e) -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
                text.append(t).append('\n');
                for (Throwable suppressed : t.getSuppressed()) {
                    text.append(suppressed).append('\n');
                }
            }
            return null;
        }).join();
        return text.toString();
    }
}
