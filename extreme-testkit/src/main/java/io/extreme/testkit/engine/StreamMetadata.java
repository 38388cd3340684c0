package io.extreme.testkit.engine;

/**
 * The reserved keys of a stream's metadata that the server acts on (PROTOCOL.md §4.7); custom
 * keys stay in the stored {@code $metadata} event and are only read back. Null means not set.
 *
 * @param maxCount       keep only the last N events
 * @param maxAgeSeconds  hide events older than this
 * @param truncateBefore hide event numbers below it; {@link SystemNames#DELETED_STREAM} (or
 *                       {@code int.MaxValue}, as 3.x wrote it) marks a soft-deleted stream
 * @param cacheControl   seconds, an HTTP hint the TCP protocol does not use
 * @param tempStream     {@code $tmp}
 * @param acl            the stream's {@code $acl}
 */
record StreamMetadata(Long maxCount, Long maxAgeSeconds, Long truncateBefore, Long cacheControl,
                      Boolean tempStream, StreamAcl acl) {

    /** No metadata: a stream without a {@code $$} stream, or with metadata that does not parse. */
    static final StreamMetadata EMPTY = new StreamMetadata(null, null, null, null, null, null);

    /** What every {@code $$} stream has: only its last event counts, so only it is kept. */
    static final StreamMetadata METASTREAM = new StreamMetadata(1L, null, null, null, null, null);

    /**
     * Whether the stream was soft-deleted: {@code $tb} is the deleted-stream marker, of either
     * generation. A 4.x server takes {@code int.MaxValue} as the marker only in records a 3.x
     * server wrote; the engine does not tell writers apart, so it takes it from anyone.
     */
    boolean softDeleted() {
        return truncateBefore != null
                && (truncateBefore == SystemNames.DELETED_STREAM || truncateBefore == Integer.MAX_VALUE);
    }

    /**
     * The first event number a read may return, given the stream's last event number: what
     * {@code $maxCount} and {@code $tb} leave visible.
     */
    long firstVisibleEventNumber(long lastEventNumber) {
        long first = 0;
        if (maxCount != null) {
            first = Math.max(first, lastEventNumber - maxCount + 1);
        }
        if (truncateBefore != null) {
            first = Math.max(first, truncateBefore);
        }
        return first;
    }
}
