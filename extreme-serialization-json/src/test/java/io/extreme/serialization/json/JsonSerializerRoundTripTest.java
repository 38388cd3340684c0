package io.extreme.serialization.json;

import static io.extreme.serialization.json.TestEvents.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.serialization.json.TestEvents.Batch;
import io.extreme.serialization.json.TestEvents.Note;
import io.extreme.serialization.json.TestEvents.NoteV2;
import io.extreme.serialization.json.TestEvents.OptionalFields;
import io.extreme.serialization.json.TestEvents.OrderPlaced;
import io.extreme.serialization.json.TestEvents.Stamped;
import io.extreme.serialization.json.TestEvents.Timings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JsonSerializerRoundTripTest {
    private final JsonSerializer json = JsonSerializer.create();

    private <T> T roundTrip(T value, Class<T> type) {
        return json.deserialize(json.serialize(value), type);
    }

    @Test
    void nestedRecordsCollectionsEnumsBigDecimalsUuidsAndNullsComeBackEqual() {
        OrderPlaced order = TestEvents.order();

        assertThat(roundTrip(order, OrderPlaced.class)).isEqualTo(order);
    }

    @Test
    void javaTimeValuesComeBackEqualWithTheirOffsets() {
        Timings timings = new Timings(Instant.parse("2024-05-01T10:15:30.123456789Z"),
                LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 5, 1, 10, 15, 30),
                OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.ofHours(2)),
                ZonedDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.ofHours(-5)),
                Duration.ofMinutes(90).plusMillis(5));

        assertThat(roundTrip(timings, Timings.class)).isEqualTo(timings);
    }

    @Test
    void aZonedDateTimeInARegionComesBackAtTheSameInstantAndOffset() {
        // ISO-8601 text has no region, so Europe/Paris comes back as its offset at that instant.
        ZonedDateTime paris = ZonedDateTime.of(2024, 7, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));
        Timings timings = new Timings(null, null, null, null, paris, null);

        ZonedDateTime read = roundTrip(timings, Timings.class).zoned();

        assertThat(read.toInstant()).isEqualTo(paris.toInstant());
        assertThat(read.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void javaTimeValuesAreWrittenAsIsoText() {
        Timings timings = new Timings(Instant.parse("2024-05-01T10:15:30Z"), LocalDate.of(2024, 5, 1),
                LocalDateTime.of(2024, 5, 1, 10, 15, 30),
                OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.ofHours(2)), null,
                Duration.ofMinutes(90));

        String text = new String(json.serialize(timings), StandardCharsets.UTF_8);

        assertThat(text).contains("\"at\":\"2024-05-01T10:15:30Z\"", "\"day\":\"2024-05-01\"",
                "\"local\":\"2024-05-01T10:15:30\"", "\"offset\":\"2024-05-01T10:15:30+02:00\"",
                "\"took\":\"PT1H30M\"");
    }

    @Test
    void optionalFieldsComeBackPresentOrEmpty() {
        OptionalFields fields = new OptionalFields(Optional.of("yes"), Optional.empty(), Optional.of(3));

        assertThat(roundTrip(fields, OptionalFields.class)).isEqualTo(fields);
        assertThat(new String(json.serialize(fields), StandardCharsets.UTF_8))
                .contains("\"present\":\"yes\"", "\"absent\":null");
    }

    @Test
    void aMissingOptionalFieldReadsAsEmpty() {
        byte[] data = "{\"present\":\"yes\"}".getBytes(StandardCharsets.UTF_8);

        OptionalFields read = json.deserialize(data, OptionalFields.class);

        assertThat(read.present()).contains("yes");
        assertThat(read.absent()).isEmpty();
    }

    @Test
    void aLargeEventComesBackWhole() {
        String mebibyteOfText = "event-sourcing!".repeat(70_000).substring(0, 1 << 20);
        Note note = new Note(mebibyteOfText);
        Batch batch = new Batch("big", IntStream.range(0, 10_000).mapToObj(TestEvents::line).toList());

        assertThat(roundTrip(note, Note.class).text()).hasSize(1 << 20).isEqualTo(mebibyteOfText);
        Batch read = roundTrip(batch, Batch.class);
        assertThat(read.lines()).hasSize(10_000).last().isEqualTo(line(9_999));
        assertThat(read).isEqualTo(batch);
    }

    @Test
    void propertiesTheReaderDoesNotKnowAreIgnored() {
        byte[] newer = json.serialize(new NoteV2("hello", "ada", List.of("a", "b")));

        assertThat(json.deserialize(newer, Note.class)).isEqualTo(new Note("hello"));
    }

    @Test
    void readingAsObjectGivesJacksonsNaturalTree() {
        byte[] data = json.serialize(new Batch("small", List.of(line(1))));

        Object tree = json.deserialize(data, Object.class);

        assertThat(tree).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) tree;
        assertThat(map.get("name")).isEqualTo("small");
        assertThat(map.get("lines")).isInstanceOf(List.class);
        Object firstLine = ((List<?>) map.get("lines")).get(0);
        assertThat(firstLine).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) firstLine).get("sku")).isEqualTo("sku-1");
        assertThat(((Map<?, ?>) firstLine).get("quantity")).isEqualTo(1);
    }

    @Test
    void theJsonNullReadsAsNull() {
        assertThat(json.deserialize("null".getBytes(StandardCharsets.UTF_8), Stamped.class)).isNull();
    }

    @Test
    void itSaysItIsJson() {
        assertThat(json.isJson()).isTrue();
        assertThat(json.contentType()).isEqualTo("application/json");
    }
}
