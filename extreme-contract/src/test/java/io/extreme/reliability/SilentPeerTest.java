package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.error.HeartbeatTimeoutException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.testkit.fault.Direction;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A peer that goes silent without closing (a half-open connection, a frozen node): the client's
 * heartbeat request goes unanswered, the heartbeat timeout closes the connection, and the client
 * reconnects. Bounds are the settings': nothing before the heartbeat timeout, and no later than
 * interval + timeout plus a margin for the timer's tick and a busy machine.
 */
class SilentPeerTest {
    private static final Duration INTERVAL = Duration.ofMillis(300);
    private static final Duration TIMEOUT = Duration.ofMillis(600);

    @Test
    void theHeartbeatTimeoutClosesASilentConnectionAndTheClientReconnects() {
        try (FaultRig rig = new FaultRig(b -> b.heartbeatInterval(INTERVAL).heartbeatTimeout(TIMEOUT))) {
            String stream = FaultRig.stream("silent-peer");
            FaultRig.get(rig.client.append(stream, EventData.json("before", "{}")));
            long silencedAt = System.nanoTime();
            rig.proxy.silence(Direction.BOTH);
            Lifecycles.Event lost = rig.lifecycle.await("disconnected", silencedAt);
            long detectedMillis = TimeUnit.NANOSECONDS.toMillis(lost.atNanos() - silencedAt);
            rig.proxy.resume();
            Lifecycles.Event back = rig.lifecycle.await("connected", lost.atNanos());
            long reconnectedMillis = TimeUnit.NANOSECONDS.toMillis(back.atNanos() - lost.atNanos());

            assertThat(lost.cause()).isInstanceOf(HeartbeatTimeoutException.class).hasMessageContaining("heartbeat timeout");
            assertThat(detectedMillis).as("closed no sooner than the heartbeat timeout").isGreaterThanOrEqualTo(TIMEOUT.toMillis());
            assertThat(detectedMillis).as("closed within interval + timeout + margin")
                    .isLessThanOrEqualTo(INTERVAL.toMillis() + TIMEOUT.toMillis() + 2_000);
            FaultRig.get(rig.client.append(stream, EventData.json("after", "{}")));
            assertThat(rig.readAll(stream)).hasSize(2);
            Figures.report("Silent peer (heartbeat " + INTERVAL.toMillis() + "/" + TIMEOUT.toMillis() + " ms)",
                    "connection closed " + detectedMillis + " ms after the peer went silent; reconnected "
                            + reconnectedMillis + " ms later");
        }
    }
}
