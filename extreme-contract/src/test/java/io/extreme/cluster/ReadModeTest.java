package io.extreme.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.NodePreference;
import io.extreme.SettingsParser;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamSlice;
import io.extreme.reliability.Lifecycles;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed's {@code mode}: {@code read} connects to a follower and reads there (writes are
 * forwarded to the master by the follower), {@code write} (the default) connects to the master.
 */
class ReadModeTest {
    @Test
    void readModeFromTheSeedsKeysConnectsToAFollowerWhichServesReadsAndForwardsWrites() throws Exception {
        try (ClusterUnderTest cluster = ClusterUnderTest.start()) {
            Properties properties = new Properties();
            properties.setProperty("db_type", "cluster");
            properties.setProperty("nodes", cluster.gossipSeeds().stream().map(Endpoint::toString)
                    .collect(Collectors.joining(",")));
            properties.setProperty("mode", "read");
            properties.setProperty("gossip_timeout", "500");
            properties.setProperty("username", System.getProperty("extreme.it.username", "admin"));
            properties.setProperty("password", System.getProperty("extreme.it.password", "changeit"));
            ExtremeSettings parsed = SettingsParser.fromProperties(properties);
            assertThat(parsed.cluster().nodePreference()).isEqualTo(NodePreference.FOLLOWER);
            assertThat(parsed.requireMaster()).isFalse();

            Lifecycles lifecycle = new Lifecycles();
            long started = System.nanoTime();
            try (ExtremeClient reader = Extreme.connect(parsed.toBuilder().connectionListener(lifecycle).build())) {
                String stream = "read-mode-" + UUID.randomUUID();
                ClusterReads.get(reader.appendToStream(stream, ExpectedVersion.NO_STREAM,
                        EventData.json("written-through-a-follower", "{}")));
                StreamSlice slice = ClusterReads.get(reader.readStreamForward(stream, 0, 10, false));

                Endpoint node = lifecycle.await("connected", started).node();
                assertThat(cluster.isFollower(node)).as(node + " is a follower").isTrue();
                assertThat(slice.events()).extracting(e -> e.event().eventType())
                        .containsExactly("written-through-a-follower");
                assertThat(lifecycle.count("disconnected")).as("stayed on the follower").isZero();
            }
        }
    }

    @Test
    void writeModeConnectsToTheMaster() {
        try (ClusterUnderTest cluster = ClusterUnderTest.start()) {
            Lifecycles lifecycle = new Lifecycles();
            long started = System.nanoTime();
            try (ExtremeClient writer = Extreme.connect(cluster.client("writer").connectionListener(lifecycle).build())) {
                ClusterReads.get(writer.appendToStream("write-mode-" + UUID.randomUUID(), ExpectedVersion.ANY,
                        EventData.json("written-on-the-master", "{}")));

                assertThat(lifecycle.await("connected", started).node()).isEqualTo(cluster.awaitMaster());
            }
        }
    }
}
