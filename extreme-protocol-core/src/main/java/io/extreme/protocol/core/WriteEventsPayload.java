package io.extreme.protocol.core;

import io.extreme.spi.Guids;
import io.extreme.spi.message.NewEvent;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The payload of a {@code WriteEvents} (PROTOCOL.md §3.3), written straight from the neutral
 * events into one array of exactly its size: the same bytes the generated builder writes, field
 * by field in number order, without the builder, a message, an id array and two byte-string
 * wrappers per event. Appends are the hottest request there is, and this was most of their
 * encoding cost.
 */
final class WriteEventsPayload {
    private static final int VARINT_MAX = 10;

    private WriteEventsPayload() {
    }

    /** The payload; {@code expectedVersion} is already the dialect's wire value. */
    static byte[] encode(String streamId, long expectedVersion, List<NewEvent> events, boolean requireMaster) {
        int count = events.size();
        int[] eventSizes = new int[count];
        int size = PayloadWriter.stringSize(1, streamId) + 1 + varintSize(expectedVersion) + 2;
        for (int i = 0; i < count; i++) {
            eventSizes[i] = eventSize(events.get(i));
            size += PayloadWriter.delimitedSize(3, eventSizes[i]);
        }
        byte[] out = new byte[size];
        PayloadWriter writer = new PayloadWriter(out);
        byte[] id = new byte[Guids.LENGTH];
        writer.string(1, streamId);
        writer.int64(2, expectedVersion);
        for (int i = 0; i < count; i++) {
            NewEvent e = events.get(i);
            writer.delimited(3, eventSizes[i]);
            Guids.write(e.eventId(), id, 0);
            writer.delimited(1, Guids.LENGTH);
            writer.raw(id);
            writer.string(2, e.eventType());
            writer.int32(3, e.dataContentType());
            writer.int32(4, e.metadataContentType());
            writer.bytes(5, e.data());
            if (e.metadata() != null) {
                writer.bytes(6, e.metadata());
            }
        }
        writer.bool(4, requireMaster);
        if (!writer.full()) {
            throw new IllegalStateException("WriteEvents payload size miscomputed"); // a bug here, never the input
        }
        return out;
    }

    private static int eventSize(NewEvent e) {
        int size = PayloadWriter.delimitedSize(1, Guids.LENGTH) + PayloadWriter.stringSize(2, e.eventType())
                + 1 + varintSize(e.dataContentType()) + 1 + varintSize(e.metadataContentType())
                + bytesSize(5, e.data());
        return e.metadata() == null ? size : size + bytesSize(6, e.metadata());
    }

    private static int bytesSize(int field, ByteBuffer bytes) {
        return PayloadWriter.delimitedSize(field, bytes.remaining());
    }

    /** Bytes of a varint; an int32 is widened first, so a negative one takes ten, as protobuf writes it. */
    private static int varintSize(long value) {
        int bytes = 1;
        while ((value & ~0x7FL) != 0 && bytes < VARINT_MAX) {
            value >>>= 7;
            bytes++;
        }
        return bytes;
    }
}
