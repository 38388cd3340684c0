package io.extreme.benchmarks.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one event as the server sends it (an EventRecord, PROTOCOL.md §3.2): every field
 * but the stream id, the event number and the event id is the same for all events, so it is
 * encoded once, here. Events are binary (content types 0), {@value #DATA_BYTES} bytes of data,
 * type {@value #EVENT_TYPE}, no metadata, created at the server's start.
 */
final class EventLayout {
    /** The type of every event the server serves. */
    static final String EVENT_TYPE = "bench-event";
    /** Bytes of data of every event. */
    static final int DATA_BYTES = 256;
    /** Log bytes each event is said to take: positions grow by this much per event. */
    static final long RECORD_BYTES = 400;
    /** Bytes of an event id: the event number (big endian), then {@link #ID_SUFFIX}. */
    static final int ID_BYTES = 16;
    private static final long ID_SUFFIX = 0x7769726573706565L; // "wirespee": tells our events apart

    /** Fields 4 to 10 of the EventRecord, the same for every event. */
    private final byte[] tail;
    /** Where the data starts within {@link #tail}. */
    private final int dataInTail;

    EventLayout(long createdEpochMillis) {
        byte[] type = EVENT_TYPE.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(64 + type.length + DATA_BYTES);
        ProtoBytes.putLengthDelimited(out, 4, type.length);
        out.put(type);
        ProtoBytes.putNumber(out, 5, 0); // data_content_type: binary
        ProtoBytes.putNumber(out, 6, 0); // metadata_content_type
        ProtoBytes.putLengthDelimited(out, 7, DATA_BYTES);
        dataInTail = out.position();
        byte[] data = new byte[DATA_BYTES];
        Arrays.fill(data, (byte) 'x');
        out.put(data);
        ProtoBytes.putNumber(out, 10, createdEpochMillis);
        tail = Arrays.copyOf(out.array(), out.position());
    }

    /** The position of event {@code eventNumber} of the read stream; later events have later ones. */
    static long position(long eventNumber) {
        return eventNumber * RECORD_BYTES;
    }

    /** Bytes of the EventRecord of an event of a stream id of {@code streamBytes}, its number taking {@code numberBytes}. */
    int recordSize(int streamBytes, int numberBytes) {
        return ProtoBytes.lengthDelimitedSize(streamBytes) + 1 + numberBytes + ProtoBytes.lengthDelimitedSize(ID_BYTES) + tail.length;
    }

    /** Writes the EventRecord's fields (not its own tag and length) with the event number a plain varint. */
    void putRecord(ByteBuffer out, byte[] stream, long eventNumber) {
        ProtoBytes.putLengthDelimited(out, 1, stream.length);
        out.put(stream);
        ProtoBytes.putNumber(out, 2, eventNumber);
        putIdAndTail(out, eventNumber);
    }

    /**
     * Writes the EventRecord's fields with the event number padded to nine bytes; returns where
     * the number starts, for {@link ProtoBytes#putPaddedVarint} to patch. The id and the data
     * follow at {@link #idAfterNumber()} and {@link #dataAfterNumber()} bytes past it.
     */
    int putPaddedRecord(ByteBuffer out, byte[] stream, long eventNumber) {
        ProtoBytes.putLengthDelimited(out, 1, stream.length);
        out.put(stream);
        out.put(ProtoBytes.tag(2, ProtoBytes.VARINT));
        int number = out.position();
        out.position(number + ProtoBytes.PADDED_VARINT);
        ProtoBytes.putPaddedVarint(out, number, eventNumber);
        putIdAndTail(out, eventNumber);
        return number;
    }

    /** Bytes from a padded event number to the event id. */
    int idAfterNumber() {
        return ProtoBytes.PADDED_VARINT + 2;
    }

    /** Bytes from a padded event number to the first byte of the data. */
    int dataAfterNumber() {
        return idAfterNumber() + ID_BYTES + dataInTail;
    }

    /** Writes an event id of {@code eventNumber} at {@code index}. */
    static void putId(ByteBuffer out, int index, long eventNumber) {
        putBigEndian(out, index, eventNumber);
        putBigEndian(out, index + 8, ID_SUFFIX);
    }

    /** Writes {@code value} big endian at {@code index}, whatever order {@code out} is in. */
    static void putBigEndian(ByteBuffer out, int index, long value) {
        out.putLong(index, out.order() == ByteOrder.BIG_ENDIAN ? value : Long.reverseBytes(value));
    }

    private void putIdAndTail(ByteBuffer out, long eventNumber) {
        ProtoBytes.putLengthDelimited(out, 3, ID_BYTES);
        int id = out.position();
        out.position(id + ID_BYTES);
        putId(out, id, eventNumber);
        out.put(tail);
    }
}
