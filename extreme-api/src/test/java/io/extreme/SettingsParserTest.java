package io.extreme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsParserTest {
    @Test
    void readsEverythingFromAUri() {
        ExtremeSettings s = SettingsParser.fromUri("tcp://admin:chan%40geit@127.0.0.2:2113?connectionName=orders"
                + "&reconnectDelay=250&maxAttempts=-1&heartbeatInterval=500&heartbeatTimeout=1000&operationTimeout=3000"
                + "&requireMaster=false&protocol=v4&transport=nio&maxRetries=3");
        assertThat(s.endpoint()).isEqualTo(new Endpoint("127.0.0.2", 2113));
        assertThat(s.credentials()).isEqualTo(UserCredentials.of("admin", "chan@geit"));
        assertThat(s.connectionName()).isEqualTo("orders");
        assertThat(s.reconnectDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(s.maxReconnectAttempts()).isEqualTo(-1);
        assertThat(s.heartbeatInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(s.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.operationTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.requireMaster()).isFalse();
        assertThat(s.protocol()).isEqualTo(ProtocolVersion.V4);
        assertThat(s.transport()).isEqualTo("nio");
        assertThat(s.maxOperationRetries()).isEqualTo(3);
    }

    @Test
    void aUriWithoutPortOrUserKeepsTheDefaults() {
        ExtremeSettings s = SettingsParser.fromUri("tcp://127.0.0.1");
        assertThat(s.endpoint().port()).isEqualTo(1113);
        assertThat(s.credentials()).isNull();
        assertThat(s.connectionName()).isEqualTo(ExtremeSettings.DEFAULT_CONNECTION_NAME);
    }

    @Test
    void refusesBadUrisNamingWhatIsWrong() {
        assertThatThrownBy(() -> SettingsParser.fromUri("http://127.0.0.1:1113")).hasMessageContaining("tcp://");
        assertThatThrownBy(() -> SettingsParser.fromUri("tcp://127.0.0.1:1113?bogus=1")).hasMessageContaining("bogus");
        assertThatThrownBy(() -> SettingsParser.fromUri("tcp://127.0.0.1:1113?reconnectDelay=soon"))
                .hasMessageContaining("reconnect_delay");
        assertThatThrownBy(() -> SettingsParser.fromUri("tcp://admin@127.0.0.1")).hasMessageContaining("user:password");
    }

    @Test
    void readsTheElixirVocabularyFromProperties() {
        Properties p = new Properties();
        p.setProperty("host", "127.0.0.3");
        p.setProperty("port", "1114");
        p.setProperty("username", "ops");
        p.setProperty("password", "changeit");
        p.setProperty("connection_name", "projections");
        p.setProperty("reconnect_delay", "2000");
        p.setProperty("max_attempts", "5");
        ExtremeSettings s = SettingsParser.fromProperties(p);
        assertThat(s.endpoint()).isEqualTo(new Endpoint("127.0.0.3", 1114));
        assertThat(s.credentials().login()).isEqualTo("ops");
        assertThat(s.connectionName()).isEqualTo("projections");
        assertThat(s.reconnectDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.maxReconnectAttempts()).isEqualTo(5);
    }

    @Test
    void readsTheResilienceSettings() {
        Properties p = new Properties();
        p.setProperty("max_attempts", "unlimited");
        p.setProperty("reconnect_delay", "100");
        p.setProperty("max_reconnect_delay", "3000");
        p.setProperty("max_queue_size", "20000");
        p.setProperty("max_concurrent_operations", "300");
        p.setProperty("retry_delay", "50");
        p.setProperty("protocol_version", "3");
        p.setProperty("handshake_timeout", "1500");
        ExtremeSettings s = SettingsParser.fromProperties(p);
        assertThat(s.maxReconnectAttempts()).isEqualTo(-1);
        assertThat(s.reconnectDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(s.maxReconnectDelay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.maxQueueSize()).isEqualTo(20_000);
        assertThat(s.maxConcurrentOperations()).isEqualTo(300);
        assertThat(s.retryDelay()).isEqualTo(Duration.ofMillis(50));
        assertThat(s.protocol()).isEqualTo(ProtocolVersion.V3);
        assertThat(s.handshakeTimeout()).isEqualTo(Duration.ofMillis(1500));
        ExtremeSettings fromUri = SettingsParser.fromUri("tcp://127.0.0.1:1113?maxQueueSize=7&maxReconnectDelay=900");
        assertThat(fromUri.maxQueueSize()).isEqualTo(7);
        assertThat(fromUri.maxReconnectDelay()).isEqualTo(Duration.ofMillis(900));
        assertThat(SettingsParser.fromUri("tcp://127.0.0.1").maxReconnectDelay()).as("a backoff by default")
                .isEqualTo(ExtremeSettings.DEFAULT_MAX_RECONNECT_DELAY);
        assertThat(SettingsParser.fromUri("tcp://127.0.0.1?reconnectDelay=250").maxReconnectDelay())
                .as("a reconnect delay alone is a fixed pause").isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void resilienceSettingsRefuseWhatCannotWork() {
        assertThatThrownBy(() -> ExtremeSettings.builder().maxQueueSize(0)).hasMessageContaining("maxQueueSize must be at least 1");
        assertThatThrownBy(() -> ExtremeSettings.builder().maxConcurrentOperations(-1)).hasMessageContaining("maxConcurrentOperations");
        assertThatThrownBy(() -> ExtremeSettings.builder().retryDelay(Duration.ofMillis(-1))).hasMessageContaining("retryDelay");
        assertThatThrownBy(() -> ExtremeSettings.builder().reconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("max (1000 ms) must not be shorter than min (2000 ms)");
        assertThatThrownBy(() -> ExtremeSettings.builder().reconnectDelay(Duration.ofSeconds(5))
                .maxReconnectDelay(Duration.ofSeconds(1)).build()).hasMessageContaining("maxReconnectDelay");
        assertThatThrownBy(() -> ExtremeSettings.builder().connectionListener(null)).hasMessageContaining("connectionListener");
        ExtremeSettings kept = ExtremeSettings.builder().reconnectBackoff(Duration.ofMillis(10), Duration.ofSeconds(1))
                .build().toBuilder().build();
        assertThat(kept.maxReconnectDelay()).as("a copy keeps the backoff").isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void readsTheSeedsClusterVocabulary() {
        Properties cluster = new Properties();
        cluster.setProperty("db_type", "cluster");
        cluster.setProperty("nodes", "127.0.0.2:2113, 127.0.0.3:2113,127.0.0.4:2113");
        cluster.setProperty("gossip_timeout", "300");
        cluster.setProperty("mode", "read");
        cluster.setProperty("max_attempts", "7");
        ExtremeSettings s = SettingsParser.fromProperties(cluster);
        assertThat(s.discovery()).isEqualTo("cluster");
        assertThat(s.cluster().gossipSeeds()).containsExactly(new Endpoint("127.0.0.2", 2113), new Endpoint("127.0.0.3", 2113),
                new Endpoint("127.0.0.4", 2113));
        assertThat(s.cluster().gossipTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(s.cluster().nodePreference()).isEqualTo(NodePreference.FOLLOWER);
        assertThat(s.requireMaster()).as("reads from followers").isFalse();
        assertThat(s.maxReconnectAttempts()).isEqualTo(7);

        Properties dns = new Properties();
        dns.setProperty("db_type", "cluster_dns");
        dns.setProperty("host", "es.cluster.test");
        dns.setProperty("port", "2114");
        dns.setProperty("mode", "write");
        dns.setProperty("dns_server", "127.0.0.1:5353");
        ExtremeSettings d = SettingsParser.fromProperties(dns);
        assertThat(d.discovery()).isEqualTo("cluster-dns");
        assertThat(d.cluster().clusterDns()).isEqualTo("es.cluster.test");
        assertThat(d.cluster().gossipPort()).isEqualTo(2114);
        assertThat(d.cluster().dnsServer()).isEqualTo(new Endpoint("127.0.0.1", 5353));
        assertThat(d.cluster().nodePreference()).isEqualTo(NodePreference.MASTER);

        ExtremeSettings u = SettingsParser.fromUri("tcp://es.cluster.test:2113?dbType=cluster_dns&nodePreference=random"
                + "&backgroundGossip=500");
        assertThat(u.cluster().clusterDns()).isEqualTo("es.cluster.test");
        assertThat(u.cluster().nodePreference()).isEqualTo(NodePreference.RANDOM);
        assertThat(u.cluster().backgroundGossip()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void anExplicitRequireMasterWinsOverModeWhateverTheOrder() {
        assertThat(SettingsParser.fromUri("tcp://127.0.0.1?requireMaster=true&mode=read").requireMaster()).isTrue();
        assertThat(SettingsParser.fromUri("tcp://127.0.0.1?mode=read&requireMaster=true").requireMaster()).isTrue();
        assertThat(SettingsParser.fromUri("tcp://127.0.0.1?nodePreference=random&mode=read").cluster().nodePreference())
                .isEqualTo(NodePreference.RANDOM);
        Properties p = new Properties();
        p.setProperty("require_master", "true");
        p.setProperty("mode", "read");
        assertThat(SettingsParser.fromProperties(p).requireMaster()).isTrue();
        assertThat(SettingsParser.fromUri("tcp://127.0.0.1?requireMaster=false&mode=write").requireMaster()).isFalse();
        assertThat(SettingsParser.fromUri("tcp://127.0.0.1?mode=read").requireMaster()).isFalse();
    }

    @Test
    void refusesClusterSettingsThatCannotWork() {
        Properties p = new Properties();
        p.setProperty("db_type", "swarm");
        assertThatThrownBy(() -> SettingsParser.fromProperties(p)).hasMessageContaining("db_type must be node, cluster or cluster_dns");
        assertThatThrownBy(() -> SettingsParser.fromUri("tcp://127.0.0.1?mode=fast")).hasMessageContaining("mode must be read or write");
        assertThatThrownBy(() -> SettingsParser.fromUri("tcp://127.0.0.1?nodes=nowhere")).hasMessageContaining("nodes must be host:port");
        assertThatThrownBy(() -> ExtremeSettings.builder().gossipSeeds(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> ExtremeSettings.builder().gossipSeeds(new Endpoint("127.0.0.1", 2113))
                .clusterDns("x.test", 2113).build()).hasMessageContaining("not both");
        assertThatThrownBy(() -> ExtremeSettings.builder().clusterDns("x.test", 0)).hasMessageContaining("gossipPort");
    }

    @Test
    void propertiesNeedUserAndPasswordTogether() {
        Properties p = new Properties();
        p.setProperty("username", "ops");
        assertThatThrownBy(() -> SettingsParser.fromProperties(p)).hasMessageContaining("together");
    }

    @Test
    void settingsRefuseContradictionsAndNeverShowThePassword() {
        assertThatThrownBy(() -> ExtremeSettings.builder().heartbeatInterval(Duration.ofSeconds(2))
                .heartbeatTimeout(Duration.ofSeconds(1)).build()).hasMessageContaining("heartbeatTimeout");
        assertThatThrownBy(() -> ExtremeSettings.builder().operationTimeout(Duration.ZERO)).hasMessageContaining("operationTimeout");
        assertThatThrownBy(() -> ExtremeSettings.builder().maxReconnectAttempts(-2)).hasMessageContaining("maxReconnectAttempts");
        ExtremeSettings s = ExtremeSettings.builder().credentials("admin", "secret-pw").build();
        assertThat(s.toString()).contains("admin").doesNotContain("secret-pw");
        assertThat(s.credentials().toString()).doesNotContain("secret-pw");
        assertThat(s.toBuilder().connectionName("x").build().credentials()).isEqualTo(s.credentials());
    }

    @Test
    void endpointsParseAndCheckTheirPort() {
        assertThat(Endpoint.parse("[::1]:1113")).isEqualTo(new Endpoint("::1", 1113));
        assertThat(Endpoint.parse("127.0.0.1:1113").toString()).isEqualTo("127.0.0.1:1113");
        assertThatThrownBy(() -> Endpoint.parse("127.0.0.1")).hasMessageContaining("host:port");
        assertThatThrownBy(() -> new Endpoint("h", 70000)).hasMessageContaining("port");
    }
}
