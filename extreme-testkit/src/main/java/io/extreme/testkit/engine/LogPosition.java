package io.extreme.testkit.engine;

/**
 * A position in the transaction log as {@code $all} reads use it: ordered by commit position
 * first, then by prepare position (PROTOCOL.md §4.3).
 *
 * @param commit  where the commit (or the self-committing event) lies
 * @param prepare where the event's own record lies
 */
record LogPosition(long commit, long prepare) implements Comparable<LogPosition> {
    /** What a client sends to mean "the end of the log" (only meaningful for backward reads). */
    static final LogPosition END = new LogPosition(-1, -1);

    @Override
    public int compareTo(LogPosition other) {
        int byCommit = Long.compare(commit, other.commit);
        return byCommit != 0 ? byCommit : Long.compare(prepare, other.prepare);
    }
}
