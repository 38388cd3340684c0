package io.extreme.benchmarks.wire;

import java.util.HashMap;
import java.util.Map;

/**
 * The event numbers writes get: one counter per stream id, across connections, so that a
 * stream's writes number on as in a real store (0, 1, 2 … whichever connection wrote them),
 * and one log position for the whole server. At most {@value #MAX_STREAMS} streams are
 * remembered; past that all are forgotten at once and their numbers start again at 0.
 */
final class WriteNumbers {
    /** Stream ids remembered at most (each costs about 100 bytes). */
    static final int MAX_STREAMS = 100_000;
    private final Map<String, long[]> nextNumbers = new HashMap<>();
    private long logEnd;

    WriteNumbers(long logStart) {
        this.logEnd = logStart;
    }

    /** The counter of {@code stream}: its one element is the number the next event gets. */
    long[] counter(String stream) {
        long[] counter = nextNumbers.get(stream);
        if (counter == null) {
            if (nextNumbers.size() >= MAX_STREAMS) {
                nextNumbers.clear();
            }
            counter = new long[1];
            nextNumbers.put(stream, counter);
        }
        return counter;
    }

    /** The log position the next event gets, for a write's reply, not yet taken. */
    long logEnd() {
        return logEnd;
    }

    /** Takes {@code events} positions of the log, for events written or pushed. */
    void advance(long events) {
        logEnd += events * EventLayout.RECORD_BYTES;
    }
}
