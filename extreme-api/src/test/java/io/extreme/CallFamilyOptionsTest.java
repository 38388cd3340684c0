package io.extreme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.event.Direction;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The options of each call family: their defaults, that every {@code with} leaves the original as it was, and bad values refused by name. */
class CallFamilyOptionsTest {
    @Test
    void defaultsAreTheClientsSettings() {
        assertThat(CallOptions.DEFAULTS.credentials()).isEmpty();
        assertThat(CallOptions.DEFAULTS.timeout()).isEmpty();
        assertThat(CallOptions.DEFAULTS.deadline()).isEmpty();
        assertThat(CallOptions.DEFAULTS.requireMaster()).isEmpty();
        assertThat(ReadOptions.DEFAULTS.direction()).isEqualTo(Direction.FORWARD);
        assertThat(ReadOptions.DEFAULTS.maxCount()).isEmpty();
        assertThat(ReadOptions.DEFAULTS.pageSize()).isEqualTo(500);
        assertThat(ReadOptions.DEFAULTS.resolveLinkTos()).isFalse();
        assertThat(AppendOptions.DEFAULTS.expectedVersion()).isEqualTo(ExpectedVersion.ANY);
        assertThat(DeleteOptions.DEFAULTS.isHard()).isFalse();
        assertThat(DeleteOptions.hard().isHard()).isTrue();
        assertThat(PersistentConnectOptions.DEFAULTS.bufferSize()).isEqualTo(10);
        assertThat(PersistentConnectOptions.DEFAULTS.autoAck()).isTrue();
        assertThat(SubscriptionOptions.DEFAULTS.resolveLinkTos()).isFalse();
    }

    @Test
    void everyWithReturnsANewValueAndLeavesTheOriginal() {
        ReadOptions base = ReadOptions.forward();
        ReadOptions changed = base.withMaxCount(10).withPageSize(3).withResolveLinkTos(true).withTimeout(Duration.ofSeconds(1));
        assertThat(base).isEqualTo(ReadOptions.DEFAULTS);
        assertThat(changed.maxCount()).hasValue(10);
        assertThat(changed.pageSize()).isEqualTo(3);
        assertThat(changed.call().timeout()).hasValue(Duration.ofSeconds(1));
        assertThat(changed.firstPageSize()).isEqualTo(3);
        assertThat(ReadOptions.DEFAULTS.withMaxCount(2).firstPageSize()).isEqualTo(2);
        assertThat(changed.withNoMaxCount().maxCount()).isEmpty();
        assertThat(ReadOptions.backward().direction()).isEqualTo(Direction.BACKWARD);
        assertThat(ReadOptions.backward()).isEqualTo(ReadOptions.backward()).hasSameHashCodeAs(ReadOptions.backward());
    }

    @Test
    void theCallSettingsAreSetTheSameWayInEveryFamily() {
        UserCredentials ops = UserCredentials.of("ops", "secret");
        CallOptions call = CallOptions.DEFAULTS.withCredentials(ops).withDeadline(Duration.ofSeconds(3)).withRequireMaster(false);
        assertThat(AppendOptions.DEFAULTS.withCall(call).call()).isEqualTo(call);
        assertThat(DeleteOptions.DEFAULTS.withCredentials(ops).withDeadline(Duration.ofSeconds(3)).withRequireMaster(false).call())
                .isEqualTo(call);
        assertThat(SubscriptionOptions.DEFAULTS.withCall(call).call().credentials()).hasValue(ops);
        assertThat(PersistentConnectOptions.DEFAULTS.withCall(call).withBufferSize(5).call()).isEqualTo(call);
        assertThat(call.toString()).contains("ops").doesNotContain("secret");
    }

    @Test
    void badValuesAreRefusedNamingTheArgument() {
        assertThatThrownBy(() -> ReadOptions.DEFAULTS.withPageSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageSize must be between 1 and 4096, was 0");
        assertThatThrownBy(() -> ReadOptions.DEFAULTS.withPageSize(4097)).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> ReadOptions.DEFAULTS.withMaxCount(0)).hasMessageContaining("maxCount must be at least 1, was 0");
        assertThatThrownBy(() -> CallOptions.DEFAULTS.withTimeout(Duration.ZERO)).hasMessageContaining("timeout must be positive");
        assertThatThrownBy(() -> CallOptions.DEFAULTS.withDeadline(Duration.ofSeconds(-1))).hasMessageContaining("deadline must be positive");
        assertThatThrownBy(() -> CallOptions.DEFAULTS.withCredentials(null)).hasMessageContaining("credentials");
        assertThatThrownBy(() -> AppendOptions.expecting(null)).hasMessageContaining("expectedVersion");
        assertThatThrownBy(() -> PersistentConnectOptions.DEFAULTS.withBufferSize(0)).hasMessageContaining("bufferSize must be at least 1");
        assertThatThrownBy(() -> SubscriptionOptions.DEFAULTS.withReadBatchSize(0)).hasMessageContaining("readBatchSize");
    }

    @Test
    void streamPositionsAreNamedAndChecked() {
        assertThat(StreamPosition.of(0)).isSameAs(StreamPosition.START);
        assertThat(StreamPosition.after(4)).isEqualTo(StreamPosition.of(5));
        assertThat(StreamPosition.END.isEnd()).isTrue();
        assertThat(StreamPosition.END.eventNumber()).isEqualTo(-1);
        assertThat(StreamPosition.of(7).next()).isEqualTo(StreamPosition.of(8));
        assertThatThrownBy(() -> StreamPosition.of(-1)).hasMessageContaining("StreamPosition.END");
        assertThatThrownBy(() -> StreamPosition.after(-1)).hasMessageContaining("StreamPosition.START");
        assertThatThrownBy(StreamPosition.END::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theProtocolIsTyped() {
        assertThat(ProtocolVersion.parse("v3")).isEqualTo(ProtocolVersion.V3);
        assertThat(ProtocolVersion.parse(" 4 ")).isEqualTo(ProtocolVersion.V4);
        assertThat(ProtocolVersion.parse("AUTO")).isEqualTo(ProtocolVersion.AUTO);
        assertThat(ExtremeSettings.builder().protocol(ProtocolVersion.V3).build().protocol()).isEqualTo(ProtocolVersion.V3);
        assertThatThrownBy(() -> ProtocolVersion.parse("5")).hasMessageContaining("protocol must be 3, 4 or auto, was '5'");
    }
}
