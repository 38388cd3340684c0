package io.extreme.persistent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.event.StreamPosition;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PersistentSubscriptionSettingsTest {
    @Test
    void theBuilderStartsFromTheDefaults() {
        PersistentSubscriptionSettings s = PersistentSubscriptionSettings.builder().build();
        assertThat(s).isEqualTo(PersistentSubscriptionSettings.defaults())
                .hasSameHashCodeAs(PersistentSubscriptionSettings.defaults());
        assertThat(s.startFrom()).isEqualTo(StreamPosition.END);
        assertThat(s.resolveLinkTos()).isFalse();
        assertThat(s.extraStatistics()).isFalse();
        assertThat(s.messageTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.liveBufferSize()).isEqualTo(500);
        assertThat(s.readBatchSize()).isEqualTo(20);
        assertThat(s.historyBufferSize()).isEqualTo(500);
        assertThat(s.maxRetryCount()).isEqualTo(10);
        assertThat(s.strategy()).isEqualTo(ConsumerStrategy.ROUND_ROBIN);
        assertThat(s.checkpointAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.minCheckpointCount()).isEqualTo(10);
        assertThat(s.maxCheckpointCount()).isEqualTo(1000);
        assertThat(s.maxSubscriberCount()).isZero();
    }

    @Test
    void toBuilderRoundTripsEveryValue() {
        PersistentSubscriptionSettings s = PersistentSubscriptionSettings.builder().resolveLinkTos(true)
                .startFrom(StreamPosition.of(42)).messageTimeout(Duration.ofSeconds(5)).extraStatistics(true)
                .liveBufferSize(7).readBatchSize(8).historyBufferSize(9).maxRetryCount(3)
                .strategy(ConsumerStrategy.PINNED).checkpointAfter(Duration.ofMillis(100)).minCheckpointCount(1)
                .maxCheckpointCount(5).maxSubscriberCount(2).build();
        assertThat(s.toBuilder().build()).isEqualTo(s).hasSameHashCodeAs(s);
        assertThat(s.toBuilder().maxRetryCount(4).build()).isNotEqualTo(s);
        assertThat(s).isNotEqualTo(PersistentSubscriptionSettings.defaults());
        assertThat(s.toString()).contains("startFrom=42", "strategy=PINNED");
    }

    @Test
    void withersChangeOneValue() {
        PersistentSubscriptionSettings d = PersistentSubscriptionSettings.defaults();
        assertThat(d.withStartFromBeginning().startFrom()).isEqualTo(StreamPosition.START);
        assertThat(d.withStartFrom(7).startFrom()).isEqualTo(StreamPosition.of(7));
        assertThat(d.withStartFrom(StreamPosition.END)).isEqualTo(d);
        assertThat(d.withMaxRetryCount(3)).isEqualTo(d.toBuilder().maxRetryCount(3).build());
        assertThat(d.withStrategy(ConsumerStrategy.DISPATCH_TO_SINGLE).strategy())
                .isEqualTo(ConsumerStrategy.DISPATCH_TO_SINGLE);
        assertThat(d.withResolveLinkTos(true).resolveLinkTos()).isTrue();
        assertThat(d.withMaxSubscriberCount(4).maxSubscriberCount()).isEqualTo(4);
        assertThat(d.withMessageTimeout(Duration.ofSeconds(1)).messageTimeout()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void badArgumentsAreNamedWithWhatIsAllowed() {
        PersistentSubscriptionSettingsBuilder b = PersistentSubscriptionSettings.builder();
        assertThatThrownBy(() -> b.startFrom(-2)).hasMessage(
                "startFrom must be an event number, 0 or more (StreamPosition.END for new events only), was -2");
        assertThatThrownBy(() -> PersistentSubscriptionSettings.builder().startFrom(null).build()).hasMessage("startFrom");
        assertThatThrownBy(() -> PersistentSubscriptionSettings.builder().messageTimeout(Duration.ZERO).build())
                .hasMessage("messageTimeout must be between 1 ms and 2147483647 ms, was PT0S");
        assertThatThrownBy(() -> PersistentSubscriptionSettings.builder().liveBufferSize(0).build())
                .hasMessage("liveBufferSize must be at least 1, was 0");
        assertThatThrownBy(() -> PersistentSubscriptionSettings.builder().maxRetryCount(-1).build())
                .hasMessage("maxRetryCount must be at least 0, was -1");
        assertThatThrownBy(() -> PersistentSubscriptionSettings.builder().minCheckpointCount(10).maxCheckpointCount(5)
                .build()).hasMessage("maxCheckpointCount must be at least 10, was 5");
        assertThatThrownBy(() -> PersistentSubscriptionSettings.builder().strategy(null).build()).hasMessage("strategy");
    }
}
