package io.extreme.protocol.v3;

import io.extreme.protocol.v3.proto.ClientMessagesV3;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadEventCompleted;
import io.extreme.spi.message.ResolvedEvent;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;

/**
 * Payloads of reads (PROTOCOL.md §3.4). The direction of a stream or {@code $all} read is in
 * the command byte, not in the payload: {@link V3Codec} picks it. Stream event numbers are
 * 32-bit ({@link EventNumbers}); {@code $all} positions are 64-bit as in v4.
 */
final class ReadsEncoder {
    private ReadsEncoder() {
    }

    static byte[] readEvent(ReadEvent m) {
        return ClientMessagesV3.ReadEvent.newBuilder()
                .setEventStreamId(m.streamId())
                .setEventNumber(EventNumbers.toWire(m.eventNumber(), "ReadEvent.event_number"))
                .setResolveLinkTos(m.resolveLinkTos())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    /** The event is always written, empty when its parts are null, as real servers do on failures. */
    static byte[] readEventCompleted(ReadEventCompleted m) {
        ClientMessagesV3.ReadEventCompleted.Builder b = ClientMessagesV3.ReadEventCompleted.newBuilder()
                .setResult(ClientMessagesV3.ReadEventCompleted.ReadEventResult.forNumber(m.result().code()))
                .setEvent(EventShapes.toProto(m.event()));
        if (m.error() != null) {
            b.setError(m.error());
        }
        return b.build().toByteArray();
    }

    static byte[] readStreamEvents(ReadStreamEvents m) {
        return ClientMessagesV3.ReadStreamEvents.newBuilder()
                .setEventStreamId(m.streamId())
                .setFromEventNumber(EventNumbers.toWire(m.fromEventNumber(), "ReadStreamEvents.from_event_number"))
                .setMaxCount(m.maxCount())
                .setResolveLinkTos(m.resolveLinkTos())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    static byte[] readStreamEventsCompleted(ReadStreamEventsCompleted m) {
        ClientMessagesV3.ReadStreamEventsCompleted.Builder b = ClientMessagesV3.ReadStreamEventsCompleted.newBuilder()
                .setResult(ClientMessagesV3.ReadStreamEventsCompleted.ReadStreamResult.forNumber(m.result().code()))
                .setNextEventNumber(EventNumbers.toWire(m.nextEventNumber(), "ReadStreamEventsCompleted.next_event_number"))
                .setLastEventNumber(EventNumbers.toWire(m.lastEventNumber(), "ReadStreamEventsCompleted.last_event_number"))
                .setIsEndOfStream(m.endOfStream())
                .setLastCommitPosition(m.lastCommitPosition());
        for (ResolvedIndexedEvent event : m.events()) {
            b.addEvents(EventShapes.toProto(event));
        }
        if (m.error() != null) {
            b.setError(m.error());
        }
        return b.build().toByteArray();
    }

    static byte[] readAllEvents(ReadAllEvents m) {
        return ClientMessagesV3.ReadAllEvents.newBuilder()
                .setCommitPosition(m.commitPosition())
                .setPreparePosition(m.preparePosition())
                .setMaxCount(m.maxCount())
                .setResolveLinkTos(m.resolveLinkTos())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    /** The result is optional on the wire (absent means Success): written only when set. */
    static byte[] readAllEventsCompleted(ReadAllEventsCompleted m) {
        ClientMessagesV3.ReadAllEventsCompleted.Builder b = ClientMessagesV3.ReadAllEventsCompleted.newBuilder()
                .setCommitPosition(m.commitPosition())
                .setPreparePosition(m.preparePosition())
                .setNextCommitPosition(m.nextCommitPosition())
                .setNextPreparePosition(m.nextPreparePosition());
        for (ResolvedEvent event : m.events()) {
            b.addEvents(EventShapes.toProto(event));
        }
        if (m.result() != null) {
            b.setResult(ClientMessagesV3.ReadAllEventsCompleted.ReadAllResult.forNumber(m.result().code()));
        }
        if (m.error() != null) {
            b.setError(m.error());
        }
        return b.build().toByteArray();
    }
}
