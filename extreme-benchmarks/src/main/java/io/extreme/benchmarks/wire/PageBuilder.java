package io.extreme.benchmarks.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers to forward reads (ReadStreamEventsCompleted payloads, PROTOCOL.md §3.4, §4.2) of
 * the one stream every read sees, {@code streamLength} events long under whatever name it is
 * read: built by hand the first time a page (stream id, first event, count) is asked for, then
 * kept, so that a benchmark going round its pages, or catching up page by page again, gets them
 * from memory. The pages kept are bounded by {@value #CACHE_BYTES} bytes in all; the least
 * recently read go first.
 */
final class PageBuilder {
    /** Bytes of pages kept at most (a page of 500 events is about 150 KB). */
    static final long CACHE_BYTES = 256L << 20;
    /** The most events a read may ask for; larger counts are read as this many, as servers cap them. */
    static final int MAX_COUNT = 4096;
    private static final int SUCCESS = 0;
    private static final int NO_STREAM = 1;

    private final EventLayout layout;
    private final long streamLength;
    private final Map<PageKey, byte[]> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedBytes;

    PageBuilder(EventLayout layout, long streamLength) {
        this.layout = layout;
        this.streamLength = streamLength;
    }

    private record PageKey(String stream, long from, int count) {
    }

    /** The payload answering a forward read of {@code maxCount} events from {@code from} (0 or more). */
    byte[] page(String stream, long from, long maxCount) {
        int count = (int) Math.max(0, Math.min(maxCount, MAX_COUNT));
        PageKey key = new PageKey(stream, from, count);
        byte[] page = pages.get(key);
        if (page == null) {
            page = build(stream.getBytes(StandardCharsets.ISO_8859_1), from, count);
            pages.put(key, page);
            cachedBytes += page.length;
            var eldest = pages.entrySet().iterator();
            while (cachedBytes > CACHE_BYTES && eldest.hasNext()) {
                cachedBytes -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
        return page;
    }

    /** The last event's position, as a read or a subscription confirmation reports it. */
    long lastCommitPosition() {
        return EventLayout.position(Math.max(0, streamLength - 1));
    }

    private byte[] build(byte[] stream, long from, int count) {
        long last = streamLength - 1;
        long end = from >= streamLength ? from : Math.min(streamLength, from + count);
        int size = 0;
        for (long n = from; n < end; n++) {
            size += ProtoBytes.lengthDelimitedSize(ProtoBytes.lengthDelimitedSize(recordSize(stream, n)));
        }
        boolean found = streamLength > 0;
        long next = found ? Math.min(from + count, streamLength) : -1;
        if (from + count < 0) {
            next = streamLength; // from near Long.MAX_VALUE: past the end in any case
        }
        long lastNumber = found ? last : -1;
        size += 2 + ProtoBytes.numberSize(next) + ProtoBytes.numberSize(lastNumber) + 2
                + ProtoBytes.numberSize(lastCommitPosition());
        ByteBuffer out = ByteBuffer.allocate(size);
        for (long n = from; n < end; n++) {
            int record = recordSize(stream, n);
            ProtoBytes.putLengthDelimited(out, 1, ProtoBytes.lengthDelimitedSize(record)); // ResolvedIndexedEvent
            ProtoBytes.putLengthDelimited(out, 1, record); // its event
            layout.putRecord(out, stream, n);
        }
        ProtoBytes.putNumber(out, 2, found ? SUCCESS : NO_STREAM);
        ProtoBytes.putNumber(out, 3, next);
        ProtoBytes.putNumber(out, 4, lastNumber);
        ProtoBytes.putNumber(out, 5, !found || from + count >= streamLength || from + count < 0 ? 1 : 0);
        ProtoBytes.putNumber(out, 6, lastCommitPosition());
        return out.array();
    }

    private int recordSize(byte[] stream, long eventNumber) {
        return layout.recordSize(stream.length, ProtoBytes.varintSize(eventNumber));
    }
}
