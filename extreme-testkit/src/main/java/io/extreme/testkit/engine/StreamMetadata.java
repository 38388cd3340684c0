package io.extreme.testkit.engine;

/**
 * The reserved keys of a stream's metadata that the server acts on (PROTOCOL.md §4.7); custom
 * keys stay in the stored {@code $metadata} event and are only read back. Null means not set.
 *
 * @param maxCount       keep only the last N events
 * @param maxAgeSeconds  hide events older than this
 * @param truncateBefore hide event numbers below it; {@link SystemNames#DELETED_STREAM} marks a
 *                       soft-deleted stream
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

    /** Whether the stream was soft-deleted: {@code $tb} is the deleted-stream marker. */
    boolean softDeleted() {
        return truncateBefore != null && truncateBefore == SystemNames.DELETED_STREAM;
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
