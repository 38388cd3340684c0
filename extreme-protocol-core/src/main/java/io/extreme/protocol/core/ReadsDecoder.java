package io.extreme.protocol.core;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadAllResult;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadEventCompleted;
import io.extreme.spi.message.ReadEventResult;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;

/** Reads the payloads of reads; the direction comes from the command byte, given by {@link Decoder}. */
final class ReadsDecoder {
    private final Dialect dialect;
    private final EventShapes shapes;
    private final EventPages pages;

    ReadsDecoder(Dialect dialect, EventShapes shapes, EventPages pages) {
        this.dialect = dialect;
        this.shapes = shapes;
        this.pages = pages;
    }

    ReadEvent readEvent(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.ReadEvent m = Wire.parse(ClientMessages.ReadEvent.parser(), payload);
        return new ReadEvent(m.getEventStreamId(), dialect.fromWire(m.getEventNumber()), m.getResolveLinkTos(),
                m.getRequireMaster());
    }

    /** Never a null event: an absent or empty one reads as an event whose parts are null. */
    ReadEventCompleted readEventCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.ReadEventCompleted m = Wire.parse(ClientMessages.ReadEventCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new ReadEventCompleted(ReadEventResult.fromCode(m.getResult().getNumber()),
                shapes.fromProto(m.getEvent()), m.hasError() ? m.getError() : null);
    }

    ReadStreamEvents readStreamEvents(ReadDirection direction, byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.ReadStreamEvents m = Wire.parse(ClientMessages.ReadStreamEvents.parser(), payload);
        return new ReadStreamEvents(direction, m.getEventStreamId(), dialect.fromWire(m.getFromEventNumber()),
                m.getMaxCount(),
                m.getResolveLinkTos(), m.getRequireMaster());
    }

    ReadStreamEventsCompleted readStreamEventsCompleted(ReadDirection direction, byte[] payload)
            throws InvalidProtocolBufferException {
        ReadStreamEventsCompleted page = pages.readStreamEventsCompleted(direction, payload);
        return page != null ? page : parseReadStreamEventsCompleted(direction, payload);
    }

    /** With the generated parser: for a page {@link EventPages} leaves to it. */
    ReadStreamEventsCompleted parseReadStreamEventsCompleted(ReadDirection direction, byte[] payload)
            throws InvalidProtocolBufferException {
        ClientMessages.ReadStreamEventsCompleted m =
                Wire.parse(ClientMessages.ReadStreamEventsCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 2);
        return new ReadStreamEventsCompleted(direction, shapes.fromProtoIndexed(m.getEventsList()),
                ReadStreamResult.fromCode(m.getResult().getNumber()), dialect.fromWire(m.getNextEventNumber()),
                dialect.fromWire(m.getLastEventNumber()), m.getIsEndOfStream(), m.getLastCommitPosition(),
                m.hasError() ? m.getError() : null);
    }

    ReadAllEvents readAllEvents(ReadDirection direction, byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.ReadAllEvents m = Wire.parse(ClientMessages.ReadAllEvents.parser(), payload);
        return new ReadAllEvents(direction, m.getCommitPosition(), m.getPreparePosition(), m.getMaxCount(),
                m.getResolveLinkTos(), m.getRequireMaster());
    }

    /** An absent result stays null (the wire's default, Success, is left to the reader). */
    ReadAllEventsCompleted readAllEventsCompleted(ReadDirection direction, byte[] payload)
            throws InvalidProtocolBufferException {
        ReadAllEventsCompleted page = pages.readAllEventsCompleted(direction, payload);
        return page != null ? page : parseReadAllEventsCompleted(direction, payload);
    }

    /** With the generated parser: for a page {@link EventPages} leaves to it. */
    ReadAllEventsCompleted parseReadAllEventsCompleted(ReadDirection direction, byte[] payload)
            throws InvalidProtocolBufferException {
        ClientMessages.ReadAllEventsCompleted m = Wire.parse(ClientMessages.ReadAllEventsCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 6);
        return new ReadAllEventsCompleted(direction, m.getCommitPosition(), m.getPreparePosition(),
                shapes.fromProtoResolved(m.getEventsList()), m.getNextCommitPosition(),
                m.getNextPreparePosition(), m.hasResult() ? ReadAllResult.fromCode(m.getResult().getNumber()) : null,
                m.hasError() ? m.getError() : null);
    }
}
