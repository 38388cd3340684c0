package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.EngineHarness.event;
import static io.extreme.testkit.engine.EngineHarness.only;
import static io.extreme.testkit.engine.EngineHarness.stream;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadAllResult;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.TransactionCommit;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionStartCompleted;
import io.extreme.spi.message.TransactionWrite;
import io.extreme.spi.message.WriteEventsCompleted;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reads of {@code $all}, as the read-all-* transcripts recorded them (PROTOCOL.md §4.3, §12.1 #5). */
class AllReadTest {
    private final EngineHarness h = new EngineHarness();
    private final String s1 = stream("s1");
    private final String s2 = stream("s2");
    private final WriteEventsCompleted w1 = h.append(s1, -1, event("1"));
    private final WriteEventsCompleted w2 = h.append(s2, -1, event("2"), event("3"));
    private final WriteEventsCompleted w3 = h.append(s1, 0, event("4"));

    private static List<String> data(ReadAllEventsCompleted page) {
        return page.events().stream().map(e -> EngineHarness.text(e.event().data())).toList();
    }

    @Test
    void forwardFromAWriteReturnsItAndWhatFollows() {
        ReadAllEventsCompleted page = h.readAll(ReadDirection.FORWARD, w1.commitPosition(), w1.preparePosition(), 10);
        assertThat(data(page)).containsExactly("1", "2", "3", "4");
        assertThat(page.result()).isNull();
        assertThat(page.error()).isNull();
        assertThat(page.commitPosition()).isEqualTo(w1.commitPosition());
        WireResolvedEvent last = page.events().get(3);
        assertThat(last.commitPosition()).isEqualTo(w3.commitPosition()).isEqualTo(last.preparePosition());
        assertThat(page.events().get(2).commitPosition()).isEqualTo(w2.commitPosition());
        // 4.1.4 resumes after the last event with prepare position 0.
        assertThat(page.nextCommitPosition()).isGreaterThan(w3.commitPosition());
        assertThat(page.nextPreparePosition()).isZero();
    }

    @Test
    void forwardPagesOfOneFollowTheNextPositions() {
        ReadAllEventsCompleted page = h.readAll(ReadDirection.FORWARD, w1.commitPosition(), w1.preparePosition(), 1);
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            seen.append(data(page));
            assertThat(page.nextPreparePosition()).isZero();
            page = h.readAll(ReadDirection.FORWARD, page.nextCommitPosition(), page.nextPreparePosition(), 1);
        }
        assertThat(seen).hasToString("[1][2][3][4]");
        assertThat(page.events()).isEmpty();
        assertThat(page.nextCommitPosition()).isEqualTo(page.commitPosition()); // an empty page stays put
    }

    @Test
    void backwardFromTheEndAndFromAWrite() {
        ReadAllEventsCompleted fromEnd = h.readAll(ReadDirection.BACKWARD, -1, -1, 30);
        assertThat(data(fromEnd)).containsExactly("4", "3", "2", "1");
        assertThat(fromEnd.commitPosition()).isGreaterThan(w3.commitPosition()).isEqualTo(fromEnd.preparePosition());
        assertThat(fromEnd.nextCommitPosition()).isEqualTo(w1.commitPosition());

        // Backward excludes the event at the starting position, and resumes at the last one returned.
        ReadAllEventsCompleted b1 = h.readAll(ReadDirection.BACKWARD, w3.commitPosition(), w3.preparePosition(), 2);
        assertThat(data(b1)).containsExactly("3", "2");
        long e2Position = b1.events().get(1).commitPosition();
        assertThat(b1.nextCommitPosition()).isEqualTo(e2Position).isEqualTo(b1.nextPreparePosition());
        ReadAllEventsCompleted b2 = h.readAll(ReadDirection.BACKWARD, b1.nextCommitPosition(), b1.nextPreparePosition(), 1);
        assertThat(data(b2)).containsExactly("1");
        assertThat(b2.nextCommitPosition()).isEqualTo(w1.commitPosition());

        ReadAllEventsCompleted none = h.readAll(ReadDirection.BACKWARD, w1.commitPosition(), w1.preparePosition(), 0);
        assertThat(none.events()).isEmpty();
        assertThat(none.nextCommitPosition()).isEqualTo(w1.commitPosition());
        assertThat(none.result()).isNull();
    }

    @Test
    void onlyAdminsMayReadAll() {
        ReadAllEventsCompleted anonymous = h.ask(new ReadAllEvents(ReadDirection.FORWARD, w1.commitPosition(),
                w1.preparePosition(), 10, false, true));
        assertThat(anonymous).isEqualTo(new ReadAllEventsCompleted(ReadDirection.FORWARD, w1.commitPosition(),
                w1.preparePosition(), List.of(), -1, -1, ReadAllResult.ACCESS_DENIED, null));
        ReadAllEventsCompleted ops = h.ask(h.ops, new ReadAllEvents(ReadDirection.FORWARD, 0, 0, 10, false, true));
        assertThat(ops.result()).isEqualTo(ReadAllResult.ACCESS_DENIED);
        // The end position is resolved before access is checked, and echoed.
        ReadAllEventsCompleted backward = h.ask(new ReadAllEvents(ReadDirection.BACKWARD, -1, -1, 5, false, true));
        assertThat(backward.commitPosition()).isGreaterThan(w3.commitPosition());
        assertThat(backward.nextCommitPosition()).isEqualTo(-1);
    }

    @Test
    void pageSizeAndPositionErrors() {
        String tooBig = "Read size too big, should be less than 4096 items";
        assertThat(h.readAll(ReadDirection.FORWARD, 0, 0, 4097)).isEqualTo(new ReadAllEventsCompleted(
                ReadDirection.FORWARD, 0, 0, List.of(), -1, -1, ReadAllResult.ERROR, tooBig));
        // Too big is refused before the end position is resolved: (-1, -1) is echoed.
        assertThat(h.readAll(ReadDirection.BACKWARD, -1, -1, 4097)).isEqualTo(new ReadAllEventsCompleted(
                ReadDirection.BACKWARD, -1, -1, List.of(), -1, -1, ReadAllResult.ERROR, tooBig));
        assertThat(h.readAll(ReadDirection.FORWARD, -5, 0, 10).error()).isEqualTo("Invalid position.");
        assertThat(data(h.readAll(ReadDirection.FORWARD, 0, 0, 4096))).containsExactly("1", "2", "3", "4");
    }

    @Test
    void allShowsMetadataEventsAndTombstones() {
        h.setMetadata(s1, "{\"$maxCount\":1}");
        h.delete(s2, -2, true);
        ReadAllEventsCompleted page = h.readAll(ReadDirection.FORWARD, 0, 0, 100);
        // $maxCount hides nothing in $all.
        assertThat(only(page, s1)).hasSize(2);
        assertThat(only(page, "$$" + s1).get(0).event().eventType()).isEqualTo("$metadata");
        WireResolvedEvent tombstone = only(page, s2).get(2);
        assertThat(tombstone.event().eventType()).isEqualTo("$streamDeleted");
        assertThat(tombstone.event().eventNumber()).isEqualTo(Long.MAX_VALUE);
        assertThat(tombstone.event().data()).isEmpty();
    }

    @Test
    void forwardReadsReachTheConfirmedPositionAfterCommitsWithoutEvents() {
        h.append(stream("empty"), -2); // an empty write is now the last commit
        assertCatchUpEnds();
        String s3 = stream("s3");
        long transaction = h.<TransactionStartCompleted>ask(new TransactionStart(s3, -2, true)).transactionId();
        h.ask(new TransactionCommit(transaction, true));
        assertCatchUpEnds(); // an empty transaction: its commit record is the last commit, with no event
    }

    @Test
    void aPageEndingOnTheLastCommitsTransactionEventResumesInsideTheCommit() {
        String s3 = stream("s3");
        long transaction = h.<TransactionStartCompleted>ask(new TransactionStart(s3, -2, true)).transactionId();
        h.ask(new TransactionWrite(transaction, List.of(event("t1"), event("t2")), true));
        h.ask(new TransactionCommit(transaction, true));
        ReadAllEventsCompleted page = h.readAll(ReadDirection.FORWARD, w3.commitPosition(), w3.preparePosition(), 4096);
        WireResolvedEvent last = page.events().get(page.events().size() - 1);
        assertThat(EngineHarness.text(last.event().data())).isEqualTo("t2");
        // As AllReader does (§12.1 #13): (the commit record's position, just past the event's prepare).
        assertThat(page.nextCommitPosition()).isEqualTo(last.commitPosition());
        assertThat(page.nextPreparePosition()).isGreaterThan(last.preparePosition())
                .isLessThanOrEqualTo(last.commitPosition());
        ReadAllEventsCompleted again = h.readAll(ReadDirection.FORWARD, page.nextCommitPosition(),
                page.nextPreparePosition(), 10);
        assertThat(again.events()).as("a catch-up's last, empty, page").isEmpty();
    }

    /** What a catch-up subscription on $all does: read forward until next >= (confirmed, confirmed). */
    private void assertCatchUpEnds() {
        UUID id = UUID.randomUUID();
        h.engine.handle(h.session, id, h.admin, new SubscribeToStream("", false));
        long confirmed = ((SubscriptionConfirmation) h.session.messagesFor(id).get(0))
                .lastCommitPosition();
        ReadAllEventsCompleted page = h.readAll(ReadDirection.FORWARD, w3.commitPosition(), w3.preparePosition(), 4096);
        LogPosition next = new LogPosition(page.nextCommitPosition(), page.nextPreparePosition());
        assertThat(next).isGreaterThanOrEqualTo(new LogPosition(confirmed, confirmed));
        ReadAllEventsCompleted again = h.readAll(ReadDirection.FORWARD, next.commit(), next.prepare(), 10);
        assertThat(again.events()).isEmpty();
    }
}
