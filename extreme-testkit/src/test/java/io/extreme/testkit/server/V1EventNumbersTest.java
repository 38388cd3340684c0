package io.extreme.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.ReadEventCompleted;
import io.extreme.spi.message.ReadEventResult;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.SubscriptionConfirmation;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The V1 dispatcher's narrowing, message by message (PROTOCOL.md §7.3). */
class V1EventNumbersTest {

    @Test
    void downgradesAsTheServersConverterDoes() {
        assertThat(V1EventNumbers.downgrade(Long.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(V1EventNumbers.downgrade(41)).isEqualTo(41);
        assertThat(V1EventNumbers.downgrade(-1)).isEqualTo(-1);
        // Beyond 32 bits a C# (int) cast keeps the low 32 bits.
        assertThat(V1EventNumbers.downgrade((1L << 32) + 5)).isEqualTo(5);
        assertThat(V1EventNumbers.downgrade(Integer.MAX_VALUE + 1L)).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void narrowsPersistentSubscriptionConfirmationsAndPushesKeepingTheRetryCount() {
        PersistentSubscriptionConfirmation confirmation = (PersistentSubscriptionConfirmation) V1EventNumbers.narrow(
                new PersistentSubscriptionConfirmation(100, "s::g", Long.MAX_VALUE));
        assertThat(confirmation.lastEventNumber()).isEqualTo(Integer.MAX_VALUE);
        assertThat(confirmation.subscriptionId()).isEqualTo("s::g");
        assertThat(((PersistentSubscriptionConfirmation) V1EventNumbers.narrow(
                new PersistentSubscriptionConfirmation(100, "s::g", null))).lastEventNumber()).isNull();

        PersistentSubscriptionStreamEventAppeared pushed = (PersistentSubscriptionStreamEventAppeared)
                V1EventNumbers.narrow(new PersistentSubscriptionStreamEventAppeared(
                        new ResolvedIndexedEvent(record("s", Long.MAX_VALUE), record("link", (1L << 32) + 7)), 3));
        assertThat(pushed.event().event().eventNumber()).isEqualTo(Integer.MAX_VALUE);
        assertThat(pushed.event().link().eventNumber()).isEqualTo(7);
        assertThat(pushed.retryCount()).isEqualTo(3);
    }

    @Test
    void leavesOtherMessagesAndAbsentNumbersAlone() {
        Message read = new ReadEventCompleted(ReadEventResult.SUCCESS,
                new ResolvedIndexedEvent(record("s", Long.MAX_VALUE), null), null);
        assertThat(V1EventNumbers.narrow(read)).isSameAs(read);
        SubscriptionConfirmation all = (SubscriptionConfirmation) V1EventNumbers.narrow(
                new SubscriptionConfirmation(5, null));
        assertThat(all.lastEventNumber()).isNull();
        assertThat(all.lastCommitPosition()).isEqualTo(5);
    }

    private static EventRecord record(String stream, long eventNumber) {
        return new EventRecord(stream, eventNumber, UUID.randomUUID(), "type", 0, 0, new byte[0], new byte[0],
                null, null);
    }
}
