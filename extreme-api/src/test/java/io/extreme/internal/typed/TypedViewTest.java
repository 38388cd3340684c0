package io.extreme.internal.typed;

import io.extreme.AppendOptions;
import static io.extreme.internal.fakes.Fakes.callsTo;
import static io.extreme.internal.typed.TypedFixtures.STREAM;
import static io.extreme.internal.typed.TypedFixtures.event;
import static io.extreme.internal.typed.TypedFixtures.serialization;
import static io.extreme.internal.typed.TypedFixtures.slice;
import static io.extreme.internal.typed.TypedFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.event.EventData;
import io.extreme.event.EventReadResult;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ReadStatus;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.event.WriteResult;
import io.extreme.internal.fakes.Fakes;
import io.extreme.internal.fakes.Fakes.Call;
import io.extreme.internal.typed.TypedFixtures.Audit;
import io.extreme.internal.typed.TypedFixtures.OrderEvent;
import io.extreme.internal.typed.TypedFixtures.OrderPlaced;
import io.extreme.internal.typed.TypedFixtures.OrderShipped;
import io.extreme.serialization.SerializationException;
import io.extreme.typed.EventDecodingException;
import io.extreme.typed.EventDecodingException.Problem;
import io.extreme.typed.TypedEvent;
import io.extreme.typed.TypedEventData;
import io.extreme.typed.TypedSlice;
import io.extreme.typed.UndecodableEvents;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The typed client over a fake raw client: encoding before appends, decoding after reads, the undecodable policy. */
class TypedViewTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Fakes.Answer> answers = new ConcurrentHashMap<>(Map.of(
            "settings", args -> ExtremeSettings.defaults(),
            "append", args -> CompletableFuture.completedFuture(new WriteResult(1, null))));
    private final ExtremeClient client = Fakes.fake(ExtremeClient.class, calls, answers);

    /** Placed, a type nothing maps, shipped; the page says the next read starts at 3. */
    private final StreamSlice page = slice(3, event(0, "OrderPlaced", "OrderPlaced|order=42|total=7"),
            event(1, "Mystery", "Mystery|x=1"), event(2, "order-shipped", "OrderShipped|order=42"));

    private TypedView view(UndecodableEvents policy) {
        return new TypedView(client, serialization(true, policy));
    }

    @Test
    void appendEncodesEveryEventAndSendsOneWrite() {
        WriteResult result = view(UndecodableEvents.FAIL).append(STREAM, List.of(new OrderPlaced("42", 7), TypedEventData.of(new OrderShipped("42")).withMetadata(new Audit("alice"))), AppendOptions.expecting(ExpectedVersion.NO_STREAM))
                .join();
        assertThat(result.nextExpectedVersion()).isEqualTo(1);

        List<Call> appends = callsTo(calls, "append");
        assertThat(appends).hasSize(1);
        assertThat(appends.get(0).arg(0)).isEqualTo(STREAM);
        assertThat(((AppendOptions) appends.get(0).arg(2)).expectedVersion()).isEqualTo(ExpectedVersion.NO_STREAM);
        @SuppressWarnings("unchecked")
        List<EventData> sent = (List<EventData>) appends.get(0).arg(1);
        assertThat(sent).extracting(EventData::eventType).containsExactly("OrderPlaced", "order-shipped");
        assertThat(sent).allMatch(EventData::json);
        assertThat(text(sent.get(0).data())).isEqualTo("OrderPlaced|order=42|total=7");
        assertThat(text(sent.get(1).metadata())).isEqualTo("Audit|user=alice");
    }

    @Test
    void anEncodeFailureFailsTheAppendAndSendsNothing() {
        CompletableFuture<WriteResult> append = view(UndecodableEvents.FAIL).append(STREAM, new OrderPlaced("42", 7), new Object());
        assertThat(append).failsWithin(WAIT).withThrowableThat().havingCause()
                .isInstanceOf(SerializationException.class).withMessageContaining("java.lang.Object");
        assertThat(callsTo(calls, "append")).isEmpty();
    }

    @Test
    void readsDecodeBothWaysAndResolveLinks() {
        StreamSlice decodable = slice(2, event(0, "OrderPlaced", "OrderPlaced|order=42|total=7"),
                event(1, "order-shipped", "OrderShipped|order=42"));
        answers.put("readStreamSlice", args -> CompletableFuture.completedFuture(decodable));
        TypedView view = view(UndecodableEvents.FAIL);

        TypedSlice<OrderEvent> forward = view.readStreamSlice(STREAM, StreamPosition.of(0), ReadOptions.forward().withPageSize(10), OrderEvent.class).join();
        TypedSlice<OrderEvent> backward = view.readStreamSlice(STREAM, StreamPosition.of(1), ReadOptions.backward().withPageSize(10), OrderEvent.class).join();
        for (TypedSlice<OrderEvent> read : List.of(forward, backward)) {
            assertThat(read.data()).containsExactly(new OrderPlaced("42", 7), new OrderShipped("42"));
            assertThat(read.raw()).isSameAs(decodable);
        }
        List<Call> reads = callsTo(calls, "readStreamSlice");
        assertThat(reads.get(0).args()).containsExactly(STREAM, StreamPosition.of(0),
                ReadOptions.forward().withPageSize(10).withResolveLinkTos(true));
        assertThat(reads.get(1).args()).containsExactly(STREAM, StreamPosition.of(1),
                ReadOptions.backward().withPageSize(10).withResolveLinkTos(true));
    }

    @Test
    void failFailsTheRead() {
        answers.put("readStreamSlice", args -> CompletableFuture.completedFuture(page));
        assertThat(view(UndecodableEvents.FAIL).readStreamSlice(STREAM, StreamPosition.of(0), ReadOptions.forward().withPageSize(10), OrderEvent.class))
                .failsWithin(WAIT).withThrowableThat().havingCause().isInstanceOfSatisfying(
                        EventDecodingException.class, e -> assertThat(e.eventNumber()).isEqualTo(1));
    }

    @Test
    void deliverRawKeepsTheEventUndecodedWithItsFailure() {
        answers.put("readStreamSlice", args -> CompletableFuture.completedFuture(page));
        TypedSlice<OrderEvent> read = view(UndecodableEvents.DELIVER_RAW).readStreamSlice(STREAM, StreamPosition.of(0), ReadOptions.forward().withPageSize(10), OrderEvent.class)
                .join();
        assertThat(read.events()).hasSize(3);
        TypedEvent<OrderEvent> mystery = read.events().get(1);
        assertThat(mystery.isDecoded()).isFalse();
        assertThat(mystery.data()).isNull();
        assertThat(mystery.raw()).isSameAs(page.events().get(1));
        assertThat(mystery.failure().problem()).isEqualTo(Problem.UNKNOWN_TYPE);
        assertThat(mystery.eventType()).isEqualTo("Mystery");
        assertThat(read.data()).containsExactly(new OrderPlaced("42", 7), new OrderShipped("42"));
    }

    @Test
    void skipLeavesTheEventOutButNotItsNumber() {
        answers.put("readStreamSlice", args -> CompletableFuture.completedFuture(page));
        TypedSlice<OrderEvent> read = view(UndecodableEvents.SKIP).readStreamSlice(STREAM, StreamPosition.of(0), ReadOptions.forward().withPageSize(10), OrderEvent.class)
                .join();
        assertThat(read.events()).extracting(TypedEvent::eventNumber).containsExactly(0L, 2L);
        assertThat(read.next()).isEqualTo(StreamPosition.of(3));
        assertThat(read.isEndOfStream()).isTrue();
    }

    @Test
    void readEventDecodesOrIsEmpty() {
        ResolvedEvent shipped = event(2, "order-shipped", "OrderShipped|order=42");
        ResolvedEvent mystery = event(1, "Mystery", "Mystery|x=1");
        answers.put("readEvent", args -> CompletableFuture.completedFuture(switch ((int) ((StreamPosition) args[1]).eventNumber()) {
            case 2 -> new EventReadResult(ReadStatus.SUCCESS, STREAM, StreamPosition.of(2), shipped);
            case 1 -> new EventReadResult(ReadStatus.SUCCESS, STREAM, StreamPosition.of(1), mystery);
            default -> new EventReadResult(ReadStatus.NOT_FOUND, STREAM, (StreamPosition) args[1], null);
        }));
        TypedView skipping = view(UndecodableEvents.SKIP);

        Optional<TypedEvent<OrderEvent>> found = skipping.readEvent(STREAM, StreamPosition.of(2), ReadOptions.DEFAULTS, OrderEvent.class).join();
        assertThat(found).get().extracting(TypedEvent::data).isEqualTo(new OrderShipped("42"));
        assertThat(skipping.readEvent(STREAM, StreamPosition.of(9), ReadOptions.DEFAULTS, OrderEvent.class).join()).isEmpty();
        assertThat(skipping.readEvent(STREAM, StreamPosition.of(1), ReadOptions.DEFAULTS, OrderEvent.class).join()).as("skipped").isEmpty();
        assertThat(view(UndecodableEvents.FAIL).readEvent(STREAM, StreamPosition.of(1), ReadOptions.DEFAULTS, OrderEvent.class)).failsWithin(WAIT)
                .withThrowableThat().havingCause().isInstanceOf(EventDecodingException.class);
        assertThat(callsTo(calls, "readEvent")).allMatch(call -> ((ReadOptions) call.arg(2)).resolveLinkTos());
    }

    @Test
    void decodeIgnoresThePolicy() {
        TypedView skipping = view(UndecodableEvents.SKIP);
        assertThat(skipping.encode(new OrderPlaced("42", 7)).eventType()).isEqualTo("OrderPlaced");
        assertThatThrownBy(() -> skipping.decode(event(1, "Mystery", "x"), OrderEvent.class))
                .isInstanceOf(EventDecodingException.class);
        assertThat(skipping.serializer()).isInstanceOf(TextSerializer.class);
        assertThat(skipping.serialization().undecodable()).isEqualTo(UndecodableEvents.SKIP);
    }
}
