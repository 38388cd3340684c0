package io.extreme.protocol.v3;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.v3.proto.ClientMessagesV3;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.ResolvedEvent;
import io.extreme.spi.message.ResolvedIndexedEvent;
import java.util.List;

/**
 * The event shapes that writes, reads and subscriptions share (PROTOCOL.md §3.2), both ways:
 * {@code toProto} for the wire, {@code fromProto} back. An event record's number is 32-bit in v3,
 * so it goes through {@link EventNumbers}; wherever the record is (stream or {@code $all} reads,
 * pushes), so that the tombstone reads as one number.
 */
final class EventShapes {
    private static final ClientMessagesV3.ResolvedIndexedEvent EMPTY_INDEXED =
            ClientMessagesV3.ResolvedIndexedEvent.getDefaultInstance();

    private EventShapes() {
    }

    static ClientMessagesV3.NewEvent toProto(NewEvent event) {
        ClientMessagesV3.NewEvent.Builder b = ClientMessagesV3.NewEvent.newBuilder()
                .setEventId(Wire.id(event.eventId()))
                .setEventType(event.eventType())
                .setDataContentType(event.dataContentType())
                .setMetadataContentType(event.metadataContentType())
                .setData(Wire.wrap(event.data()));
        if (event.metadata() != null) {
            b.setMetadata(Wire.wrap(event.metadata()));
        }
        return b.build();
    }

    static NewEvent fromProto(ClientMessagesV3.NewEvent e) throws InvalidProtocolBufferException {
        return new NewEvent(Wire.id(e.getEventId()), e.getEventType(), e.getDataContentType(),
                e.getMetadataContentType(), e.getData().toByteArray(),
                e.hasMetadata() ? e.getMetadata().toByteArray() : null);
    }

    static List<NewEvent> fromProto(List<ClientMessagesV3.NewEvent> events) throws InvalidProtocolBufferException {
        NewEvent[] out = new NewEvent[events.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fromProto(events.get(i));
        }
        return List.of(out);
    }

    static ClientMessagesV3.EventRecord toProto(EventRecord event) {
        ClientMessagesV3.EventRecord.Builder b = ClientMessagesV3.EventRecord.newBuilder()
                .setEventStreamId(event.streamId())
                .setEventNumber(EventNumbers.toWire(event.eventNumber(), "EventRecord.event_number"))
                .setEventId(Wire.id(event.eventId()))
                .setEventType(event.eventType())
                .setDataContentType(event.dataContentType())
                .setMetadataContentType(event.metadataContentType())
                .setData(Wire.wrap(event.data()));
        if (event.metadata() != null) {
            b.setMetadata(Wire.wrap(event.metadata()));
        }
        if (event.created() != null) {
            b.setCreated(event.created());
        }
        if (event.createdEpoch() != null) {
            b.setCreatedEpoch(event.createdEpoch());
        }
        return b.build();
    }

    static EventRecord fromProto(ClientMessagesV3.EventRecord e) throws InvalidProtocolBufferException {
        return new EventRecord(e.getEventStreamId(), EventNumbers.fromWire(e.getEventNumber()), Wire.id(e.getEventId()),
                e.getEventType(), e.getDataContentType(), e.getMetadataContentType(),
                e.getData().toByteArray(), e.hasMetadata() ? e.getMetadata().toByteArray() : null,
                e.hasCreated() ? e.getCreated() : null, e.hasCreatedEpoch() ? e.getCreatedEpoch() : null);
    }

    /** Always a message: a null event, or one without parts, is written empty as the server does. */
    static ClientMessagesV3.ResolvedIndexedEvent toProto(ResolvedIndexedEvent event) {
        if (event == null || event.event() == null && event.link() == null) {
            return EMPTY_INDEXED;
        }
        ClientMessagesV3.ResolvedIndexedEvent.Builder b = ClientMessagesV3.ResolvedIndexedEvent.newBuilder();
        if (event.event() != null) {
            b.setEvent(toProto(event.event()));
        }
        if (event.link() != null) {
            b.setLink(toProto(event.link()));
        }
        return b.build();
    }

    static ResolvedIndexedEvent fromProto(ClientMessagesV3.ResolvedIndexedEvent e) throws InvalidProtocolBufferException {
        return new ResolvedIndexedEvent(e.hasEvent() ? fromProto(e.getEvent()) : null,
                e.hasLink() ? fromProto(e.getLink()) : null);
    }

    static List<ResolvedIndexedEvent> fromProtoIndexed(List<ClientMessagesV3.ResolvedIndexedEvent> events)
            throws InvalidProtocolBufferException {
        ResolvedIndexedEvent[] out = new ResolvedIndexedEvent[events.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fromProto(events.get(i));
        }
        return List.of(out);
    }

    static ClientMessagesV3.ResolvedEvent toProto(ResolvedEvent event) {
        ClientMessagesV3.ResolvedEvent.Builder b = ClientMessagesV3.ResolvedEvent.newBuilder()
                .setCommitPosition(event.commitPosition())
                .setPreparePosition(event.preparePosition());
        if (event.event() != null) {
            b.setEvent(toProto(event.event()));
        }
        if (event.link() != null) {
            b.setLink(toProto(event.link()));
        }
        return b.build();
    }

    static ResolvedEvent fromProto(ClientMessagesV3.ResolvedEvent e) throws InvalidProtocolBufferException {
        return new ResolvedEvent(e.hasEvent() ? fromProto(e.getEvent()) : null,
                e.hasLink() ? fromProto(e.getLink()) : null, e.getCommitPosition(), e.getPreparePosition());
    }

    static List<ResolvedEvent> fromProtoResolved(List<ClientMessagesV3.ResolvedEvent> events)
            throws InvalidProtocolBufferException {
        ResolvedEvent[] out = new ResolvedEvent[events.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fromProto(events.get(i));
        }
        return List.of(out);
    }
}
