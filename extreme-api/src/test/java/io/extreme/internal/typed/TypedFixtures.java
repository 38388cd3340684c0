package io.extreme.internal.typed;

import io.extreme.event.Direction;
import io.extreme.event.ReadStatus;
import io.extreme.event.RecordedEvent;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.typed.EventType;
import io.extreme.typed.SerializationSettings;
import io.extreme.typed.UndecodableEvents;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** The events of the typed API's tests: a shop's order stream, and raw events as the server would send them. */
final class TypedFixtures {
    static final String STREAM = "order-42";

    /** Two levels of sealed interfaces, so reads find their records without registration. */
    sealed interface OrderEvent permits OrderPlaced, OrderShipped, Refund {
    }

    record OrderPlaced(String order, int total) implements OrderEvent {
    }

    @EventType("order-shipped")
    record OrderShipped(String order) implements OrderEvent {
    }

    sealed interface Refund extends OrderEvent permits RefundIssued, RefundDenied {
    }

    record RefundIssued(String order, long cents) implements Refund {
    }

    record RefundDenied(String order, String reason) implements Refund {
    }

    /** Metadata. */
    record Audit(String user) {
    }

    /** Outside the order hierarchy. */
    record Unrelated(String note) {
    }

    private TypedFixtures() {
    }

    /** The typed API's serialization with the text serializer claiming JSON or not. */
    static Serialization serialization(boolean json, UndecodableEvents policy) {
        return Serialization.of(SerializationSettings.DEFAULTS.withSerializer(new TextSerializer(json))
                .withUndecodable(policy));
    }

    /** Event {@code number} of {@link #STREAM}, flagged JSON, without metadata. */
    static ResolvedEvent event(long number, String type, String data) {
        return new ResolvedEvent(recorded(STREAM, number, type, true, data, ""), null, null);
    }

    static RecordedEvent recorded(String stream, long number, String type, boolean json, String data, String metadata) {
        return new RecordedEvent(stream, number, UUID.randomUUID(), type, json, bytes(data), bytes(metadata),
                Instant.EPOCH);
    }

    /** {@code target} reached through link {@code linkNumber} of {@code $ce-order}. */
    static ResolvedEvent linked(long linkNumber, ResolvedEvent target) {
        RecordedEvent link = recorded("$ce-order", linkNumber, "$>", false,
                target.event().eventNumber() + "@" + target.event().streamId(), "");
        return new ResolvedEvent(target.event(), link, null);
    }

    /** A forward page of {@link #STREAM} that found the end. */
    static StreamSlice slice(long nextEventNumber, ResolvedEvent... events) {
        return new StreamSlice(ReadStatus.SUCCESS, STREAM, StreamPosition.START, Direction.FORWARD, List.of(events),
                StreamPosition.of(nextEventNumber), OptionalLong.of(nextEventNumber - 1), true);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
