package io.extreme.internal.typed;

import static io.extreme.internal.typed.TypedFixtures.STREAM;
import static io.extreme.internal.typed.TypedFixtures.bytes;
import static io.extreme.internal.typed.TypedFixtures.event;
import static io.extreme.internal.typed.TypedFixtures.recorded;
import static io.extreme.internal.typed.TypedFixtures.serialization;
import static io.extreme.internal.typed.TypedFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.typed.TypedFixtures.Audit;
import io.extreme.internal.typed.TypedFixtures.OrderEvent;
import io.extreme.internal.typed.TypedFixtures.OrderPlaced;
import io.extreme.internal.typed.TypedFixtures.OrderShipped;
import io.extreme.internal.typed.TypedFixtures.Refund;
import io.extreme.internal.typed.TypedFixtures.RefundDenied;
import io.extreme.internal.typed.TypedFixtures.RefundIssued;
import io.extreme.internal.typed.TypedFixtures.Unrelated;
import io.extreme.serialization.SerializationException;
import io.extreme.typed.EventDecodingException;
import io.extreme.typed.EventDecodingException.Problem;
import io.extreme.typed.EventTypeMapping;
import io.extreme.typed.EventTypeRegistry;
import io.extreme.typed.SerializationSettings;
import io.extreme.typed.TypedEvent;
import io.extreme.typed.TypedEventData;
import io.extreme.typed.UndecodableEvents;
import java.util.UUID;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Objects to event data and back: the encode and decode rules of the typed API, without a client. */
class SerializationTest {
    private final Serialization json = serialization(true, UndecodableEvents.FAIL);
    private final Serialization binary = serialization(false, UndecodableEvents.FAIL);

