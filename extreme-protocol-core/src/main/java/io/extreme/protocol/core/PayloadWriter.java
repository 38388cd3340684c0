package io.extreme.protocol.core;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Protobuf fields written into an array sized beforehand, for the payloads the client writes most
 * ({@link WriteEventsPayload}). It writes what protobuf's own writer writes, but takes bytes
 * from a view without moving or duplicating it and writes an ASCII string without encoding it
 * to an array first. Strings are UTF-8 with an unpaired surrogate as '?', as protobuf's writer
 * falls back to {@code String.getBytes} for them.
 */
final class PayloadWriter {
    private final byte[] out;
    private int position;

    PayloadWriter(byte[] out) {
        this.out = out;
    }

    /** Bytes of a length-delimited field's tag and length prefix for {@code length} bytes of content. */
    static int delimitedSize(int field, int length) {
        return CodedOutputStream.computeTagSize(field) + CodedOutputStream.computeUInt32SizeNoTag(length) + length;
    }

    /** Bytes of a string field: its UTF-8, unpaired surrogates as '?' (as protobuf's writer and {@code getBytes}). */
    static int stringSize(int field, String value) {
        return isAscii(value) ? delimitedSize(field, value.length())
                : delimitedSize(field, value.getBytes(StandardCharsets.UTF_8).length);
    }

    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    void tag(int field, int wireType) {
        varint((field << 3 | wireType) & 0xFFFFFFFFL); // protobuf's tag layout: field number, then 3 bits of wire type
    }

    /** An int32 field: a negative value is sign-extended to ten bytes, as protobuf writes it. */
    void int32(int field, int value) {
        tag(field, WireFormat.WIRETYPE_VARINT);
        varint(value);
    }

    void int64(int field, long value) {
        tag(field, WireFormat.WIRETYPE_VARINT);
        varint(value);
    }

    void bool(int field, boolean value) {
        tag(field, WireFormat.WIRETYPE_VARINT);
        out[position++] = (byte) (value ? 1 : 0);
    }

    /** A length-delimited field's tag and length; its {@code length} bytes of content follow. */
    void delimited(int field, int length) {
        tag(field, WireFormat.WIRETYPE_LENGTH_DELIMITED);
        varint(length);
    }

    void string(int field, String value) {
        if (isAscii(value)) {
            // The common case, written char by char: no array to encode into first.
            int length = value.length();
            delimited(field, length);
            for (int i = 0; i < length; i++) {
                out[position++] = (byte) value.charAt(i);
            }
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            delimited(field, bytes.length);
            raw(bytes);
        }
    }

    /** The view's bytes from its position to its limit; the view does not move. */
    void bytes(int field, ByteBuffer value) {
        int length = value.remaining();
        delimited(field, length);
        value.get(value.position(), out, position, length);
        position += length;
    }

    void raw(byte[] bytes) {
        System.arraycopy(bytes, 0, out, position, bytes.length);
        position += bytes.length;
    }

    /** Whether exactly the array was written: the sizes computed beforehand were right. */
    boolean full() {
        return position == out.length;
    }

    private void varint(long value) {
        while ((value & ~0x7FL) != 0) {
            out[position++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out[position++] = (byte) value;
    }
}
