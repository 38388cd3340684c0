package io.extreme.benchmarks.scale;

import io.extreme.benchmarks.support.scale.ScaleOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.subscription.DropReason;
import io.extreme.testkit.EmbeddedEventStore;
import org.junit.jupiter.api.Test;

/**
 * The scale runner, small: 200 subscriptions and 10 events against the embedded server over
 * loopback TCP. Every delivery must arrive, in order, and every close be heard; no timing here.
 */
class SubscriptionScaleTest {
    @Test
    void everySubscriptionGetsEveryEventOnceInOrderAndHearsItsClose() throws Exception {
        try (EmbeddedEventStore store = EmbeddedEventStore.start()) {
            ScaleOptions options = ScaleOptions.parse("--endpoint", store.endpoint().toString(),
                    "--subscriptions", "200", "--events", "10", "--open-window", "50", "--deadline-seconds", "60");

            ScaleResult result = SubscriptionScale.run(options);

            assertThat(result.openFailures()).isZero();
            assertThat(result.delivered()).isEqualTo(200L * 10);
            assertThat(result.misordered()).isZero();
            assertThat(result.dropsBeforeClose()).isEmpty();
            assertThat(result.dropsAtClose()).containsExactly(java.util.Map.entry(DropReason.UNSUBSCRIBED, 200L));
            assertThat(result.complete()).isTrue();
            assertThat(result.lines()).anySatisfy(line -> assertThat(line).startsWith("heap per subscription: "))
                    .anySatisfy(line -> assertThat(line).startsWith("fan-out: 10 events x 200 subscriptions = 2,000 deliveries"))
                    .last().isEqualTo("result: COMPLETE");
        }
    }

    @Test
    void batchesOfSeveralEventsArriveInOrderToo() throws Exception {
        try (EmbeddedEventStore store = EmbeddedEventStore.start()) {
            ScaleOptions options = ScaleOptions.parse("--endpoint", store.endpoint().toString(),
                    "--subscriptions", "20", "--events", "10", "--batch", "3", "--window", "3");

            ScaleResult result = SubscriptionScale.run(options);

            assertThat(result.delivered()).isEqualTo(20L * 10);
            assertThat(result.complete()).isTrue();
        }
    }

    @Test
    void theWindowKeepsTheServersQueueUnderItsLimitButHoldsABatch() {
        assertThat(ScaleOptions.defaultWindow(10_000, 1)).isEqualTo(4);
        assertThat(ScaleOptions.defaultWindow(200, 1)).isEqualTo(200);
        assertThat(ScaleOptions.defaultWindow(100_000, 5)).isEqualTo(5);
        assertThat(ScaleOptions.parse().subscriptions()).isEqualTo(ScaleOptions.DEFAULT_SUBSCRIPTIONS);
        assertThatThrownBy(() -> ScaleOptions.parse("--subscriptions")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScaleOptions.parse("--bogus", "1")).hasMessageContaining("unknown argument '--bogus'");
    }
}
