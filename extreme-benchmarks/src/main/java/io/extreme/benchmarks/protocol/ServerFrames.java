package io.extreme.benchmarks.protocol;

import io.extreme.benchmarks.Workload;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.WireResolvedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The replies a server sends, as bytes on the wire (length prefix included), encoded once before
 * a trial with the same codec the client decodes them with, as the testkit's server does. Event
 * records carry what a real server sets (PROTOCOL.md §9): both content types, metadata present
 * and empty, {@code created} in .NET ticks and {@code created_epoch} in Unix milliseconds.
 */
final class ServerFrames {
    /** .NET ticks (100 ns since 0001-01-01) at the Unix epoch. */
    private static final long TICKS_AT_UNIX_EPOCH = 621_355_968_000_000_000L;
    private static final Instant CREATED = Instant.parse("2026-12-08T00:00:00.123456700Z");
    private static final byte[] NO_METADATA = new byte[0];
    /** Bytes a real server's log gives each event of this size, for plausible positions. */
    private static final long BYTES_PER_EVENT = 400;

    private ServerFrames() {
    }

    /**
     * A forward read's page of {@code count} events from event number 0, in a stream longer than
     * the page (so not its end), as the server answers {@code readStreamSlice}.
     */
    static byte[] page(ProtocolCodec codec, String stream, int count) {
        List<ResolvedIndexedEvent> events = new ArrayList<>(count);
        for (int number = 0; number < count; number++) {
            events.add(new ResolvedIndexedEvent(record(stream, number), null));
        }
        long last = 10L * count - 1;
        return wire(codec, new ReadStreamEventsCompleted(ReadDirection.FORWARD, events, ReadStreamResult.SUCCESS,
                count, last, false, (last + 1) * BYTES_PER_EVENT, null));
    }

    /** One event pushed to a volatile subscription, with its position in the log. */
    static byte[] push(ProtocolCodec codec, String stream, long eventNumber) {
        long position = eventNumber * BYTES_PER_EVENT;
        return wire(codec, new StreamEventAppeared(new WireResolvedEvent(record(stream, eventNumber), null,
                position, position)));
    }

    private static EventRecord record(String stream, long number) {
        return new EventRecord(stream, number, new UUID(0x5EED, number), Workload.EVENT_TYPE, 0, 0,
                Workload.payload(), NO_METADATA, TICKS_AT_UNIX_EPOCH + CREATED.getEpochSecond() * 10_000_000L
                + CREATED.getNano() / 100, CREATED.toEpochMilli());
    }

    /** A server's reply carries no credentials. */
    private static byte[] wire(ProtocolCodec codec, Message message) {
        Frame frame = codec.encode(UUID.randomUUID(), null, message);
        return FrameFormat.toBytes(frame);
    }
}
