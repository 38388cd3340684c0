package io.extreme.event;

/**
 * A place in the {@code $all} log: a commit and a prepare position, ordered commit first.
 *
 * @param commitPosition  the log position of the commit
 * @param preparePosition the log position of the event's prepare
 */
public record Position(long commitPosition, long preparePosition) implements Comparable<Position> {
    /** The start of {@code $all}. */
    public static final Position START = new Position(0, 0);
    /** The end of {@code $all}; valid only as the start of a backward read. */
    public static final Position END = new Position(-1, -1);

    public Position {
        boolean end = commitPosition == -1 && preparePosition == -1;
        if (!end && (commitPosition < 0 || preparePosition < 0)) {
            throw new IllegalArgumentException("position must be END (-1, -1) or non-negative, was ("
                    + commitPosition + ", " + preparePosition + ")");
        }
    }

    @Override
    public int compareTo(Position other) {
        int byCommit = Long.compare(commitPosition, other.commitPosition);
        return byCommit != 0 ? byCommit : Long.compare(preparePosition, other.preparePosition);
    }

    @Override
    public String toString() {
        return commitPosition + "/" + preparePosition;
    }
}
