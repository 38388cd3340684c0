package io.extreme.spi.message;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * An event to write. The bytes are read-only views so that the engine can hand the codec an
 * event's payload without copying it, and the codec can hand it on to the wire the same way.
 *
 * @param eventId the idempotency key
 * @param dataContentType 1 JSON, 0 bytes
 * @param data never null; a read-only view
 * @param metadata a read-only view, or null when absent
 */
public record NewEvent(UUID eventId, String eventType, int dataContentType, int metadataContentType, ByteBuffer data,
                       ByteBuffer metadata) {
    public NewEvent {
        // Read-only views of their own, so a reader's position never moves another's.
        data = data == null ? null : data.asReadOnlyBuffer();
        metadata = metadata == null ? null : metadata.asReadOnlyBuffer();
    }

    /** An event over arrays, wrapped without a copy: the arrays must not change afterwards. */
    public NewEvent(UUID eventId, String eventType, int dataContentType, int metadataContentType, byte[] data,
                    byte[] metadata) {
        this(eventId, eventType, dataContentType, metadataContentType, data == null ? null : ByteBuffer.wrap(data),
                metadata == null ? null : ByteBuffer.wrap(metadata));
    }

    /** A copy of the data's bytes, or null when there is none. */
    public byte[] dataBytes() {
        return bytes(data);
    }

    /** A copy of the metadata's bytes, or null when there is none. */
    public byte[] metadataBytes() {
        return bytes(metadata);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
