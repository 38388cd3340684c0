package io.extreme.testkit.engine;

import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadAllResult;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.ResolvedIndexedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers ReadAllEvents in both directions (PROTOCOL.md §4.3, §12.1 #5). {@code $all} shows every
 * event, {@code $$} metadata and tombstones included, whatever the streams' metadata says. The
 * reply echoes where the read started ((-1, -1) replaced by the end of the log once the page size
 * is accepted); the next position of a forward read points after the last event returned (prepare
 * 0 after a plain write on 4.1.4, prepare = commit on 3.9.3), of a backward read at it; an empty
 * page leaves it where it started.
 * Success leaves the result field out; refusals carry next (-1, -1).
 *
 * <p>An event of an explicit transaction lies at (the commit record's position, its own prepare's
 * position), and a forward page ending on it resumes at (the commit record's position, just past
 * that prepare); a backward page ending on it at (just past the commit record, its prepare's
 * start), the mirror image (§12.1 #13, {@code AllReader} in 3.9.3 and 4.1.4).
 *
 * <p>One liberty: a forward read that reaches the end of the log resumes after the last commit
 * when that commit carries no event (an empty write, an empty transaction's commit record), so
 * that a catch-up subscription, which reads until the next position reaches the position its
 * confirmation gave, always gets there (PROTOCOL.md §8 #8). A real server only gets there with
 * the next write, which its own statistics events provide every 30 seconds. A page that ends on
 * the last commit's own event needs no liberty: a catch-up reads one more, empty, page.
 */
final class AllReads {
    static final String INVALID_POSITION = "Invalid position.";

    private final TransactionLog log;
    private final AccessChecker access;
    private final LinkResolver links;

    AllReads(TransactionLog log, AccessChecker access, LinkResolver links) {
        this.log = log;
        this.access = access;
        this.links = links;
    }

    ReadAllEventsCompleted read(ReadAllEvents request, Principal principal, ServerGeneration generation) {
        ReadDirection direction = request.direction();
        LogPosition from = new LogPosition(request.commitPosition(), request.preparePosition());
        if (request.maxCount() > SystemNames.MAX_PAGE_SIZE) {
            return refused(direction, from, ReadAllResult.ERROR, StreamReads.READ_SIZE_TOO_BIG);
        }
        if (from.equals(LogPosition.END)) {
            from = new LogPosition(log.writerCheckpoint(), log.writerCheckpoint());
        }
        if (from.commit() < 0 || from.prepare() < 0) {
            return refused(direction, from, ReadAllResult.ERROR, INVALID_POSITION);
        }
        if (!access.canRead(principal, SystemNames.ALL)) {
            return refused(direction, from, ReadAllResult.ACCESS_DENIED, null);
        }
        List<StoredEvent> page = direction == ReadDirection.FORWARD
                ? log.readForward(from, request.maxCount())
                : log.readBackward(from, request.maxCount());
        List<WireResolvedEvent> events = new ArrayList<>(page.size());
        for (StoredEvent event : page) {
            ResolvedIndexedEvent resolved = request.resolveLinkTos() ? links.resolve(event, principal)
                    : EventRecords.unresolved(event);
            if (resolved == null) {
                return refused(direction, from, ReadAllResult.ACCESS_DENIED, null);
            }
            events.add(EventRecords.withPosition(resolved, event));
        }
        LogPosition next = from;
        StoredEvent last = page.isEmpty() ? null : page.get(page.size() - 1);
        if (last != null) {
            next = direction == ReadDirection.FORWARD ? resumeAfter(last.nextForward(), generation)
                    : last.nextBackward();
        }
        // A page ending on the last commit's event keeps the server's next position, inside the
        // commit for a transaction's event (§12.1 #13); only a later commit without events moves it on.
        boolean endsOnLastCommit = last != null && last.commitStart() == log.lastCommitPosition();
        if (direction == ReadDirection.FORWARD && !endsOnLastCommit && log.noEventsFrom(next)) {
            next = max(next, resumeAfter(log.afterLastCommit(), generation));
        }
        return new ReadAllEventsCompleted(direction, from.commit(), from.prepare(), events, next.commit(),
                next.prepare(), null, null);
    }

    /** 4.1.4 resumes after a plain write with prepare 0; 3.9.3 with the commit position there too. */
    private static LogPosition resumeAfter(LogPosition next, ServerGeneration generation) {
        if (next.prepare() == 0 && !generation.resumesForwardWithPrepareZero()) {
            return new LogPosition(next.commit(), next.commit());
        }
        return next;
    }

    private static LogPosition max(LogPosition a, LogPosition b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static ReadAllEventsCompleted refused(ReadDirection direction, LogPosition from, ReadAllResult result,
                                                  String error) {
        return new ReadAllEventsCompleted(direction, from.commit(), from.prepare(), List.of(), -1, -1, result, error);
    }
}
