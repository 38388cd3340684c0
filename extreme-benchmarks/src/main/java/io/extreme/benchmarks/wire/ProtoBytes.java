package io.extreme.benchmarks.wire;

import java.nio.ByteBuffer;

/**
 * The little of the protobuf wire format the server writes and reads by hand: varints, plain and
 * padded to a fixed width, and tags. Hand-written so that no message is built or parsed per
 * request; the layouts follow PROTOCOL.md §3.
 */
final class ProtoBytes {
    /**
     * Bytes of a padded varint, so that a number can be patched in place: nine, which hold any
     * number from 0 to Long.MAX_VALUE. Not ten: parsing from a byte array, protobuf-java (3.25.5,
     * ours, and 2.6.1, esjc's, alike) takes a ninth byte's continuation bit as bit 63 and ignores
     * the tenth byte's value, which is right for the negative numbers that take ten bytes when
     * encoded shortest, but makes a positive number padded to ten bytes come out negative.
     */
    static final int PADDED_VARINT = 9;
    static final int VARINT = 0;
    static final int LENGTH_DELIMITED = 2;

    private ProtoBytes() {
    }

    /** The tag byte of field {@code number} (1 to 15) of wire type {@code type}. */
    static byte tag(int number, int type) {
        return (byte) (number << 3 | type);
    }

    /** Bytes the varint of {@code value} takes (a negative number takes ten, as int64 has it). */
    static int varintSize(long value) {
        int size = 1;
        while ((value & ~0x7FL) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
    }

    static void putVarint(ByteBuffer out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.put((byte) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.put((byte) value);
    }

    /** Writes {@code value}, 0 or more, as a varint of {@link #PADDED_VARINT} bytes at {@code index}. */
    static void putPaddedVarint(ByteBuffer out, int index, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a padded varint holds 0 or more, not " + value);
        }
        for (int i = 0; i < PADDED_VARINT - 1; i++) {
            out.put(index + i, (byte) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.put(index + PADDED_VARINT - 1, (byte) value);
    }

    /** A field of wire type 2 whose bytes follow: tag, length. */
    static void putLengthDelimited(ByteBuffer out, int number, int length) {
        out.put(tag(number, LENGTH_DELIMITED));
        putVarint(out, length);
    }

    /** Tag and varint, for a number field. */
    static void putNumber(ByteBuffer out, int number, long value) {
        out.put(tag(number, VARINT));
        putVarint(out, value);
    }

    /** Bytes of a length-delimited field whose content is {@code length} bytes (tag of one byte). */
    static int lengthDelimitedSize(int length) {
        return 1 + varintSize(length) + length;
    }

    /** Bytes of a number field (tag of one byte). */
    static int numberSize(long value) {
        return 1 + varintSize(value);
    }
}
