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
 * the decoding thread: not thread-safe.
 */
final class RepeatedNames {
    private ByteString streamBytes;
    private String stream;
    private ByteString typeBytes;
    private String type;
    // The same for {@link EventPages}, which reads names as ranges of the payload array.
    private int streamFrom = -1;
    private int streamTo;
    private int typeFrom = -1;
    private int typeTo;

    String streamId(ClientMessages.EventRecord e) {
        ByteString bytes = e.getEventStreamIdBytes();
        if (!bytes.equals(streamBytes)) {
            streamBytes = bytes;
            stream = bytes.toStringUtf8();
        }
        return stream;
    }

    String eventType(ClientMessages.EventRecord e) {
        ByteString bytes = e.getEventTypeBytes();
        if (!bytes.equals(typeBytes)) {
            typeBytes = bytes;
            type = bytes.toStringUtf8();
        }
        return type;
    }

    /** The stream id at {@code buf[from, to)}; {@code buf} is the same payload for every call. */
    String streamId(byte[] buf, int from, int to) {
        if (streamFrom < 0 || !Arrays.equals(buf, from, to, buf, streamFrom, streamTo)) {
            stream = new String(buf, from, to - from, StandardCharsets.UTF_8);
        }
        streamFrom = from;
        streamTo = to;
        return stream;
    }

    /** The event type at {@code buf[from, to)}, as {@link #streamId(byte[], int, int)}. */
    String eventType(byte[] buf, int from, int to) {
        if (typeFrom < 0 || !Arrays.equals(buf, from, to, buf, typeFrom, typeTo)) {
            type = new String(buf, from, to - from, StandardCharsets.UTF_8);
        }
        typeFrom = from;
        typeTo = to;
        return type;
    }
}
