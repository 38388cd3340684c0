package io.extreme.protocol.v4;

import io.extreme.protocol.v4.proto.ClientMessages;
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
 * the command byte, not in the payload: {@link V4Codec} picks it.
 */
final class ReadsEncoder {
    private ReadsEncoder() {
    }

    static byte[] readEvent(ReadEvent m) {
        return ClientMessages.ReadEvent.newBuilder()
                .setEventStreamId(m.streamId())
                .setEventNumber(m.eventNumber())
                .setResolveLinkTos(m.resolveLinkTos())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    /** The event is always written, empty when its parts are null, as real servers do on failures. */
    static byte[] readEventCompleted(ReadEventCompleted m) {
        ClientMessages.ReadEventCompleted.Builder b = ClientMessages.ReadEventCompleted.newBuilder()
                .setResult(ClientMessages.ReadEventCompleted.ReadEventResult.forNumber(m.result().code()))
                .setEvent(EventShapes.toProto(m.event()));
        if (m.error() != null) {
            b.setError(m.error());
        }
        return b.build().toByteArray();
    }

    static byte[] readStreamEvents(ReadStreamEvents m) {
        return ClientMessages.ReadStreamEvents.newBuilder()
                .setEventStreamId(m.streamId())
                .setFromEventNumber(m.fromEventNumber())
                .setMaxCount(m.maxCount())
                .setResolveLinkTos(m.resolveLinkTos())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    static byte[] readStreamEventsCompleted(ReadStreamEventsCompleted m) {
        ClientMessages.ReadStreamEventsCompleted.Builder b = ClientMessages.ReadStreamEventsCompleted.newBuilder()
                .setResult(ClientMessages.ReadStreamEventsCompleted.ReadStreamResult.forNumber(m.result().code()))
                .setNextEventNumber(m.nextEventNumber())
                .setLastEventNumber(m.lastEventNumber())
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
        return ClientMessages.ReadAllEvents.newBuilder()
                .setCommitPosition(m.commitPosition())
                .setPreparePosition(m.preparePosition())
                .setMaxCount(m.maxCount())
                .setResolveLinkTos(m.resolveLinkTos())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    /** The result is optional on the wire (absent means Success): written only when set. */
    static byte[] readAllEventsCompleted(ReadAllEventsCompleted m) {
        ClientMessages.ReadAllEventsCompleted.Builder b = ClientMessages.ReadAllEventsCompleted.newBuilder()
                .setCommitPosition(m.commitPosition())
                .setPreparePosition(m.preparePosition())
                .setNextCommitPosition(m.nextCommitPosition())
                .setNextPreparePosition(m.nextPreparePosition());
        for (ResolvedEvent event : m.events()) {
            b.addEvents(EventShapes.toProto(event));
        }
        if (m.result() != null) {
            b.setResult(ClientMessages.ReadAllEventsCompleted.ReadAllResult.forNumber(m.result().code()));
        }
        if (m.error() != null) {
            b.setError(m.error());
        }
        return b.build().toByteArray();
    }
}
