package io.extreme.spi;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Converts between Java {@link UUID}s and the 16 bytes of a .NET {@code Guid}, the order
 * EventStore and its .NET clients use for correlation and event ids (PROTOCOL.md §1.4): the
 * first three groups little-endian, the last two as they are. Using it keeps the textual ids
 * the same as other tools show them.
 */
public final class Guids {
    /** Bytes in a GUID. */
    public static final int LENGTH = 16;

    private Guids() {
    }

    /** Writes {@code id} in .NET order into {@code out} at {@code offset}. */
    public static void write(UUID id, byte[] out, int offset) {
        long msb = id.getMostSignificantBits();
        long lsb = id.getLeastSignificantBits();
        // Group 1 (4 bytes), group 2 (2 bytes), group 3 (2 bytes): little-endian.
        out[offset] = (byte) (msb >>> 32);
        out[offset + 1] = (byte) (msb >>> 40);
        out[offset + 2] = (byte) (msb >>> 48);
        out[offset + 3] = (byte) (msb >>> 56);
        out[offset + 4] = (byte) (msb >>> 16);
        out[offset + 5] = (byte) (msb >>> 24);
        out[offset + 6] = (byte) msb;
        out[offset + 7] = (byte) (msb >>> 8);
        for (int i = 0; i < 8; i++) {
            out[offset + 8 + i] = (byte) (lsb >>> (56 - 8 * i));
        }
    }

    /** Writes {@code id} in .NET order at the buffer's position, advancing it by 16. */
    public static void write(UUID id, ByteBuffer out) {
        long msb = id.getMostSignificantBits();
        out.put((byte) (msb >>> 32)).put((byte) (msb >>> 40)).put((byte) (msb >>> 48)).put((byte) (msb >>> 56))
                .put((byte) (msb >>> 16)).put((byte) (msb >>> 24)).put((byte) msb).put((byte) (msb >>> 8));
        long lsb = id.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            out.put((byte) (lsb >>> (56 - 8 * i)));
        }
    }

    /** The 16 .NET-order bytes of {@code id}. */
    public static byte[] toBytes(UUID id) {
        byte[] out = new byte[LENGTH];
        write(id, out, 0);
        return out;
    }

    /** Reads a .NET-order GUID from {@code in} at {@code offset}. */
    public static UUID read(byte[] in, int offset) {
        long msb = (in[offset + 3] & 0xFFL) << 56 | (in[offset + 2] & 0xFFL) << 48
                | (in[offset + 1] & 0xFFL) << 40 | (in[offset] & 0xFFL) << 32
                | (in[offset + 5] & 0xFFL) << 24 | (in[offset + 4] & 0xFFL) << 16
                | (in[offset + 7] & 0xFFL) << 8 | (in[offset + 6] & 0xFFL);
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            lsb = lsb << 8 | (in[offset + 8 + i] & 0xFFL);
        }
        return new UUID(msb, lsb);
    }

    /** Reads exactly 16 .NET-order bytes; any other length is an {@link IllegalArgumentException}. */
    public static UUID fromBytes(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a GUID has 16 bytes, got " + bytes.length);
        }
        return read(bytes, 0);
    }
}
