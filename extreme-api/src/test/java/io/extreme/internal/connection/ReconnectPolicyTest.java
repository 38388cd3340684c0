package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeSettings;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The production defaults of reconnecting (for ever, 100 ms to 10 s with equal jitter) and the settings that change them. */
class ReconnectPolicyTest {
    /** Always the lowest draw: each pause is half its ceiling. */
    private static final RandomGenerator LOWEST = () -> 0L;
    /** Always the highest draw: each pause is its whole ceiling. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override public long nextLong() { return -1L; }
        @Override public long nextLong(long bound) { return bound - 1; }
    };

    @Test
    void theDefaultNeverGivesUp() {
        ExtremeSettings defaults = ExtremeSettings.defaults();
        assertThat(defaults.maxReconnectAttempts()).isEqualTo(ExtremeSettings.UNLIMITED_RECONNECT_ATTEMPTS).isEqualTo(-1);
        ReconnectPolicy policy = new ReconnectPolicy(defaults);
        assertThat(policy.exhausted(1)).isFalse();
        assertThat(policy.exhausted(Integer.MAX_VALUE)).isFalse();
        assertThat(ExtremeSettings.builder().maxReconnectAttempts(3).reconnectForever().build().maxReconnectAttempts())
                .as("named unlimited").isEqualTo(-1);
    }

    @Test
    void theDefaultBackoffDoublesFrom100MillisTo10Seconds() {
        ExtremeSettings defaults = ExtremeSettings.defaults();
        assertThat(defaults.reconnectDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(defaults.maxReconnectDelay()).isEqualTo(Duration.ofSeconds(10));
        ReconnectPolicy lowest = new ReconnectPolicy(defaults, LOWEST);
        ReconnectPolicy highest = new ReconnectPolicy(defaults, HIGHEST);
        long[] ceilings = {100, 200, 400, 800, 1600, 3200, 6400, 10_000, 10_000};
        for (int failed = 0; failed < ceilings.length; failed++) {
            assertThat(highest.delay(failed).toMillis()).as("whole ceiling after %d", failed).isEqualTo(ceilings[failed]);
            assertThat(lowest.delay(failed).toMillis()).as("half ceiling after %d", failed).isEqualTo(ceilings[failed] / 2);
        }
        assertThat(highest.delay(Integer.MAX_VALUE)).as("never past the maximum").isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void jitterStaysBetweenHalfTheCeilingAndAllOfIt() {
        ReconnectPolicy seeded = new ReconnectPolicy(ExtremeSettings.defaults(), new SplittableRandom(15));
        ReconnectPolicy again = new ReconnectPolicy(ExtremeSettings.defaults(), new SplittableRandom(15));
        boolean spread = false;
        for (int failed = 0; failed < 12; failed++) {
            long ceiling = seeded.ceiling(failed);
            for (int draw = 0; draw < 200; draw++) {
                long pause = seeded.delay(failed).toMillis();
                assertThat(pause).isBetween(ceiling / 2, ceiling).isEqualTo(again.delay(failed).toMillis());
                spread |= pause != ceiling;
            }
        }
        assertThat(spread).as("the pauses are not all the same").isTrue();
    }

    @Test
    void aReconnectDelayAloneIsStillAFixedPause() {
        ExtremeSettings fixed = ExtremeSettings.builder().reconnectDelay(Duration.ofMillis(250)).build();
        assertThat(fixed.maxReconnectDelay()).isEqualTo(Duration.ofMillis(250));
        ReconnectPolicy policy = new ReconnectPolicy(fixed, LOWEST);
        assertThat(policy.delay(0)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.delay(20)).as("no jitter on a fixed pause").isEqualTo(Duration.ofMillis(250));
        ExtremeSettings edited = ExtremeSettings.defaults().toBuilder().reconnectDelay(Duration.ofMillis(30)).build();
        assertThat(edited.maxReconnectDelay()).as("from a copy too").isEqualTo(Duration.ofMillis(30));
        ExtremeSettings longer = ExtremeSettings.builder().maxReconnectDelay(Duration.ofSeconds(1)).build();
        assertThat(longer.reconnectDelay()).as("a maximum alone backs off from the default").isEqualTo(Duration.ofMillis(100));
        assertThat(new ReconnectPolicy(longer, HIGHEST).delay(5)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anExplicitMaximumStillGivesUp() {
        ReconnectPolicy three = new ReconnectPolicy(ExtremeSettings.builder().maxReconnectAttempts(3).build());
        assertThat(three.exhausted(3)).isFalse();
        assertThat(three.exhausted(4)).isTrue();
        ReconnectPolicy none = new ReconnectPolicy(ExtremeSettings.builder().maxReconnectAttempts(0).build());
        assertThat(none.exhausted(1)).as("0 gives up at the first failure").isTrue();
    }
}
