package io.extreme.testkit.engine;

import java.util.List;
import java.util.UUID;

/**
 * The server's decision on a write, a delete or a transaction commit, taken against the
 * expected version and the event ids (PROTOCOL.md §4.1): write, refuse, or recognise a retry of
 * something already written (idempotency). A partial retry ("corrupted idempotency") is answered
 * as a wrong expected version.
 */
final class CommitCheck {
    /** What to do with the write. */
    enum Decision { OK, WRONG_EXPECTED_VERSION, DELETED, IDEMPOTENT, CORRUPTED_IDEMPOTENCY }

    /**
     * The outcome.
     *
     * @param currentVersion the stream's version when checked
     * @param firstEventNumber for an idempotent write, where the earlier write's events lie
     * @param lastEventNumber  for an idempotent write, the last of them
     * @param softDeleted      an OK write to a soft-deleted stream, which undeletes it
     */
    record Result(Decision decision, long currentVersion, long firstEventNumber, long lastEventNumber,
                  boolean softDeleted) {
        static Result of(Decision decision, long currentVersion, boolean softDeleted) {
            return new Result(decision, currentVersion, -1, -1, softDeleted);
        }
    }

    private CommitCheck() {
    }

    static Result check(StreamIndex index, String streamId, long expectedVersion, List<UUID> eventIds) {
        long current = index.lastEventNumber(streamId);
        if (current == SystemNames.DELETED_STREAM) {
            return Result.of(Decision.DELETED, current, false);
        }
        if (expectedVersion == SystemNames.STREAM_EXISTS) {
            if (index.isSoftDeleted(streamId)) {
                return Result.of(Decision.DELETED, current, true);
            }
            // A stream with metadata but no events counts as existing.
            if (current < 0 && index.lastEventNumber(SystemNames.metastreamOf(streamId)) < 0) {
                return Result.of(Decision.WRONG_EXPECTED_VERSION, current, false);
            }
        }
        if (expectedVersion == SystemNames.ANY || expectedVersion == SystemNames.STREAM_EXISTS) {
            return checkByEventIds(index, streamId, current, eventIds);
        }
        if (expectedVersion < current) {
            return checkAgainstStoredEvents(index, streamId, expectedVersion, current, eventIds);
        }
        if (expectedVersion > current) {
            return Result.of(Decision.WRONG_EXPECTED_VERSION, current, false);
        }
        return Result.of(Decision.OK, current, index.isSoftDeleted(streamId));
    }

    // Without a version the server can only ask its cache where each id was first written.
    private static Result checkByEventIds(StreamIndex index, String streamId, long current, List<UUID> eventIds) {
        long first = -1;
        long last = -1;
        for (int i = 0; i < eventIds.size(); i++) {
            StreamIndex.CommittedEvent earlier = index.committedEvent(eventIds.get(i));
            if (earlier == null || !earlier.streamId().equals(streamId)) {
                return i == 0
                        ? Result.of(Decision.OK, current, index.isSoftDeleted(streamId))
                        : Result.of(Decision.CORRUPTED_IDEMPOTENCY, current, false);
            }
            if (i == 0) {
                first = earlier.eventNumber();
            }
            last = earlier.eventNumber();
        }
        if (eventIds.isEmpty()) {
            return Result.of(Decision.OK, current, index.isSoftDeleted(streamId));
        }
        return new Result(Decision.IDEMPOTENT, current, first, last, false);
    }

    // With a version behind the stream, the events must be exactly those stored after it.
    private static Result checkAgainstStoredEvents(StreamIndex index, String streamId, long expectedVersion,
                                                   long current, List<UUID> eventIds) {
        long eventNumber = expectedVersion;
        for (UUID eventId : eventIds) {
            eventNumber++;
            StoredEvent stored = index.event(streamId, eventNumber);
            if (stored != null && stored.eventId().equals(eventId)) {
                continue;
            }
            if (eventNumber != expectedVersion + 1) {
                return Result.of(Decision.CORRUPTED_IDEMPOTENCY, current, false);
            }
            if (expectedVersion == SystemNames.NO_STREAM && index.isSoftDeleted(streamId)) {
                return Result.of(Decision.OK, current, true);
            }
            return Result.of(Decision.WRONG_EXPECTED_VERSION, current, false);
        }
        if (eventNumber == expectedVersion) {
            return Result.of(Decision.WRONG_EXPECTED_VERSION, current, false); // nothing to compare
        }
        return new Result(Decision.IDEMPOTENT, current, expectedVersion + 1, eventNumber, false);
    }
}