    @Test
    void encodeTakesTheTypeFromTheMappingAndTheJsonFlagFromTheSerializer() {
        EventData placed = json.encode(new OrderPlaced("42", 7));
        assertThat(placed.eventType()).isEqualTo("OrderPlaced");
        assertThat(placed.json()).isTrue();
        assertThat(text(placed.data())).isEqualTo("OrderPlaced|order=42|total=7");
        assertThat(placed.metadata()).isEmpty();
        assertThat(json.encode(new OrderShipped("42")).eventType()).isEqualTo("order-shipped");
        assertThat(binary.encode(new OrderShipped("42")).json()).isFalse();

        Serialization registered = Serialization.of(SerializationSettings.DEFAULTS.withSerializer(new TextSerializer(true))
                .withEventTypes(new EventTypeRegistry().register(OrderPlaced.class, "placed.v1")));
        assertThat(registered.encode(new OrderPlaced("42", 7)).eventType()).isEqualTo("placed.v1");
        assertThatThrownBy(() -> registered.encode(new OrderShipped("42")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(OrderShipped.class.getName());
    }

    @Test
    void idsAreRandomUnlessGiven() {
        UUID given = UUID.randomUUID();
        EventData first = json.encode(new OrderShipped("42"));
        EventData second = json.encode(new OrderShipped("42"));
        assertThat(first.eventId()).isNotNull().isNotEqualTo(second.eventId());
        assertThat(json.encode(TypedEventData.of(new OrderShipped("42")).withEventId(given)).eventId()).isEqualTo(given);
    }

    @Test
    void metadataIsSerializedAndAGivenEventTypeWins() {
        EventData data = json.encode(TypedEventData.of(new OrderPlaced("42", 7)).withMetadata(new Audit("alice"))
                .withEventType("legacy-placed"));
        assertThat(data.eventType()).isEqualTo("legacy-placed");
        assertThat(text(data.data())).isEqualTo("OrderPlaced|order=42|total=7");
        assertThat(text(data.metadata())).isEqualTo("Audit|user=alice");
    }

    @Test
    void bytesPassRawAndAreCopied() {
        byte[] raw = {0, 1, 2, (byte) 0xff};
        EventData data = binary.encode(TypedEventData.of(raw).withEventType("blob").withMetadata(new byte[] {9}));
        assertThat(data.data()).containsExactly(raw).isNotSameAs(raw);
        assertThat(data.metadata()).containsExactly(9);
        assertThat(data.eventType()).isEqualTo("blob");
    }

    @Test
    void rawBytesNeedATypeAndAreNeverFlaggedJson() {
        assertThatThrownBy(() -> json.encode(new byte[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("withEventType");
        assertThat(json.encode(TypedEventData.of(new byte[] {1}).withEventType("blob")).json()).isFalse();
    }

    @Test
    void aSealedInterfaceFindsItsPermittedRecordsWithoutRegistration() {
        assertThat(json.decode(event(0, "OrderPlaced", "OrderPlaced|order=42|total=7"), OrderEvent.class).data())
                .isEqualTo(new OrderPlaced("42", 7));
        assertThat(json.decode(event(1, "order-shipped", "OrderShipped|order=42"), OrderEvent.class).data())
                .isEqualTo(new OrderShipped("42"));
        assertThat(json.decode(event(2, "OrderPlaced", "OrderPlaced|order=42|total=7"), OrderPlaced.class).data())
                .isEqualTo(new OrderPlaced("42", 7));
    }

    @Test
    void nestedSealedHierarchiesAreSearched() {
        ResolvedEvent refund = event(3, "RefundIssued", "RefundIssued|order=42|cents=700");
        assertThat(json.decode(refund, OrderEvent.class).data()).isEqualTo(new RefundIssued("42", 700));
        assertThat(json.decode(refund, Refund.class).data()).isEqualTo(new RefundIssued("42", 700));
        assertThat(json.decode(event(4, "RefundDenied", "RefundDenied|order=42|reason=late"), Refund.class).data())
                .isEqualTo(new RefundDenied("42", "late"));
        assertProblem(() -> json.decode(event(5, "OrderPlaced", "OrderPlaced|order=42|total=7"), Refund.class),
                Problem.UNKNOWN_TYPE);
    }

    @Test
    void aMappedClassThatIsNotTheOneAskedForIsAnUnknownType() {
        Serialization mapped = Serialization.of(SerializationSettings.DEFAULTS.withSerializer(new TextSerializer(true))
                .withEventTypes(EventTypeMapping.annotated(Unrelated.class)));
        assertProblem(() -> mapped.decode(event(0, "Unrelated", "Unrelated|note=x"), OrderEvent.class), Problem.UNKNOWN_TYPE)
                .hasMessageContaining(Unrelated.class.getName()).hasMessageContaining(OrderEvent.class.getName());
        assertThat(mapped.decode(event(0, "Unrelated", "Unrelated|note=x"), Object.class).data())
                .isEqualTo(new Unrelated("x"));
    }

    @Test
    void aTypeNothingMapsIsAnUnknownType() {
        assertProblem(() -> json.decode(event(0, "Mystery", "Mystery|x=1"), OrderEvent.class), Problem.UNKNOWN_TYPE)
                .hasMessageContaining("no class is mapped");
        // Asked for Object, no type is unknown: the serializer reads what it finds.
        assertThat(json.decode(event(0, "Mystery", "Mystery|x=1"), Object.class).isDecoded()).isTrue();
    }

    @Test
    void dataInAFormatTheSerializerDoesNotReadIsTheWrongContentType() {
        assertProblem(() -> binary.decode(event(0, "order-shipped", "OrderShipped|order=42"), OrderShipped.class),
                Problem.WRONG_CONTENT_TYPE).hasMessageContaining("application/octet-stream");
        ResolvedEvent notJson = new ResolvedEvent(recorded(STREAM, 1, "order-shipped", false, "OrderShipped|order=42", ""),
                null, null);
        assertProblem(() -> json.decode(notJson, OrderEvent.class), Problem.WRONG_CONTENT_TYPE);
    }

    @Test
    void bytesTheSerializerRefusesAreCorruptDataNamingTheEvent() {
        assertProblem(() -> json.decode(event(5, "OrderPlaced", "garbage"), OrderEvent.class), Problem.CORRUPT_DATA)
                .hasMessageContaining("5@order-42").hasMessageContaining("'OrderPlaced'")
                .hasMessageContaining("garbage").hasCauseInstanceOf(SerializationException.class)
                .satisfies(e -> {
                    assertThat(e.streamId()).isEqualTo(STREAM);
                    assertThat(e.eventNumber()).isEqualTo(5);
                    assertThat(e.eventType()).isEqualTo("OrderPlaced");
                });
    }

    @Test
    void metadataIsReadAsTheSettingsClassAndRefusedMetadataIsCorrupt() {
        Serialization audited = Serialization.of(SerializationSettings.DEFAULTS.withSerializer(new TextSerializer(true))
                .withMetadataType(Audit.class));
        ResolvedEvent good = new ResolvedEvent(recorded(STREAM, 0, "order-shipped", true, "OrderShipped|order=42",
                "Audit|user=alice"), null, null);
        TypedEvent<OrderEvent> decoded = audited.decode(good, OrderEvent.class);
        assertThat(decoded.metadata(Audit.class)).isEqualTo(new Audit("alice"));
        assertThat(decoded.isDecoded()).isTrue();

        ResolvedEvent bad = new ResolvedEvent(recorded(STREAM, 1, "order-shipped", true, "OrderShipped|order=42",
                "nonsense"), null, null);
        TypedEvent<OrderEvent> dataOnly = audited.decode(bad, OrderEvent.class);
        assertThat(dataOnly.isDecoded()).as("unreadable metadata does not cost the data").isTrue();
        assertThat(dataOnly.metadata()).isNull();
        assertProblem(() -> audited.metadata(bad, Audit.class), Problem.CORRUPT_METADATA)
                .hasMessageContaining("1@order-42");
        assertThat(audited.metadata(good, Audit.class)).contains(new Audit("alice"));
        assertThat(audited.metadata(bad, byte[].class)).hasValueSatisfying(bytes -> assertThat(text(bytes)).isEqualTo("nonsense"));
    }

    @Test
    void noMetadataIsNullMetadata() {
        TypedEvent<OrderEvent> decoded = json.decode(event(0, "order-shipped", "OrderShipped|order=42"), OrderEvent.class);
        assertThat(decoded.metadata()).isNull();
        assertThat(decoded.failure()).isNull();
    }

    @Test
    void askingForBytesGivesTheRawDataWhateverTheTypeOrFormat() {
        ResolvedEvent blob = new ResolvedEvent(recorded(STREAM, 0, "Mystery", false, "\u0000raw", "m"), null, null);
        TypedEvent<byte[]> raw = json.decode(blob, byte[].class);
        assertThat(raw.data()).containsExactly(bytes("\u0000raw")).isNotSameAs(blob.event().data());
        assertThat(raw.isDecoded()).isTrue();
    }

    @Test
    void objectAskedForWithAMappedTypeGivesTheMappedClass() {
        Serialization mapped = Serialization.of(SerializationSettings.DEFAULTS.withSerializer(new TextSerializer(true))
                .withEventTypes(EventTypeMapping.annotated(OrderPlaced.class)));
        assertThat(mapped.decode(event(0, "OrderPlaced", "OrderPlaced|order=42|total=7"), Object.class).data())
                .isEqualTo(new OrderPlaced("42", 7));
    }

    @Test
    void aLinkToAGoneEventIsUndecodableNotANullPointer() {
        ResolvedEvent dangling = new ResolvedEvent(null, recorded("$ce-order", 3, "$>", false, "0@order-1", ""), null);
        assertProblem(() -> json.decode(dangling, OrderEvent.class), Problem.UNKNOWN_TYPE)
                .hasMessageContaining("3@$ce-order");
    }

    /** Asserts {@code decoding} fails with {@code problem}, and returns the failure for more checks. */
    private static AbstractThrowableAssert<?, EventDecodingException> assertProblem(ThrowingCallable decoding,
                                                                                   Problem problem) {
        Throwable thrown = catchThrowable(decoding);
        assertThat(thrown).isInstanceOf(EventDecodingException.class);
        EventDecodingException e = (EventDecodingException) thrown;
        assertThat(e.problem()).as("problem of: %s", e.getMessage()).isEqualTo(problem);
        return assertThat(e);
    }
}
