package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.Transaction;
import io.extreme.event.AllSlice;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.WriteResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * {@code $all} around an explicit transaction (PROTOCOL.md §4.3, §12.1 #13, from {@code AllReader}
 * in 3.9.3 and 4.1.4): the transaction's events share the commit record's position as commit
 * position and keep their own prepare positions; a page that ends on one of them resumes inside
 * the commit, just past that event's prepare. Whatever the page size, a read resumed from every
 * next position, forward or backward, returns each event once and in order, also with a plain
 * write that lies between the transaction's prepares in the log.
 */
class AllTransactionContractTest {
    private static final int LONGEST_PAGE = 5;

    /** The log around one transaction: a plain write inside it, one after, one to read back from. */
    private record Written(Set<String> streams, List<String> expected, Position first, Position last) {
    }

    private static Written writeAroundATransaction(Server server) {
        ExtremeClient admin = server.admin();
        String txnStream = server.stream("all-txn");
        String between = server.stream("all-txn-between");
        String after = server.stream("all-txn-after");
        String stop = server.stream("all-txn-stop");
        Transaction txn = result(admin.startTransaction(txnStream, AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(txn.write(events(2)));
        WriteResult inside = result(admin.append(between, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(txn.write(events(2)));
        result(txn.commit());
        result(admin.append(after, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        WriteResult last = result(admin.append(stop, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        // Commit order: the plain write committed before the transaction did.
        List<String> expected = List.of(between + "@0", txnStream + "@0", txnStream + "@1", txnStream + "@2",
                txnStream + "@3", after + "@0");
        return new Written(Set.of(between, txnStream, after), expected, inside.logPosition().orElseThrow(),
                last.logPosition().orElseThrow());
    }

    private static String name(ResolvedEvent event) {
        return event.originalStreamId() + "@" + event.originalEventNumber();
    }

    @ContractTest
    void theTransactionsEventsShareTheCommitPositionAndKeepTheirOwnPreparePositions(Server server) {
        Written log = writeAroundATransaction(server);
        List<ResolvedEvent> mine = read(server, log, log.first(), ReadOptions.forward().withPageSize(50));
        List<ResolvedEvent> txn = mine.subList(1, 5);
        Position plain = mine.get(0).position().orElseThrow();
        long commit = txn.get(0).position().orElseThrow().commitPosition();
        assertThat(plain.commitPosition()).isEqualTo(plain.preparePosition()).isLessThan(commit);
        assertThat(txn).allSatisfy(e -> assertThat(e.position().orElseThrow().commitPosition()).isEqualTo(commit));
        List<Long> prepares = txn.stream().map(e -> e.position().orElseThrow().preparePosition()).toList();
        assertThat(prepares).isSorted().doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).isLessThan(commit));
        // The plain write lies in the log between the transaction's second and third prepares.
        assertThat(plain.preparePosition()).isBetween(prepares.get(1), prepares.get(2));
    }

    @ContractTest
    void aForwardPageEndingInsideTheTransactionResumesJustPastThatEventsPrepare(Server server) {
        Written log = writeAroundATransaction(server);
        List<ResolvedEvent> mine = read(server, log, log.first(), ReadOptions.forward().withPageSize(50));
        for (int i = 1; i < 5; i++) {
            Position at = mine.get(i).position().orElseThrow();
            AllSlice page = result(server.admin().readAllSlice(at, ReadOptions.forward().withPageSize(1)));
            assertThat(page.events()).extracting(AllTransactionContractTest::name).containsExactly(log.expected().get(i));
            assertThat(page.next().commitPosition()).isEqualTo(at.commitPosition());
            assertThat(page.next().preparePosition()).isGreaterThan(at.preparePosition());
        }
    }

    @ContractTest
    void aPageEndingOnATransactionAtTheEndOfTheLogAlsoResumesInsideTheCommit(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("all-txn-last");
        Transaction txn = result(admin.startTransaction(stream, AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(txn.write(events(2)));
        result(txn.commit());
        AllSlice tail = result(admin.readAllSlice(Position.END, ReadOptions.backward().withPageSize(50)));
        ResolvedEvent lastOfOurs = tail.events().stream().filter(e -> e.originalStreamId().equals(stream))
                .findFirst().orElseThrow();
        assertThat(lastOfOurs.originalEventNumber()).isEqualTo(1L);
        Position at = lastOfOurs.position().orElseThrow();
        AllSlice page = result(admin.readAllSlice(at, ReadOptions.forward().withPageSize(1)));
        assertThat(page.events()).extracting(AllTransactionContractTest::name).containsExactly(stream + "@1");
        assertThat(page.next().commitPosition()).isEqualTo(at.commitPosition());
        assertThat(page.next().preparePosition()).isGreaterThan(at.preparePosition());
        AllSlice after = result(admin.readAllSlice(page.next(), ReadOptions.forward().withPageSize(50)));
        assertThat(after.events()).noneMatch(e -> e.originalStreamId().equals(stream));
    }

    @ContractTest
    void aForwardReadResumedFromEveryPageBoundaryNeitherRepeatsNorSkips(Server server) {
        Written log = writeAroundATransaction(server);
        for (int size = 1; size <= LONGEST_PAGE; size++) {
            List<String> seen = read(server, log, log.first(), ReadOptions.forward().withPageSize(size)).stream()
                    .map(AllTransactionContractTest::name).toList();
            assertThat(seen).as("pages of %d", size).isEqualTo(log.expected());
        }
    }

    @ContractTest
    void aBackwardReadResumedFromEveryPageBoundaryNeitherRepeatsNorSkips(Server server) {
        Written log = writeAroundATransaction(server);
        List<String> expected = new ArrayList<>(log.expected());
        Collections.reverse(expected);
        for (int size = 1; size <= LONGEST_PAGE; size++) {
            List<String> seen = read(server, log, log.last(), ReadOptions.backward().withPageSize(size)).stream()
                    .map(AllTransactionContractTest::name).toList();
            assertThat(seen).as("pages of %d", size).isEqualTo(expected);
        }
    }

    /** Pages from {@code from} on, following each page's next position, until all of ours came or the log ends. */
    private static List<ResolvedEvent> read(Server server, Written log, Position from, ReadOptions options) {
        List<ResolvedEvent> mine = new ArrayList<>();
        Position next = from;
        // Enough pages for our events and for what other clients wrote among them; a bound, not a wait.
        for (int pages = 0; pages < 1_000 && mine.size() < log.expected().size(); pages++) {
            AllSlice slice = result(server.admin().readAllSlice(next, options));
            slice.events().stream().filter(e -> log.streams().contains(e.originalStreamId())).forEach(mine::add);
            if (slice.isEndOfStream()) {
                break;
            }
            next = slice.next();
        }
        return mine;
    }
}
