package io.extreme.testkit.engine;

/**
 * Which real EventStore a connection's requests are answered as, where the two differ beyond
 * the wire encoding (PROTOCOL.md §4.6, §12.1 #5 and "Also seen"; the v3 and v4 transcripts).
 * The codec of the connection takes care of the encoding itself (32-bit event numbers, no
 * {@code current_version}, no {@code retryCount} under v3); what is left is decided here:
 *
 * <ul>
 *   <li>the {@code $tb} a soft delete writes: {@code int.MaxValue} on 3.9.3,
 *       {@code long.MaxValue} on 4.1.4;</li>
 *   <li>the resume point of a forward {@code $all} read: prepare equal to commit on 3.9.3,
 *       prepare 0 after a plain write on 4.1.4;</li>
 *   <li>an append of zero events: it moves "where the log is now" (the
 *       {@code last_commit_position} of reads and subscriptions) on 4.1.4, not on 3.9.3.</li>
 * </ul>
 *
 * <p>One engine may serve connections of both generations at once: the data is shared, each
 * request is answered as its connection's generation answers it.
 */
public enum ServerGeneration {
    /** EventStore 3.9.3, protocol v3. */
    V3(3),
    /** EventStore 4.1.4, protocol v4. */
    V4(4);

    private final int protocol;

    ServerGeneration(int protocol) {
        this.protocol = protocol;
    }

    /** The generation that speaks protocol {@code version}: 3 or 4. */
    public static ServerGeneration ofProtocol(int version) {
        for (ServerGeneration generation : values()) {
            if (generation.protocol == version) {
                return generation;
            }
        }
        throw new IllegalArgumentException("protocol must be 3 or 4, was " + version);
    }

    /** The protocol version this generation speaks. */
    public int protocol() {
        return protocol;
    }

    /** The {@code $tb} value a soft delete writes into the stream's metadata. */
    long softDeleteMarker() {
        return this == V3 ? Integer.MAX_VALUE : SystemNames.DELETED_STREAM;
    }

    /** Whether a forward {@code $all} read resumes with prepare 0 rather than at the commit position. */
    boolean resumesForwardWithPrepareZero() {
        return this == V4;
    }

    /** Whether an append of zero events moves the last commit position that reads report. */
    boolean emptyAppendMovesLastCommit() {
        return this == V4;
    }
}
