package io.extreme.testkit.engine;

import java.time.Instant;

/**
 * When a persistent subscription group writes a checkpoint, by the rule of the real server
 * ({@code PersistentSubscription.TryMarkCheckpoint}, PROTOCOL.md §12.1 #16). The candidate is the
 * event before the lowest one still out with a consumer or waiting for a retry, or, when there is
 * none, the last event pushed. The distance is counted in event numbers from the last checkpoint,
 * not in acks: after an ack or nak a checkpoint is written once the distance reaches
 * {@code checkpoint_max_count}; on the clock's tick, once {@code checkpoint_after_time} has passed
 * since the last one and the distance reaches {@code checkpoint_min_count}. So five events acked
 * in one frame with max count 2 leave one checkpoint, as the ps-checkpoint transcripts show.
 *
 * <p>How often the real server's clock ticks (the testkit checks every
 * {@link MessageTimeoutTicker#PERIOD_MS} ms) is unconfirmed: only when a time-driven checkpoint
 * lands can differ.
 */
final class CheckpointSchedule {
    /** The last checkpoint written; -1 before the first, as the server starts. */
    private long lastCheckpoint = -1;
    /** When it was written; null before the first, the server's {@code DateTime.MinValue}. */
    private Instant lastCheckpointAt;

    /**
     * The event number to write as the checkpoint now, or -1 for none.
     *
     * @param candidate  the lowest event still out or to retry, minus one; else the last pushed
     * @param onTick     whether the clock's tick asks (rather than an ack or a nak)
     */
    long due(long candidate, boolean onTick, Instant now, long afterTimeMs, int minCount, int maxCount) {
        if (candidate == -1) {
            return -1;
        }
        long distance = candidate - lastCheckpoint;
        boolean timeUp = lastCheckpointAt == null || !now.isBefore(lastCheckpointAt.plusMillis(afterTimeMs));
        if (!timeUp && distance < maxCount) {
            return -1;
        }
        if ((onTick && distance >= minCount) || distance >= maxCount) {
            lastCheckpoint = candidate;
            lastCheckpointAt = now;
            return candidate;
        }
        return -1;
    }
}
