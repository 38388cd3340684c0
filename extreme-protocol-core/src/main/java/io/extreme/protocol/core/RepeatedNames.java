package io.extreme.protocol.core;

import com.google.protobuf.ByteString;
import io.extreme.protocol.core.proto.ClientMessages;

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
}
