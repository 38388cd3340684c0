package io.extreme.testkit.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The transaction log: hands out strictly increasing byte positions to records, remembers where
 * the last commit lies, and keeps every committed event in commit order, which is the order of
 * {@code $all}. Positions behave like the real server's byte offsets: each record occupies
 * {@code [start, end)} and the next record starts where it ends, so resume points returned by
 * {@code $all} reads fall between events exactly as the real server's do.
 */
final class TransactionLog {
    /**
     * The log opens with records of the server's own (an epoch, a checkpoint), as a real database
     * does: no event is ever at position 0, which clients read as "the start", and "where the log
     * is now" is positive from the first request on.
     */
    static final long FIRST_RECORD_POSITION = 256;
    static final long INITIAL_COMMIT_POSITION = 128;


    private final List<StoredEvent> committed = new ArrayList<>();
    private long writerCheckpoint = FIRST_RECORD_POSITION;
    private long lastCommitPosition = INITIAL_COMMIT_POSITION;
    private long lastCommitEnd = FIRST_RECORD_POSITION;

    /** Reserves a record of {@code size} bytes and returns where it starts. */
    long reserve(long size) {
        long start = writerCheckpoint;
        writerCheckpoint += size;
        return start;
    }

    /** The size of a prepare record carrying an event, as a real 4.x server writes it ({@link LogRecordSizes}). */
    static long prepareSize(String streamId, String eventType, byte[] data, byte[] metadata) {
        return LogRecordSizes.prepare(streamId, eventType, data, metadata);
    }

    /** The size of a prepare record without an event: an empty write, a transaction start. */
    static long emptyPrepareSize(String streamId) {
        return LogRecordSizes.emptyPrepare(streamId);
    }

    static long commitSize() {
        return LogRecordSizes.commit();
    }

    /** Records that a commit (or a self-committing prepare) occupying {@code [start, end)} is done. */
    void committedAt(long start, long end) {
        lastCommitPosition = start;
        lastCommitEnd = end;
    }

    /** Appends a committed event to {@code $all}; callers append in commit order. */
    void append(StoredEvent event) {
        committed.add(event);
    }

    /** Where the next record will start: the end of the log. */
    long writerCheckpoint() {
        return writerCheckpoint;
    }

    /** Where the last commit starts: "where the log is now" for reads and subscriptions. */
    long lastCommitPosition() {
        return lastCommitPosition;
    }

    /** Where the last commit ends, with prepare 0: a forward read's resume point past every commit. */
    LogPosition afterLastCommit() {
        return new LogPosition(lastCommitEnd, 0);
    }

    /** Whether no committed event lies at or after {@code from}. */
    boolean noEventsFrom(LogPosition from) {
        return firstAtOrAfter(from) == committed.size();
    }

    /** Up to {@code maxCount} events at or after {@code from}, in commit order. */
    List<StoredEvent> readForward(LogPosition from, int maxCount) {
        List<StoredEvent> page = new ArrayList<>();
        for (int i = firstAtOrAfter(from); i < committed.size() && page.size() < maxCount; i++) {
            page.add(committed.get(i));
        }
        return page;
    }

    /** Up to {@code maxCount} events whose records end at or before {@code from}, newest first. */
    List<StoredEvent> readBackward(LogPosition from, int maxCount) {
        List<StoredEvent> page = new ArrayList<>();
        for (int i = lastEndingAtOrBefore(from); i >= 0 && page.size() < maxCount; i--) {
            page.add(committed.get(i));
        }
        return page;
    }

    // Both searches rely on commit order being the order of positions and of end positions alike.
    private int firstAtOrAfter(LogPosition from) {
        int low = 0;
        int high = committed.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (committed.get(mid).position().compareTo(from) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int lastEndingAtOrBefore(LogPosition from) {
        int low = 0;
        int high = committed.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (committed.get(mid).backwardPosition().compareTo(from) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }
}
