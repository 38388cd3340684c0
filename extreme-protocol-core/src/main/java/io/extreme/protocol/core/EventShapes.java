package io.extreme.protocol.core;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.ResolvedIndexedEvent;
import java.util.List;

/**
 * The event shapes that writes, reads and subscriptions share (PROTOCOL.md §3.2), both ways:
 * {@code toProto} for the wire, {@code fromProto} back. An event record's number goes through the
 * dialect wherever the record is (stream or {@code $all} reads, pushes), so that under v3 the
 * tombstone reads as one number.
 */
final class EventShapes {
    private static final ClientMessages.ResolvedIndexedEvent EMPTY_INDEXED =
            ClientMessages.ResolvedIndexedEvent.getDefaultInstance();

    private final Dialect dialect;

    EventShapes(Dialect dialect) {
        this.dialect = dialect;
    }

    ClientMessages.NewEvent toProto(NewEvent event) {
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

    NewEvent fromProto(ClientMessages.NewEvent e) throws InvalidProtocolBufferException {
        // Views of the parsed message's bytes: the reader copies what it keeps.
        return new NewEvent(Wire.id(e.getEventId()), e.getEventType(), e.getDataContentType(),
                e.getMetadataContentType(), e.getData().asReadOnlyByteBuffer(),
                e.hasMetadata() ? e.getMetadata().asReadOnlyByteBuffer() : null);
    }

    List<NewEvent> fromProto(List<ClientMessages.NewEvent> events) throws InvalidProtocolBufferException {
        NewEvent[] out = new NewEvent[events.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fromProto(events.get(i));
        }
        return List.of(out);
    }

    ClientMessages.EventRecord toProto(EventRecord event) {
        ClientMessages.EventRecord.Builder b = ClientMessages.EventRecord.newBuilder()
                .setEventStreamId(event.streamId())
                .setEventNumber(dialect.toWire(event.eventNumber(), "EventRecord.event_number"))
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

    EventRecord fromProto(ClientMessages.EventRecord e) throws InvalidProtocolBufferException {
        return fromProto(e, null);
    }

    /**
     * An event record; its data and metadata are copied, as the event owns them and the payload is
     * aliased. {@code names} spares repeated names within a page; null for a lone event.
     */
    private EventRecord fromProto(ClientMessages.EventRecord e, RepeatedNames names) throws InvalidProtocolBufferException {
        String stream = names == null ? e.getEventStreamId() : names.streamId(e);
        String type = names == null ? e.getEventType() : names.eventType(e);
        return new EventRecord(stream, dialect.fromWire(e.getEventNumber()), Wire.id(e.getEventId()), type,
                e.getDataContentType(), e.getMetadataContentType(), e.getData().toByteArray(),
                e.hasMetadata() ? e.getMetadata().toByteArray() : null,
                e.hasCreated() ? e.getCreated() : null, e.hasCreatedEpoch() ? e.getCreatedEpoch() : null);
    }

    /** Always a message: a null event, or one without parts, is written empty as the server does. */
    ClientMessages.ResolvedIndexedEvent toProto(ResolvedIndexedEvent event) {
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

    ResolvedIndexedEvent fromProto(ClientMessages.ResolvedIndexedEvent e) throws InvalidProtocolBufferException {
        return fromProto(e, null, null);
    }

    /** Events and links each with names of their own: a page of links alternates between two streams. */
    private ResolvedIndexedEvent fromProto(ClientMessages.ResolvedIndexedEvent e, RepeatedNames names,
                                           RepeatedNames linkNames) throws InvalidProtocolBufferException {
        return new ResolvedIndexedEvent(e.hasEvent() ? fromProto(e.getEvent(), names) : null,
                e.hasLink() ? fromProto(e.getLink(), linkNames) : null);
    }

    List<ResolvedIndexedEvent> fromProtoIndexed(List<ClientMessages.ResolvedIndexedEvent> events)
            throws InvalidProtocolBufferException {
        ResolvedIndexedEvent[] out = new ResolvedIndexedEvent[events.size()];
        RepeatedNames names = new RepeatedNames();
        RepeatedNames linkNames = new RepeatedNames();
        for (int i = 0; i < out.length; i++) {
            out[i] = fromProto(events.get(i), names, linkNames);
        }
        return List.of(out);
    }

    ClientMessages.ResolvedEvent toProto(WireResolvedEvent event) {
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

    WireResolvedEvent fromProto(ClientMessages.ResolvedEvent e) throws InvalidProtocolBufferException {
        return fromProto(e, null, null);
    }

    private WireResolvedEvent fromProto(ClientMessages.ResolvedEvent e, RepeatedNames names, RepeatedNames linkNames)
            throws InvalidProtocolBufferException {
        return new WireResolvedEvent(e.hasEvent() ? fromProto(e.getEvent(), names) : null,
                e.hasLink() ? fromProto(e.getLink(), linkNames) : null, e.getCommitPosition(), e.getPreparePosition());
    }

    List<WireResolvedEvent> fromProtoResolved(List<ClientMessages.ResolvedEvent> events)
            throws InvalidProtocolBufferException {
        WireResolvedEvent[] out = new WireResolvedEvent[events.size()];
        RepeatedNames names = new RepeatedNames();
        RepeatedNames linkNames = new RepeatedNames();
        for (int i = 0; i < out.length; i++) {
            out[i] = fromProto(events.get(i), names, linkNames);
        }
        return List.of(out);
    }
}
