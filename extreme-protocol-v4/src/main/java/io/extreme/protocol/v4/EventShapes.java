package io.extreme.protocol.v4;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.v4.proto.ClientMessages;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.ResolvedEvent;
import io.extreme.spi.message.ResolvedIndexedEvent;
import java.util.List;

/**
 * The event shapes that writes, reads and subscriptions share (PROTOCOL.md §3.2), both ways:
 * {@code toProto} for the wire, {@code fromProto} back.
 */
final class EventShapes {
    private static final ClientMessages.ResolvedIndexedEvent EMPTY_INDEXED =
            ClientMessages.ResolvedIndexedEvent.getDefaultInstance();

    private EventShapes() {
    }

    static ClientMessages.NewEvent toProto(NewEvent event) {
        ClientMessages.NewEvent.Builder b = ClientMessages.NewEvent.newBuilder()
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

    static NewEvent fromProto(ClientMessages.NewEvent e) throws InvalidProtocolBufferException {
        return new NewEvent(Wire.id(e.getEventId()), e.getEventType(), e.getDataContentType(),
                e.getMetadataContentType(), e.getData().toByteArray(),
                e.hasMetadata() ? e.getMetadata().toByteArray() : null);
    }

    static List<NewEvent> fromProto(List<ClientMessages.NewEvent> events) throws InvalidProtocolBufferException {
        NewEvent[] out = new NewEvent[events.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fromProto(events.get(i));
        }
        return List.of(out);
    }

    static ClientMessages.EventRecord toProto(EventRecord event) {
        ClientMessages.EventRecord.Builder b = ClientMessages.EventRecord.newBuilder()
                .setEventStreamId(event.streamId())
                .setEventNumber(event.eventNumber())
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

    static EventRecord fromProto(ClientMessages.EventRecord e) throws InvalidProtocolBufferException {
        return new EventRecord(e.getEventStreamId(), e.getEventNumber(), Wire.id(e.getEventId()),
                e.getEventType(), e.getDataContentType(), e.getMetadataContentType(),
                e.getData().toByteArray(), e.hasMetadata() ? e.getMetadata().toByteArray() : null,
                e.hasCreated() ? e.getCreated() : null, e.hasCreatedEpoch() ? e.getCreatedEpoch() : null);
    }

    /** Always a message: a null event, or one without parts, is written empty as the server does. */
    static ClientMessages.ResolvedIndexedEvent toProto(ResolvedIndexedEvent event) {
        if (event == null || event.event() == null && event.link() == null) {
            return EMPTY_INDEXED;
        }
        ClientMessages.ResolvedIndexedEvent.Builder b = ClientMessages.ResolvedIndexedEvent.newBuilder();
        if (event.event() != null) {
            b.setEvent(toProto(event.event()));
        }
        if (event.link() != null) {
            b.setLink(toProto(event.link()));
        }
        return b.build();
    }

    static ResolvedIndexedEvent fromProto(ClientMessages.ResolvedIndexedEvent e) throws InvalidProtocolBufferException {
        return new ResolvedIndexedEvent(e.hasEvent() ? fromProto(e.getEvent()) : null,
                e.hasLink() ? fromProto(e.getLink()) : null);
    }

    static List<ResolvedIndexedEvent> fromProtoIndexed(List<ClientMessages.ResolvedIndexedEvent> events)
            throws InvalidProtocolBufferException {
        ResolvedIndexedEvent[] out = new ResolvedIndexedEvent[events.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fromProto(events.get(i));
        }
        return List.of(out);
    }

    static ClientMessages.ResolvedEvent toProto(ResolvedEvent event) {
        ClientMessages.ResolvedEvent.Builder b = ClientMessages.ResolvedEvent.newBuilder()
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

    static ResolvedEvent fromProto(ClientMessages.ResolvedEvent e) throws InvalidProtocolBufferException {
        return new ResolvedEvent(e.hasEvent() ? fromProto(e.getEvent()) : null,
                e.hasLink() ? fromProto(e.getLink()) : null, e.getCommitPosition(), e.getPreparePosition());
    }

    static List<ResolvedEvent> fromProtoResolved(List<ClientMessages.ResolvedEvent> events)
            throws InvalidProtocolBufferException {
        ResolvedEvent[] out = new ResolvedEvent[events.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fromProto(events.get(i));
        }
        return List.of(out);
    }
}
