package io.extreme.testkit.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A request payload written field by field (proto2 wire format, by hand so that any field can be
 * left out, which the generated builders refuse for {@code required} ones). Fields keep their
 * order; {@link #without} writes the payload with one of them missing.
 */
final class RequestFields {
    private final Map<Integer, byte[]> fields = new LinkedHashMap<>();

    RequestFields string(int number, String value) {
        return bytes(number, value.getBytes(StandardCharsets.UTF_8));
    }

    RequestFields bytes(int number, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, (long) number << 3 | 2);
        varint(out, value.length);
        out.writeBytes(value);
        fields.put(number, out.toByteArray());
        return this;
    }

    RequestFields message(int number, RequestFields value) {
        return bytes(number, value.all());
    }

    /** An int32, int64, bool or enum; negatives take ten bytes, as protobuf writes them. */
    RequestFields varint(int number, long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, (long) number << 3);
        varint(out, value);
        fields.put(number, out.toByteArray());
        return this;
    }

    Set<Integer> numbers() {
        return fields.keySet();
    }

    byte[] all() {
        return without(0);
    }

    byte[] without(int missing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((number, encoded) -> {
            if (number != missing) {
                out.writeBytes(encoded);
            }
        });
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }
}
