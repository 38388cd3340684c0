package io.extreme.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.DeleteStreamCompleted;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadEventCompleted;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One engine with a hand-moved clock and a capturing session, and short ways to send the
 * requests tests use. Each request gets a fresh correlation id and exactly one reply.
 */
final class EngineHarness {
    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final EventStoreEngine engine = new EventStoreEngine(clock);
    final CapturingSession session;
    final Principal admin = engine.authenticate("admin", "changeit").orElseThrow();
    final Principal ops = engine.authenticate("ops", "changeit").orElseThrow();

    /** A harness whose requests are answered as EventStore 4.1.4 answers them. */
    EngineHarness() {
        this(ServerGeneration.V4);
    }

    /** A harness whose requests are answered as {@code generation} answers them. */
    EngineHarness(ServerGeneration generation) {
        session = new CapturingSession(generation);
    }

    /** A fresh stream name, as every transcript uses. */
    static String stream(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A binary event with text data. */
    static NewEvent event(UUID id, String data) {
        return new NewEvent(id, "type", 0, 0, data.getBytes(StandardCharsets.UTF_8), null);
    }

    /** A JSON event. */
    static NewEvent json(UUID id, String type, String json) {
        return new NewEvent(id, type, 1, 0, json.getBytes(StandardCharsets.UTF_8), null);
    }

    static NewEvent event(String data) {
        return event(UUID.randomUUID(), data);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Sends {@code request} anonymously and returns the single reply. */
    <T extends Message> T ask(Message request) {
        return ask(Principal.ANONYMOUS, request);
    }

    @SuppressWarnings("unchecked")
    <T extends Message> T ask(Principal principal, Message request) {
        UUID correlationId = UUID.randomUUID();
        assertThat(engine.handle(session, correlationId, principal, request)).as("handled").isTrue();
        List<Message> replies = session.messagesFor(correlationId);
        assertThat(replies).as("replies to %s", request).hasSize(1);
        return (T) replies.get(0);
    }

    WriteEventsCompleted append(String streamId, long expectedVersion, NewEvent... events) {
        return append(Principal.ANONYMOUS, streamId, expectedVersion, events);
    }

    WriteEventsCompleted append(Principal principal, String streamId, long expectedVersion, NewEvent... events) {
        return ask(principal, new WriteEvents(streamId, expectedVersion, List.of(events), true));
    }

    /** Writes {@code json} as the stream's metadata (as admin, who may always). */
    WriteEventsCompleted setMetadata(String streamId, String json) {
        return append(admin, SystemNames.metastreamOf(streamId), SystemNames.ANY,
                json(UUID.randomUUID(), "$metadata", json));
    }

    DeleteStreamCompleted delete(String streamId, long expectedVersion, boolean hard) {
        return ask(new DeleteStream(streamId, expectedVersion, true, hard ? Boolean.TRUE : null));
    }

    ReadStreamEventsCompleted forward(String streamId, long from, int maxCount) {
        return ask(new ReadStreamEvents(ReadDirection.FORWARD, streamId, from, maxCount, false, true));
    }

    ReadStreamEventsCompleted backward(String streamId, long from, int maxCount) {
        return ask(new ReadStreamEvents(ReadDirection.BACKWARD, streamId, from, maxCount, false, true));
    }

    ReadEventCompleted readEvent(String streamId, long eventNumber) {
        return ask(new ReadEvent(streamId, eventNumber, false, true));
    }

    ReadAllEventsCompleted readAll(ReadDirection direction, long commit, long prepare, int maxCount) {
        return ask(admin, new ReadAllEvents(direction, commit, prepare, maxCount, false, true));
    }

    /** The event numbers of a stream slice, in the order returned. */
    static List<Long> numbers(ReadStreamEventsCompleted slice) {
        return slice.events().stream().map(e -> e.event().eventNumber()).toList();
    }

    /** The {@code $all} events of the given stream only, as the transcripts filter them. */
    static List<WireResolvedEvent> only(ReadAllEventsCompleted page, String... streams) {
        List<String> wanted = List.of(streams);
        return page.events().stream().filter(e -> wanted.contains(e.event().streamId())).toList();
    }
}
