package io.extreme.protocol.core;

import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadEventCompleted;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.ResolvedIndexedEvent;

/**
 * Payloads of reads (PROTOCOL.md §3.4). The direction of a stream or {@code $all} read is in
 * the command byte, not in the payload: {@link Encoder} picks it. Stream event numbers go through
 * the dialect; {@code $all} positions are 64-bit under both protocols.
 */
final class ReadsEncoder {
    private final Dialect dialect;
    private final EventShapes shapes;

    ReadsEncoder(Dialect dialect, EventShapes shapes) {
        this.dialect = dialect;
        this.shapes = shapes;
    }

    byte[] readEvent(ReadEvent m) {
        return ClientMessages.ReadEvent.newBuilder()
                .setEventStreamId(m.streamId())
                .setEventNumber(dialect.toWire(m.eventNumber(), "ReadEvent.event_number"))
                .setResolveLinkTos(m.resolveLinkTos())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    /** The event is always written, empty when its parts are null, as real servers do on failures. */
    byte[] readEventCompleted(ReadEventCompleted m) {
        ClientMessages.ReadEventCompleted.Builder b = ClientMessages.ReadEventCompleted.newBuilder()
                .setResult(ClientMessages.ReadEventCompleted.ReadEventResult.forNumber(m.result().code()))
                .setEvent(shapes.toProto(m.event()));
        if (m.error() != null) {
            b.setError(m.error());
        }
        return b.build().toByteArray();
    }

    byte[] readStreamEvents(ReadStreamEvents m) {
        return ClientMessages.ReadStreamEvents.newBuilder()
                .setEventStreamId(m.streamId())
                .setFromEventNumber(dialect.toWire(m.fromEventNumber(), "ReadStreamEvents.from_event_number"))
                .setMaxCount(m.maxCount())
                .setResolveLinkTos(m.resolveLinkTos())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    byte[] readStreamEventsCompleted(ReadStreamEventsCompleted m) {
        ClientMessages.ReadStreamEventsCompleted.Builder b = ClientMessages.ReadStreamEventsCompleted.newBuilder()
                .setResult(ClientMessages.ReadStreamEventsCompleted.ReadStreamResult.forNumber(m.result().code()))
                .setNextEventNumber(dialect.toWire(m.nextEventNumber(), "ReadStreamEventsCompleted.next_event_number"))
                .setLastEventNumber(dialect.toWire(m.lastEventNumber(), "ReadStreamEventsCompleted.last_event_number"))
                .setIsEndOfStream(m.endOfStream())
                .setLastCommitPosition(m.lastCommitPosition());
        for (ResolvedIndexedEvent event : m.events()) {
            b.addEvents(shapes.toProto(event));
        }
        if (m.error() != null) {
            b.setError(m.error());
        }
        return b.build().toByteArray();
    }

    byte[] readAllEvents(ReadAllEvents m) {
        return ClientMessages.ReadAllEvents.newBuilder()
                .setCommitPosition(m.commitPosition())
                .setPreparePosition(m.preparePosition())
                .setMaxCount(m.maxCount())
                .setResolveLinkTos(m.resolveLinkTos())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    /** The result is optional on the wire (absent means Success): written only when set. */
    byte[] readAllEventsCompleted(ReadAllEventsCompleted m) {
        ClientMessages.ReadAllEventsCompleted.Builder b = ClientMessages.ReadAllEventsCompleted.newBuilder()
                .setCommitPosition(m.commitPosition())
                .setPreparePosition(m.preparePosition())
                .setNextCommitPosition(m.nextCommitPosition())
                .setNextPreparePosition(m.nextPreparePosition());
        for (WireResolvedEvent event : m.events()) {
            b.addEvents(shapes.toProto(event));
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
