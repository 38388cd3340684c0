package io.extreme.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** CatchUpOptions as a value: equal settings, equal options, whichever way they were made. */
class CatchUpOptionsTest {
    @Test
    void equalSettingsMakeEqualOptions() {
        CatchUpOptions made = new CatchUpOptions(true, 20, 50, Duration.ofSeconds(5));
        CatchUpOptions derived = CatchUpOptions.defaults().withResolveLinkTos(true).withReadBatchSize(20).withQueueSize(50)
                .withWatchdog(Duration.ofSeconds(5));
        assertThat(derived).isEqualTo(made).hasSameHashCodeAs(made);
        assertThat(made).isNotEqualTo(made.withQueueSize(51)).isNotEqualTo(made.withWatchdog(Duration.ZERO))
                .isNotEqualTo(made.withResolveLinkTos(false)).isNotEqualTo(made.withReadBatchSize(21)).isNotEqualTo(null);
        assertThat(new CatchUpOptions(false, 10, 20)).isEqualTo(new CatchUpOptions(false, 10, 20, CatchUpOptions.DEFAULT_WATCHDOG));
        assertThat(made).hasToString("CatchUpOptions[resolveLinkTos=true, readBatchSize=20, queueSize=50, watchdog=PT5S]");
    }

    @Test
    void theDefaultsAndTheAccessorsSayWhatTheConstantsSay() {
        CatchUpOptions defaults = CatchUpOptions.defaults();
        assertThat(defaults.resolveLinkTos()).isFalse();
        assertThat(defaults.readBatchSize()).isEqualTo(CatchUpOptions.DEFAULT_READ_BATCH_SIZE);
        assertThat(defaults.queueSize()).isEqualTo(CatchUpOptions.DEFAULT_QUEUE_SIZE);
        assertThat(defaults.watchdog()).isEqualTo(CatchUpOptions.DEFAULT_WATCHDOG);
        // A bigger batch makes the queue hold one, as it always did.
        assertThat(new CatchUpOptions(false, 10, 10).withReadBatchSize(30).queueSize()).isEqualTo(30);
    }

    @Test
    void theChecksAndTheirMessagesStay() {
        assertThatThrownBy(() -> new CatchUpOptions(false, 0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("readBatchSize must be between 1 and 4096, was 0");
        assertThatThrownBy(() -> CatchUpOptions.defaults().withReadBatchSize(CatchUpOptions.MAX_READ_BATCH + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CatchUpOptions(false, 10, 9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("queueSize must be at least readBatchSize (10), was 9");
        assertThatThrownBy(() -> CatchUpOptions.defaults().withWatchdog(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("watchdog must not be null (Duration.ZERO turns it off)");
        assertThatThrownBy(() -> CatchUpOptions.defaults().withWatchdog(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("watchdog must be zero (off) or positive, was PT-1S");
    }
}
