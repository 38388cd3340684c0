package io.extreme.protocol.core;

import com.google.protobuf.ByteString;
import io.extreme.protocol.core.proto.ClientMessages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The stream id and event type of the events of one page, decoded once while they repeat. The
 * events of a stream page all carry the same stream id and mostly a few types, so comparing the
 * bytes with the last event's (a byte compare, no allocation) spares a UTF-8 decode and a string
 * per event; a new value is decoded as protobuf would decode it. One per decoded message, on
 * the decoding thread, and read one way only (the generated parser's byte strings, or
 * {@link EventRecordReader}'s ranges of the payload): not thread-safe.
 */
final class RepeatedNames {
    private final LastName stream = new LastName();
    private final LastName type = new LastName();

    String streamId(ClientMessages.EventRecord e) {
        return stream.of(e.getEventStreamIdBytes());
    }

    String eventType(ClientMessages.EventRecord e) {
        return type.of(e.getEventTypeBytes());
    }

    /** The stream id at {@code buf[from, to)}; {@code buf} is the same payload for every call. */
    String streamId(byte[] buf, int from, int to) {
        return stream.of(buf, from, to);
    }

    /** The event type at {@code buf[from, to)}, as {@link #streamId(byte[], int, int)}. */
    String eventType(byte[] buf, int from, int to) {
        return type.of(buf, from, to);
    }

    /** One name's last bytes and the string decoded from them. */
    private static final class LastName {
        private ByteString bytes;
        private int from = -1;
        private int to;
        private String value;

        String of(ByteString next) {
            if (!next.equals(bytes)) {
                bytes = next;
                value = next.toStringUtf8();
            }
            return value;
        }

        String of(byte[] buf, int nextFrom, int nextTo) {
            if (from < 0 || !Arrays.equals(buf, nextFrom, nextTo, buf, from, to)) {
                value = new String(buf, nextFrom, nextTo - nextFrom, StandardCharsets.UTF_8);
            }
            from = nextFrom;
            to = nextTo;
            return value;
        }
    }
}
