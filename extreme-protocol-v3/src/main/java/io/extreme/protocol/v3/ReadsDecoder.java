package io.extreme.protocol.v3;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.v3.proto.ClientMessagesV3;
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

/** Reads the payloads of reads; the direction comes from the command byte, given by {@link V3Codec}. */
final class ReadsDecoder {
    private ReadsDecoder() {
    }

    static ReadEvent readEvent(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.ReadEvent m = Wire.parse(ClientMessagesV3.ReadEvent.parser(), payload);
        return new ReadEvent(m.getEventStreamId(), EventNumbers.fromWire(m.getEventNumber()), m.getResolveLinkTos(),
                m.getRequireMaster());
    }

    /** Never a null event: an absent or empty one reads as an event whose parts are null. */
    static ReadEventCompleted readEventCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.ReadEventCompleted m = Wire.parse(ClientMessagesV3.ReadEventCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new ReadEventCompleted(ReadEventResult.fromCode(m.getResult().getNumber()),
                EventShapes.fromProto(m.getEvent()), m.hasError() ? m.getError() : null);
    }

    static ReadStreamEvents readStreamEvents(ReadDirection direction, byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.ReadStreamEvents m = Wire.parse(ClientMessagesV3.ReadStreamEvents.parser(), payload);
        return new ReadStreamEvents(direction, m.getEventStreamId(), EventNumbers.fromWire(m.getFromEventNumber()),
                m.getMaxCount(),
                m.getResolveLinkTos(), m.getRequireMaster());
    }

    static ReadStreamEventsCompleted readStreamEventsCompleted(ReadDirection direction, byte[] payload)
            throws InvalidProtocolBufferException {
        ClientMessagesV3.ReadStreamEventsCompleted m =
                Wire.parse(ClientMessagesV3.ReadStreamEventsCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 2);
        return new ReadStreamEventsCompleted(direction, EventShapes.fromProtoIndexed(m.getEventsList()),
                ReadStreamResult.fromCode(m.getResult().getNumber()), EventNumbers.fromWire(m.getNextEventNumber()),
                EventNumbers.fromWire(m.getLastEventNumber()), m.getIsEndOfStream(), m.getLastCommitPosition(),
                m.hasError() ? m.getError() : null);
    }

    static ReadAllEvents readAllEvents(ReadDirection direction, byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.ReadAllEvents m = Wire.parse(ClientMessagesV3.ReadAllEvents.parser(), payload);
        return new ReadAllEvents(direction, m.getCommitPosition(), m.getPreparePosition(), m.getMaxCount(),
                m.getResolveLinkTos(), m.getRequireMaster());
    }

    /** An absent result stays null (the wire's default, Success, is left to the reader). */
    static ReadAllEventsCompleted readAllEventsCompleted(ReadDirection direction, byte[] payload)
            throws InvalidProtocolBufferException {
        ClientMessagesV3.ReadAllEventsCompleted m = Wire.parse(ClientMessagesV3.ReadAllEventsCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 6);
        return new ReadAllEventsCompleted(direction, m.getCommitPosition(), m.getPreparePosition(),
                EventShapes.fromProtoResolved(m.getEventsList()), m.getNextCommitPosition(),
                m.getNextPreparePosition(), m.hasResult() ? ReadAllResult.fromCode(m.getResult().getNumber()) : null,
                m.hasError() ? m.getError() : null);
    }
}
