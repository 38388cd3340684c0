package io.extreme.protocol.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A read position in a protobuf payload, for {@link EventPages}: tags, varints and the bounds of
 * length-delimited fields, read straight from the frame's array without a stream, a builder or a
 * byte-string view.
 *
 * <p>It reads only payloads shaped as the server writes them. Anything else (a truncated field,
 * a varint of more than ten bytes, a group, a zero tag) throws {@link Irregular}, and the caller
 * decodes the payload again with protobuf's generated parser, which decides what such a payload
 * means: so this class never has to agree with protobuf on malformed input, only on well-formed
 * input. One per decode, on the decoding thread.
 */
final class WireCursor {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final byte[] buf;
    private int pos;
    private int limit;

    WireCursor(byte[] buf) {
        this.buf = buf;
        this.limit = buf.length;
    }

    byte[] array() {
        return buf;
    }

    int position() {
        return pos;
    }

    /** The next tag, or 0 at the current limit. */
    int tag() {
        if (pos == limit) {
            return 0;
        }
        long tag = varint();
        // A field number of 0 and the group wire types are protobuf's to judge.
        int wireType = (int) tag & 7;
        if (tag >>> 3 == 0 || tag != (int) tag || wireType == 3 || wireType == 4 || wireType > 5) {
            throw Irregular.INSTANCE;
        }
        return (int) tag;
    }

    /**
     * A varint of at most ten bytes, as protobuf reads int64, int32 (low 32 bits), bool and enum.
     * A ten-byte varint is read only as a negative number's canonical form, a tenth byte of 1:
     * protobuf's reader folds any other tenth byte (one that carries bits beyond 64, and a
     * redundant 0) in a way of its own, found by HandDecodersTest, so those are irregular.
     */
    long varint() {
        long value = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            if (pos >= limit) {
                throw Irregular.INSTANCE;
            }
            byte b = buf[pos++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        if (pos >= limit || buf[pos] != 1) {
            throw Irregular.INSTANCE;
        }
        pos++;
        return value | Long.MIN_VALUE;
    }

    /** Reads a length and returns it, leaving the position at the field's first byte. */
    int length() {
        long length = varint();
        if (length < 0 || length > limit - pos) {
            throw Irregular.INSTANCE;
        }
        return (int) length;
    }

    /** Narrows the readable end to {@code length} bytes from here; returns the old end for {@link #popLimit}. */
    int pushLimit(int length) {
        int old = limit;
        limit = pos + length;
        return old;
    }

    /** Restores the end {@link #pushLimit} returned; the nested message must have been read to its end. */
    void popLimit(int old) {
        if (pos != limit) {
            throw Irregular.INSTANCE;
        }
        limit = old;
    }

    void skip(int length) {
        pos += length;
    }

    /** Skips a field of a number this reader does not know; protobuf keeps such fields aside, unread. */
    void skipField(int tag) {
        switch (tag & 7) {
            case VARINT -> varint();
            case FIXED64 -> skipFixed(8);
            case LENGTH_DELIMITED -> skip(length());
            case FIXED32 -> skipFixed(4);
            default -> throw Irregular.INSTANCE;
        }
    }

    /** Skips a field above the schema's highest number; a known number with another wire type is irregular. */
    void skipUnknown(int tag, int highestKnown) {
        if (tag >>> 3 <= highestKnown) {
            throw Irregular.INSTANCE;
        }
        skipField(tag);
    }

    /** A length-delimited string field, decoded as protobuf decodes proto2 strings (malformed UTF-8 replaced). */
    String string() {
        int length = length();
        int from = pos;
        pos += length;
        return utf8(buf, from, pos);
    }

    static String utf8(byte[] buf, int from, int to) {
        return from == to ? "" : new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** A copy of a length-delimited bytes field: what a decoder keeps must not be the frame's payload. */
    byte[] copyOfBytes() {
        int length = length();
        int from = pos;
        pos += length;
        return length == 0 ? Wire.EMPTY : Arrays.copyOfRange(buf, from, pos);
    }

    private void skipFixed(int n) {
        if (n > limit - pos) {
            throw Irregular.INSTANCE;
        }
        pos += n;
    }

    /**
     * Thrown where {@link WireCursor} or {@link EventPages} meets a payload not shaped as the
     * server writes it: a signal to decode with the generated parser, never seen outside this
     * package. One shared instance without a stack trace, as it is control flow, not an error.
     */
    static final class Irregular extends RuntimeException {
        static final Irregular INSTANCE = new Irregular();

        private Irregular() {
            super("payload not in the server's shape; decoded by the generated parser", null, false, false);
        }
    }
}
