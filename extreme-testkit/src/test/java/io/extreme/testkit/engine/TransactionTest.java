package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.EngineHarness.event;
import static io.extreme.testkit.engine.EngineHarness.json;
import static io.extreme.testkit.engine.EngineHarness.numbers;
import static io.extreme.testkit.engine.EngineHarness.stream;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.TransactionCommit;
import io.extreme.spi.message.TransactionCommitCompleted;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionStartCompleted;
import io.extreme.spi.message.TransactionWrite;
import io.extreme.spi.message.TransactionWriteCompleted;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Explicit transactions, as the txn-* transcripts recorded them (PROTOCOL.md §4.12, §12.1 #2). */
class TransactionTest {
    private final EngineHarness h = new EngineHarness();
    private final String s = stream("s1");

    private long start(long expectedVersion) {
        TransactionStartCompleted started = h.ask(new TransactionStart(s, expectedVersion, true));
        assertThat(started.result()).isEqualTo(OperationResult.SUCCESS);
        assertThat(started.message()).isNull();
        return started.transactionId();
    }

    private TransactionWriteCompleted write(long id, NewEvent... events) {
        return h.ask(new TransactionWrite(id, List.of(events), true));
    }

    private TransactionCommitCompleted commit(long id) {
        return h.ask(new TransactionCommit(id, true));
    }

    @Test
    void eventsAppearAtCommitUnderOneCommitPosition() {
        long id = start(-1);
        assertThat(id).isPositive();
        assertThat(write(id, json(UUID.randomUUID(), "a", "{}"), json(UUID.randomUUID(), "b", "{}")))
                .isEqualTo(new TransactionWriteCompleted(id, OperationResult.SUCCESS, null));
        write(id, json(UUID.randomUUID(), "c", "{}"));
        var before = h.forward(s, 0, 10);
        assertThat(before.result()).isEqualTo(ReadStreamResult.NO_STREAM);
        assertThat(before.lastCommitPosition()).isLessThan(id); // prepares are not commits

        TransactionCommitCompleted committed = commit(id);
        assertThat(committed).isEqualTo(new TransactionCommitCompleted(id, OperationResult.SUCCESS, "", 0, 2,
                committed.commitPosition(), committed.commitPosition()));
        assertThat(numbers(h.forward(s, 0, 10))).containsExactly(0L, 1L, 2L);

        List<WireResolvedEvent> all = EngineHarness.only(h.readAll(ReadDirection.BACKWARD, -1, -1, 20), s);
        assertThat(all).extracting(e -> e.event().eventNumber()).containsExactly(2L, 1L, 0L);
        assertThat(all).allSatisfy(e -> assertThat(e.commitPosition()).isEqualTo(committed.commitPosition()));
        assertThat(all.get(0).preparePosition()).isGreaterThan(all.get(1).preparePosition());
        assertThat(all.get(1).preparePosition()).isGreaterThan(all.get(2).preparePosition());
        assertThat(all.get(2).preparePosition()).isGreaterThan(id);
        assertThat(all.get(0).preparePosition()).isLessThan(committed.commitPosition());

        // Committing again is an idempotent success; writing to it still "succeeds".
        assertThat(commit(id)).isEqualTo(new TransactionCommitCompleted(id, OperationResult.SUCCESS, "", 0, 2, -1L, -1L));
        assertThat(write(id, event("4")).result()).isEqualTo(OperationResult.SUCCESS);
    }

    @Test
    void transactionEventsInterleaveInAllByCommitPositionAndPageInsideTheCommit() {
        long id = start(-2);
        write(id, event("t1"), event("t2"));
        String other = stream("s2");
        h.append(other, -1, event("plain"));
        long commitPosition = commit(id).commitPosition();
        var page = h.readAll(ReadDirection.FORWARD, 0, 0, 100);
        var mine = EngineHarness.only(page, s, other).stream().map(e -> EngineHarness.text(e.event().data())).toList();
        assertThat(mine).containsExactly("plain", "t1", "t2");

        WireResolvedEvent t1 = EngineHarness.only(page, s).get(0);
        var first = h.readAll(ReadDirection.FORWARD, t1.commitPosition(), t1.preparePosition(), 1);
        assertThat(EngineHarness.text(first.events().get(0).event().data())).isEqualTo("t1");
        // Inside a commit the next position keeps the commit and points after the prepare.
        assertThat(first.nextCommitPosition()).isEqualTo(commitPosition);
        assertThat(first.nextPreparePosition()).isGreaterThan(t1.preparePosition());
        var second = h.readAll(ReadDirection.FORWARD, first.nextCommitPosition(), first.nextPreparePosition(), 1);
        assertThat(EngineHarness.text(second.events().get(0).event().data())).isEqualTo("t2");
        // Backward, positions point after records: from the end, t2 then t1, resuming inside the commit.
        var back = h.readAll(ReadDirection.BACKWARD, -1, -1, 1);
        assertThat(EngineHarness.text(back.events().get(0).event().data())).isEqualTo("t2");
        assertThat(back.nextCommitPosition()).isGreaterThan(commitPosition);
        var backAgain = h.readAll(ReadDirection.BACKWARD, back.nextCommitPosition(), back.nextPreparePosition(), 1);
        assertThat(EngineHarness.text(backAgain.events().get(0).event().data())).isEqualTo("t1");
    }

    @Test
    void emptyTransactionsCommitWithAPosition() {
        long id = start(-1);
        TransactionCommitCompleted committed = commit(id);
        assertThat(committed.firstEventNumber()).isZero();
        assertThat(committed.lastEventNumber()).isEqualTo(-1);
        assertThat(committed.commitPosition()).isGreaterThan(id);
        var read = h.forward(s, 0, 10);
        assertThat(read.result()).isEqualTo(ReadStreamResult.NO_STREAM);
        assertThat(read.lastCommitPosition()).isEqualTo(committed.commitPosition());

        String s2 = stream("s2");
        h.append(s2, -1, event("1"));
        TransactionStartCompleted second = h.ask(new TransactionStart(s2, 0, true));
        assertThat(h.<TransactionWriteCompleted>ask(new TransactionWrite(second.transactionId(), List.of(), true))
                .result()).isEqualTo(OperationResult.SUCCESS);
        TransactionCommitCompleted empty = h.ask(new TransactionCommit(second.transactionId(), true));
        assertThat(empty.firstEventNumber()).isEqualTo(1);
        assertThat(empty.lastEventNumber()).isZero();
    }

    @Test
    void theExpectedVersionIsCheckedAtCommit() {
        h.append(s, -1, event("1"));
        long wrong = start(5);
        write(wrong, event("2"));
        assertThat(commit(wrong)).isEqualTo(new TransactionCommitCompleted(wrong,
                OperationResult.WRONG_EXPECTED_VERSION, "Wrong expected version.", -2147483648L, -2147483648L, 0L, 0L));
        long right = start(0);
        write(right, event("3"));
        TransactionCommitCompleted committed = commit(right);
        assertThat(committed.firstEventNumber()).isEqualTo(1);
        assertThat(committed.lastEventNumber()).isEqualTo(1);
        long noStream = start(-1);
        write(noStream, event("4"));
        assertThat(commit(noStream).result()).isEqualTo(OperationResult.WRONG_EXPECTED_VERSION);
        assertThat(EngineHarness.text(h.forward(s, 0, 10).events().get(1).event().data())).isEqualTo("3");
    }

    @Test
    void unknownTransactionsAcceptWritesAndDenyCommits() {
        assertThat(write(123_456_789L, event("x"))).isEqualTo(
                new TransactionWriteCompleted(123_456_789L, OperationResult.SUCCESS, null));
        assertThat(commit(123_456_789L)).isEqualTo(new TransactionCommitCompleted(123_456_789L,
                OperationResult.ACCESS_DENIED, "Access denied.", -2147483648L, -2147483648L, 0L, 0L));
    }

    @Test
    void aHardDeletedStreamFailsAtCommit() {
        h.append(s, -1, event("1"));
        long id = start(-2);
        write(id, event("2"));
        h.delete(s, -2, true);
        assertThat(commit(id).result()).isEqualTo(OperationResult.STREAM_DELETED);
    }
}
