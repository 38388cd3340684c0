package io.extreme.benchmarks.protocol;

import io.extreme.UserCredentials;
import io.extreme.benchmarks.EventIds;
import io.extreme.benchmarks.Workload;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameDecoder;
import io.extreme.spi.FrameEncoder;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.WriteEvents;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each codec with no network: an append's frame from the client's events to the bytes a socket
 * would take, and a server's reply from the bytes a socket gave to the protocol-neutral message.
 * Run with {@code -prof gc} for the bytes allocated per operation.
 *
 * <p>Inside the measure of {@code encodeWrite1} and {@code encodeWrite100}: the append's events
 * turned into the protocol's (views of the {@link EventData}'s bytes, as the engine makes them),
 * the {@link WriteEvents}, a random correlation id, {@link ProtocolCodec#encode} with the
 * client's credentials, and the shared {@link FrameEncoder} packing the frame into its direct
 * buffer (64 KiB, as the NIO transport's) and handing it to a socket that takes every byte. The
 * {@code EventData} list (256 bytes of binary data, no metadata, distinct ids) is built before
 * the trial. Left out: the transport's queue between the caller's thread and its I/O thread,
 * and its frame-length check.
 *
 * <p>Inside the measure of {@code decodePage500} and {@code decodePush}: the server's frame
 * copied into the shared {@link FrameDecoder}'s direct buffer (64 KiB, as the transport's) a
 * bufferful at a time, as socket reads fill it, the decoder cutting out the frame (a page of
 * 500 events is larger than the buffer, so it gathers it in an array of its own, as on a real
 * connection), and {@link ProtocolCodec#decode} to the message. The measure stops at the SPI
 * message: the step on to the public {@code ResolvedEvent}s is the engine's
 * ({@code io.extreme.internal.operation.Events}), which the API module does not export.
 *
 * <p>One benchmark thread per state (every buffer here is the connection's, used by one thread).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class ProtocolBenchmarks {
    /** Events in the large append. */
    static final int BATCH = Workload.BATCH_SIZE;
    /** Events in the read page. */
    static final int PAGE = Workload.PAGE_SIZE;
    /** The event number of the pushed event. */
    static final long PUSHED_EVENT_NUMBER = 4_711;
    /** Socket writes the encoder may make per frame, as the NIO transport allows per turn. */
    private static final int MAX_WRITES = 16;

    /** The codec, by its provider's name. */
    @Param({"v3", "v4"})
    public String protocol;

    private ProtocolCodec codec;
    /** The client's credentials from its settings, made once as the settings make them. */
    private final UserCredentials credentials = UserCredentials.of("admin", "changeit");
    private String stream;
    private List<EventData> oneEvent;
    private List<EventData> hundredEvents;
    private final FrameEncoder encoder = new FrameEncoder(ByteBuffer.allocateDirect(FrameEncoder.DEFAULT_BUFFER_SIZE));
    private final DiscardingSocket socket = new DiscardingSocket();
    /** The frame the encoder is to take next; a queue of one, emptied as it is taken. */
    private Frame outgoing;
    private final FrameEncoder.Source source = this::takeOutgoing;
    /** As the NIO transport makes it: a prefix shorter than a header is refused at once. */
    private final FrameDecoder decoder = new FrameDecoder(ByteBuffer.allocateDirect(FrameDecoder.DEFAULT_BUFFER_SIZE),
            FrameFormat.HEADER, FrameFormat.DEFAULT_MAX_FRAME_LENGTH);
    private Message received;
    private final FrameDecoder.Sink sink = this::receive;
    private byte[] pageOnTheWire;
    private byte[] pushOnTheWire;

    /** The codec, the events to append, and the server's replies as bytes, once per trial. */
    @Setup(Level.Trial)
    public void prepare() {
        codec = Codecs.named(protocol);
        stream = "bench-protocol-" + UUID.randomUUID();
        EventIds ids = new EventIds();
        EventData template = Workload.template();
        oneEvent = List.of(template.withEventId(ids.next()));
        List<EventData> events = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            events.add(template.withEventId(ids.next()));
        }
        hundredEvents = List.copyOf(events);
        pageOnTheWire = ServerFrames.page(codec, stream, PAGE);
        pushOnTheWire = ServerFrames.push(codec, stream, PUSHED_EVENT_NUMBER);
    }

    /** An append of one event, to the bytes on the wire; returns the bytes the socket has taken in all. */
    @Benchmark
    public long encodeWrite1() throws IOException {
        return send(oneEvent);
    }

    /** An append of {@value Workload#BATCH_SIZE} events, to the bytes on the wire. */
    @Benchmark
    public long encodeWrite100() throws IOException {
        return send(hundredEvents);
    }

    /** A read page of {@value Workload#PAGE_SIZE} events, from the bytes on the wire to the message. */
    @Benchmark
    public ReadStreamEventsCompleted decodePage500() {
        return (ReadStreamEventsCompleted) arrive(pageOnTheWire);
    }

    /** One event pushed to a subscription, from the bytes on the wire to the message. */
    @Benchmark
    public StreamEventAppeared decodePush() {
        return (StreamEventAppeared) arrive(pushOnTheWire);
    }

    private long send(List<EventData> events) throws IOException {
        List<NewEvent> protocolEvents = new ArrayList<>(events.size());
        for (EventData e : events) {
            // As the engine turns an append's events into the protocol's: views, not copies.
            protocolEvents.add(new NewEvent(e.eventId(), e.eventType(), e.json() ? 1 : 0, 0, e.dataBuffer(),
                    e.hasMetadata() ? e.metadataBuffer() : null));
        }
        WriteEvents write = new WriteEvents(stream, ExpectedVersion.ANY.value(), protocolEvents, true);
        outgoing = codec.encode(correlationId(), credentials, write);
        if (!encoder.writeTo(socket, source, MAX_WRITES)) {
            throw new IllegalStateException("the encoder left bytes behind, though the socket takes them all");
        }
        return socket.written();
    }

    /** The bytes of one frame given to the decoder as socket reads would give them. */
    private Message arrive(byte[] wire) {
        received = null;
        for (int offset = 0; offset < wire.length; ) {
            ByteBuffer read = decoder.buffer();
            int count = Math.min(read.remaining(), wire.length - offset);
            read.put(wire, offset, count);
            offset += count;
            decoder.drain(sink);
        }
        return received;
    }

    private boolean receive(Frame frame) {
        received = codec.decode(frame);
        return true;
    }

    private Frame takeOutgoing() {
        Frame frame = outgoing;
        outgoing = null;
        return frame;
    }

    /** Random, as the engine draws a correlation id per operation. */
    private static UUID correlationId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** The socket stand-in; for tests, which have it keep what it is given. */
    DiscardingSocket socket() {
        return socket;
    }

    /** The stream of this trial's appends and reads; for tests. */
    String stream() {
        return stream;
    }

    /** The codec of this trial; for tests. */
    ProtocolCodec codec() {
        return codec;
    }
}
