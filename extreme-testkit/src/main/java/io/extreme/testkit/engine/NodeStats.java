package io.extreme.testkit.engine;

import java.nio.charset.StandardCharsets;

/**
 * The node's own statistics stream (PROTOCOL.md §4.7, §12.1 #14): a real node appends a
 * {@code $statsCollected} JSON event to {@code $stats-<ip>:<http port>} every 30 s, under stream
 * metadata {@code {"$maxAge":864000}} (ten days), which is why {@code $all} moves on by itself on
 * a real server. Here the metadata is written once, just before the stream's first event, as
 * the server's own writes are (no ACL check). Unconfirmed: whether a real node writes the
 * metadata at start rather than with its first statistics.
 */
final class NodeStats {
    static final String STREAM_PREFIX = "$stats-";
    static final String EVENT_TYPE = "$statsCollected";
    /** What a real node sets on its statistics stream: keep ten days. */
    static final String METADATA = "{\"$maxAge\":864000}";

    private final StreamIndex index;
    private final StorageWriter writer;

    NodeStats(StreamIndex index, StorageWriter writer) {
        this.index = index;
        this.writer = writer;
    }

    /**
     * Appends one statistics event for {@code node} ({@code ip:httpPort}); returns the stream it
     * went to. Nothing is written once someone hard-deleted that stream.
     */
    String collected(String node, byte[] statsJson) {
        String stream = STREAM_PREFIX + node;
        String metastream = SystemNames.metastreamOf(stream);
        if (index.lastEventNumber(stream) == SystemNames.DELETED_STREAM) {
            return stream;
        }
        if (index.lastEventNumber(metastream) < 0) {
            writer.writeSystemEvent(metastream, 0, SystemNames.METADATA_EVENT_TYPE, true,
                    METADATA.getBytes(StandardCharsets.UTF_8));
        }
        writer.writeSystemEvent(stream, index.lastEventNumber(stream) + 1, EVENT_TYPE, true, statsJson);
        return stream;
    }
}
