package io.extreme.benchmarks.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The few fields the server needs from a request, found by a scan of its top-level protobuf
 * fields, no message built: the stream id (field 1 of WriteEvents, ReadStreamEvents and
 * SubscribeToStream), the numbers in fields 2 and 3 (a read's from_event_number and max_count)
 * and how many times field 3 occurs (a write's events). One instance, reused by the loop's thread.
 */
final class RequestFields {
    int streamIndex;
    int streamLength = -1;
    long field2;
    long field3;
    int field3Count;
    private byte[] scratch = new byte[256];
    private int at;

    /** Scans {@code in} from {@code from} to {@code end}; false when the bytes are not protobuf. */
    boolean scan(ByteBuffer in, int from, int end) {
        streamLength = -1;
        field2 = 0;
        field3 = 0;
        field3Count = 0;
        at = from;
        while (at < end) {
            long key = varint(in, end);
            if (key < 0) {
                return false;
            }
            int field = (int) (key >>> 3);
            int type = (int) (key & 7);
            switch (type) {
                case ProtoBytes.VARINT -> {
                    long value = varint(in, end);
                    if (value == Long.MIN_VALUE) {
                        return false;
                    }
                    if (field == 2) {
                        field2 = value;
                    } else if (field == 3) {
                        field3 = value;
                    }
                }
                case ProtoBytes.LENGTH_DELIMITED -> {
                    long length = varint(in, end);
                    if (length < 0 || length > end - at) {
                        return false;
                    }
                    if (field == 1) {
                        streamIndex = at;
                        streamLength = (int) length;
                    }
                    at += (int) length;
                }
                case 1 -> at += 8;
                case 5 -> at += 4;
                default -> {
                    return false;
                }
            }
            if (field == 3) {
                field3Count++;
            }
        }
        return at == end;
    }

    /** Whether the scan found a stream id. */
    boolean hasStream() {
        return streamLength >= 0;
    }

    /**
     * The stream id as a key: one char per byte (ISO-8859-1), a plain copy with no UTF-8
     * decoding, which gives the very bytes back with {@code getBytes(ISO_8859_1)}.
     */
    String streamKey(ByteBuffer in) {
        if (scratch.length < streamLength) {
            scratch = new byte[streamLength];
        }
        in.get(streamIndex, scratch, 0, streamLength);
        return new String(scratch, 0, streamLength, StandardCharsets.ISO_8859_1);
    }

    /** The varint at the scan's place, moving past it; Long.MIN_VALUE when it runs off the end. */
    private long varint(ByteBuffer in, int end) {
        long value = 0;
        for (int shift = 0; shift < 64 && at < end; shift += 7) {
            byte b = in.get(at++);
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        return Long.MIN_VALUE;
    }
}
