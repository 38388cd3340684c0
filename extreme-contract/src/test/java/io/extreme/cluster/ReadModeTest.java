package io.extreme.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.NodePreference;
import io.extreme.ReadOptions;
import io.extreme.SettingsParser;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.reliability.Lifecycles;
import java.util.List;
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
                ClusterReads.get(reader.append(stream, List.of(EventData.json("written-through-a-follower", "{}")), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
                StreamSlice slice = ClusterReads.get(reader.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10)));

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
                ClusterReads.get(writer.append("write-mode-" + UUID.randomUUID(), EventData.json("written-on-the-master", "{}")));

                assertThat(lifecycle.await("connected", started).node()).isEqualTo(cluster.awaitMaster());
            }
        }
    }
}
