package io.extreme.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** {@code POST /admin/shutdown} stops a node as on a real one: only for the admin, answered before the node goes. */
class AdminShutdownTest {
    @Test
    void theAdminStopsTheMasterAndAnElectionFollows() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().electionDelay(Duration.ofMillis(200)).start()) {
            assertThat(post(cluster.node(0).gossipEndpoint(), "/admin/shutdown", "admin:changeit")).isEqualTo(200);

            Await.until("node 0 dead", () -> !cluster.node(0).isAlive());
            assertThat(cluster.awaitMaster(Duration.ofSeconds(5)).index()).isEqualTo(1);
        }
    }

    @Test
    void othersAreRefusedAndOtherMethodsAreNotAllowed() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(2)) {
            Endpoint node = cluster.node(1).gossipEndpoint();

            assertThat(post(node, "/admin/shutdown", null)).isEqualTo(401);
            assertThat(post(node, "/admin/shutdown", "ops:changeit")).isEqualTo(401);
            assertThat(post(node, "/admin/shutdown", "admin:wrong")).isEqualTo(401);
            assertThat(GossipClient.status(node, "/admin/shutdown")).isEqualTo(405);
            assertThat(cluster.node(1).isAlive()).isTrue();
        }
    }

    private static int post(Endpoint endpoint, String path, String userAndPassword) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL("http://" + endpoint + path)
                .openConnection(Proxy.NO_PROXY);
        try {
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(2_000);
            if (userAndPassword != null) {
                connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)));
            }
            connection.setDoOutput(true);
            connection.getOutputStream().close();
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }
}
