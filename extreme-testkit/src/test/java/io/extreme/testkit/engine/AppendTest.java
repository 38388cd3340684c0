package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.EngineHarness.event;
import static io.extreme.testkit.engine.EngineHarness.json;
import static io.extreme.testkit.engine.EngineHarness.stream;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.DeleteStreamCompleted;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.WriteEventsCompleted;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Appends and expected versions, as the append-* transcripts recorded them on 4.1.4. */
class AppendTest {
    private final EngineHarness h = new EngineHarness();

    @Test
    void successCarriesNumbersPositionsAndCurrentVersionZero() {
        String s = stream("s1");
        WriteEventsCompleted first = h.append(s, -2, event("1"), event("2"));
        assertThat(first).isEqualTo(new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 1,
                first.preparePosition(), first.preparePosition(), 0L));
        WriteEventsCompleted second = h.append(s, -2, event("3"));
        assertThat(second.firstEventNumber()).isEqualTo(2);
        assertThat(second.lastEventNumber()).isEqualTo(2);
        assertThat(second.commitPosition()).isGreaterThan(first.commitPosition()).isPositive();
    }

    @Test
    void positionOfAWriteIsThePositionOfItsLastEvent() {
        String s = stream("s1");
        WriteEventsCompleted written = h.append(s, -1, event("a"), event("b"));
        var page = h.readAll(ReadDirection.BACKWARD, -1, -1, 10);
        var events = EngineHarness.only(page, s);
        assertThat(events.get(0).event().eventNumber()).isEqualTo(1);
        assertThat(events.get(0).commitPosition()).isEqualTo(written.commitPosition());
        assertThat(events.get(0).preparePosition()).isEqualTo(written.commitPosition());
        assertThat(events.get(1).commitPosition()).isLessThan(written.commitPosition());
    }

    @Test
    void noStreamTwiceIsWrongExpectedVersionWithTheRecordedFields() {
        String s = stream("s1");
        h.append(s, -1, event("1"));
        assertThat(h.append(s, -1, event("2"), event("3"))).isEqualTo(new WriteEventsCompleted(
                OperationResult.WRONG_EXPECTED_VERSION, "Wrong expected version.", -2147483648L, -2147483648L,
                -2147483648L, 0L, 0L));
        assertThat(EngineHarness.numbers(h.forward(s, 0, 10))).containsExactly(0L);
    }

    @Test
    void exactVersionsMustMatchTheLastEventNumber() {
        String s = stream("s1");
        assertThat(h.append(s, 0, event("1")).currentVersion()).isEqualTo(-1);
        h.append(s, -1, event("2"));
        assertThat(h.append(s, 0, event("3"), event("4")).lastEventNumber()).isEqualTo(2);
        assertThat(h.append(s, 2, event("5")).lastEventNumber()).isEqualTo(3);
        WriteEventsCompleted ahead = h.append(s, 7, event("6"));
        assertThat(ahead.result()).isEqualTo(OperationResult.WRONG_EXPECTED_VERSION);
        assertThat(ahead.currentVersion()).isEqualTo(3);
        assertThat(h.append(s, 1, event("7")).currentVersion()).isEqualTo(3);
        assertThat(h.append(s, 3, event("8")).firstEventNumber()).isEqualTo(4);
    }

    @Test
    void streamExistsNeedsEventsOrMetadata() {
        String s = stream("s1");
        WriteEventsCompleted refused = h.append(s, -4, event("1"));
        assertThat(refused.result()).isEqualTo(OperationResult.WRONG_EXPECTED_VERSION);
        assertThat(refused.currentVersion()).isEqualTo(-1);
        h.append(s, -1, event("2"));
        assertThat(h.append(s, -4, event("3")).firstEventNumber()).isEqualTo(1);

        String withMetadataOnly = stream("s2");
        h.setMetadata(withMetadataOnly, "{\"owner\":\"x\"}");
        assertThat(h.append(withMetadataOnly, -4, event("4")).result()).isEqualTo(OperationResult.SUCCESS);
    }

    @Test
    void emptyAppendsWriteARecordAndCheckTheVersion() {
        String s = stream("s1");
        WriteEventsCompleted empty = h.append(s, -2);
        assertThat(empty).isEqualTo(new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, -1,
                empty.preparePosition(), empty.preparePosition(), 0L));
        WriteEventsCompleted again = h.append(s, -1);
        assertThat(again.commitPosition()).isGreaterThan(empty.commitPosition());
        assertThat(h.append(s, -4).currentVersion()).isEqualTo(-1);
        assertThat(h.append(s, 0).result()).isEqualTo(OperationResult.WRONG_EXPECTED_VERSION);
        var read = h.forward(s, 0, 10);
        assertThat(read.result()).isEqualTo(ReadStreamResult.NO_STREAM);
        assertThat(read.lastCommitPosition()).isEqualTo(again.commitPosition());

        h.append(s, -1, event("1"), event("2"));
        WriteEventsCompleted atVersion = h.append(s, 1);
        assertThat(atVersion.firstEventNumber()).isEqualTo(2);
        assertThat(atVersion.lastEventNumber()).isEqualTo(1);
        assertThat(h.append(s, 5).currentVersion()).isEqualTo(1);
        assertThat(h.append(s, -1).currentVersion()).isEqualTo(1);
        assertThat(h.append(s, -2).result()).isEqualTo(OperationResult.SUCCESS);
    }

    @Test
    void expectedVersionsBeyondInt32AreJustNumbers() {
        String s = stream("s1");
        h.append(s, -1, event("1"));
        assertThat(h.append(s, 5_000_000_000L, event("2")).currentVersion()).isEqualTo(0);
        assertThat(h.append(stream("s2"), 4_294_967_296L, event("3")).currentVersion()).isEqualTo(-1);
    }

    @Test
    void storedRecordsCarryContentTypesEmptyMetadataAndTimestamps() {
        String s = stream("s1");
        UUID id = UUID.randomUUID();
        h.append(s, -1, json(id, "created", "{\"n\":1}"),
                new NewEvent(UUID.randomUUID(), "odd", 2, 1, "x".getBytes(StandardCharsets.UTF_8),
                        "{\"by\":\"test\"}".getBytes(StandardCharsets.UTF_8)));
        h.clock.advance(Duration.ofSeconds(5));
        var events = h.forward(s, 0, 10).events();
        EventRecord first = events.get(0).event();
        assertThat(first.eventId()).isEqualTo(id);
        assertThat(first.dataContentType()).isEqualTo(1);
        assertThat(first.metadataContentType()).isEqualTo(1); // mirrors the data's JSON flag
        assertThat(first.metadata()).isEmpty();
        assertThat(first.createdEpoch()).isEqualTo(EngineHarness.START.toEpochMilli());
        assertThat(first.created()).isEqualTo(EngineHarness.START.toEpochMilli() * 10_000 + 621_355_968_000_000_000L);
        EventRecord second = events.get(1).event();
        assertThat(second.dataContentType()).isZero(); // 2 is stored as binary
        assertThat(second.metadataContentType()).isZero();
        assertThat(EngineHarness.text(second.metadata())).isEqualTo("{\"by\":\"test\"}");
    }

    @Test
    void writingOrDeletingAllIsRefused() {
        WriteEventsCompleted write = h.append(h.admin, "$all", -2, event("1"));
        assertThat(write).isEqualTo(new WriteEventsCompleted(OperationResult.ACCESS_DENIED, "Access denied.",
                -2147483648L, -2147483648L, -2147483648L, 0L, -1L));
        assertThat(h.<DeleteStreamCompleted>ask(h.admin,
                new DeleteStream("$all", -2, true, null)))
                .isEqualTo(new DeleteStreamCompleted(OperationResult.ACCESS_DENIED,
                        "Access denied.", -1L, -1L));
    }
}
