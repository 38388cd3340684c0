package io.extreme.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.TransactionCommit;
import io.extreme.spi.message.TransactionCommitCompleted;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionStartCompleted;
import io.extreme.spi.message.TransactionWrite;
import io.extreme.spi.message.WriteEventsCompleted;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Log positions advance by the size of the records a real 4.x server writes (PROTOCOL.md §12.1
 * #15; the layout in {@link LogRecordSizes}): every figure below is counted field by field from
 * that layout, not taken from the code under test. The testkit used to size a prepare as 88 bytes
 * plus its names and bytes, 2 short of 4.1.4's (the two names' length prefixes): 138 for the
 * event that took 140 there. Only 4.1.4's advance is confirmed; 3.9.3's is not.
 */
class LogRecordSizesTest {
    private final EngineHarness h = new EngineHarness();

    @Test
    void aPrepareIsItsFramingHeaderFixedFieldsNamesAndBytes() {
        // framing 8 + header 10 + fixed 70 = 88; "orders-1" 1 + 8; "Placed" 1 + 6; data 2; metadata 0
        assertThat(LogRecordSizes.prepare("orders-1", "Placed", new byte[2], new byte[0])).isEqualTo(106);
        // the same with 3 bytes of metadata
        assertThat(LogRecordSizes.prepare("orders-1", "Placed", new byte[2], new byte[3])).isEqualTo(109);
    }

    @Test
    void namesCountTheirUtf8BytesAndA7BitLengthPrefix() {
        assertThat(LogRecordSizes.string("")).isEqualTo(1);
        assertThat(LogRecordSizes.string("späti")).as("ä is two bytes").isEqualTo(1 + 6);
        assertThat(LogRecordSizes.string("x".repeat(127))).isEqualTo(1 + 127);
        assertThat(LogRecordSizes.string("x".repeat(128))).as("past 127 the prefix takes 2 bytes").isEqualTo(2 + 128);
        assertThat(LogRecordSizes.string("x".repeat(16_384))).isEqualTo(3 + 16_384);
    }

    @Test
    void aCommitAndAnEmptyPrepareHaveTheirFixedSizes() {
        // framing 8 + header 10 + transaction position, first number, sort key 24 + id 16 + timestamp 8
        assertThat(LogRecordSizes.commit()).isEqualTo(66);
        // a prepare with an empty type and no bytes: 88 + "orders-1" 9 + "" 1
        assertThat(LogRecordSizes.emptyPrepare("orders-1")).isEqualTo(98);
    }

    @Test
    void consecutiveAppendsAreApartByTheFirstOnesRecord() {
        String stream = EngineHarness.stream("sizes");
        byte[] data = "{\"n\":1}".getBytes(StandardCharsets.UTF_8);
        WriteEventsCompleted first = h.append(stream, -2, new NewEvent(UUID.randomUUID(), "counted", 1, 0, data, null));
        WriteEventsCompleted second = h.append(stream, -2, new NewEvent(UUID.randomUUID(), "counted", 1, 0, data, null));
        // 88 + stream (1 + 14) + "counted" (1 + 7) + 7 bytes of data: the stream name is "sizes-" and 8 hex digits
        assertThat(second.preparePosition() - first.preparePosition()).isEqualTo(88 + 15 + 8 + 7);
        assertThat(second.commitPosition() - first.commitPosition()).isEqualTo(88 + 15 + 8 + 7);
    }

    @Test
    void aTransactionsCommitRecordComesAfterItsPreparesAndTakesItsOwnSize() {
        String stream = EngineHarness.stream("sizes");
        TransactionStartCompleted started = h.ask(new TransactionStart(stream, -2, true));
        long start = started.transactionId(); // a transaction's id is the position of its start record
        byte[] data = new byte[5];
        h.ask(new TransactionWrite(start, List.of(new NewEvent(UUID.randomUUID(), "t", 0, 0, data, null)), true));
        WriteEventsCompleted after = h.append(EngineHarness.stream("after"), -2,
                new NewEvent(UUID.randomUUID(), "t", 0, 0, data, null));
        TransactionCommitCompleted committed = h.ask(new TransactionCommit(start, true));
        long commit = committed.commitPosition();
        // start record (88 + 15 + 1), the event's prepare (88 + 15 + 2 + 5), the other write's prepare, then the commit
        long eventPrepare = start + 88 + 15 + 1;
        long otherWrite = eventPrepare + 88 + 15 + 2 + 5;
        assertThat(after.preparePosition()).isEqualTo(otherWrite);
        assertThat(commit).isEqualTo(otherWrite + 88 + 15 + 2 + 5);
        WriteEventsCompleted next = h.append(stream, -2, new NewEvent(UUID.randomUUID(), "t", 0, 0, data, null));
        assertThat(next.preparePosition()).as("the commit takes 66 bytes").isEqualTo(commit + 66);
    }
}
