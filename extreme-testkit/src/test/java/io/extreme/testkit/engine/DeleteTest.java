package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.EngineHarness.event;
import static io.extreme.testkit.engine.EngineHarness.numbers;
import static io.extreme.testkit.engine.EngineHarness.stream;
import static io.extreme.testkit.engine.EngineHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.DeleteStreamCompleted;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.ReadEventResult;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.WriteEventsCompleted;
import org.junit.jupiter.api.Test;

/** Soft and hard deletes, as the delete-* and read-*-deleted transcripts recorded them (PROTOCOL.md §4.6). */
class DeleteTest {
    private static final String TB_MAX = "{\"$tb\":9223372036854775807}";
    private static final WriteEventsCompleted STREAM_DELETED = new WriteEventsCompleted(
            OperationResult.STREAM_DELETED, "Stream is deleted.", -2147483648L, -2147483648L, -2147483648L, 0L, -1L);

    private final EngineHarness h = new EngineHarness();
    private final String s = stream("s1");

    @Test
    void softDeleteHidesTheStreamAndWritesTheMarker() {
        h.append(s, -1, event("1"), event("2"), event("3"));
        DeleteStreamCompleted deleted = h.delete(s, 2, false);
        assertThat(deleted.result()).isEqualTo(OperationResult.SUCCESS);
        assertThat(deleted.message()).isNull();
        assertThat(deleted.commitPosition()).isEqualTo(deleted.preparePosition()).isPositive();

        var forward = h.forward(s, 0, 10);
        assertThat(forward.result()).isEqualTo(ReadStreamResult.NO_STREAM);
        assertThat(forward.lastEventNumber()).isEqualTo(2);
        assertThat(forward.nextEventNumber()).isEqualTo(-1);
        assertThat(h.backward(s, -1, 10).result()).isEqualTo(ReadStreamResult.NO_STREAM);
        assertThat(h.readEvent(s, 0).result()).isEqualTo(ReadEventResult.NO_STREAM);
        assertThat(h.readEvent(s, -1).result()).isEqualTo(ReadEventResult.NO_STREAM);

        var metadata = h.forward("$$" + s, 0, 10);
        assertThat(numbers(metadata)).containsExactly(0L);
        assertThat(metadata.events().get(0).event().eventType()).isEqualTo("$metadata");
        assertThat(metadata.events().get(0).event().dataContentType()).isEqualTo(1);
        assertThat(text(metadata.events().get(0).event().data())).isEqualTo(TB_MAX);
        assertThat(text(h.readEvent("$$" + s, -1).event().event().data())).isEqualTo(TB_MAX);
    }

    @Test
    void appendingAfterASoftDeleteContinuesNumberingAndRewritesTb() {
        h.append(s, -1, event("1"), event("2"));
        h.delete(s, -2, false);
        WriteEventsCompleted revived = h.append(s, -2, event("3"));
        assertThat(revived.firstEventNumber()).isEqualTo(2);
        assertThat(numbers(h.forward(s, 0, 10))).containsExactly(2L);
        var backward = h.backward(s, -1, 10);
        assertThat(numbers(backward)).containsExactly(2L);
        assertThat(backward.nextEventNumber()).isEqualTo(-1);
        assertThat(h.readEvent(s, 0).result()).isEqualTo(ReadEventResult.NOT_FOUND);
        assertThat(h.readEvent(s, -1).event().event().eventNumber()).isEqualTo(2);
        var metadata = h.forward("$$" + s, 0, 10);
        assertThat(numbers(metadata)).containsExactly(1L); // a $$ stream keeps only its last event
        assertThat(text(metadata.events().get(0).event().data())).isEqualTo("{\"$tb\":2}");
        // The undelete comes after the write that caused it.
        assertThat(metadata.lastCommitPosition()).isGreaterThan(revived.commitPosition());
        assertThat(h.append(s, 2, event("4")).firstEventNumber()).isEqualTo(3);
        assertThat(numbers(h.forward(s, 0, 10))).containsExactly(2L, 3L);
    }

    @Test
    void deleteExpectedVersionsAndDeletingAgain() {
        h.append(s, -1, event("1"), event("2"));
        DeleteStreamCompleted wrong = h.delete(s, 5, false);
        assertThat(wrong).isEqualTo(new DeleteStreamCompleted(OperationResult.WRONG_EXPECTED_VERSION,
                "Wrong expected version.", -1L, -1L));
        assertThat(h.delete(s, 0, false).result()).isEqualTo(OperationResult.WRONG_EXPECTED_VERSION);
        assertThat(h.delete(s, -1, false).result()).isEqualTo(OperationResult.WRONG_EXPECTED_VERSION);
        long first = h.delete(s, 1, false).commitPosition();
        long second = h.delete(s, 1, false).commitPosition();
        long third = h.delete(s, -2, false).commitPosition();
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        // NoStream revives a soft-deleted stream.
        assertThat(h.append(s, -1, event("3")).firstEventNumber()).isEqualTo(2);
        var metadata = h.forward("$$" + s, 0, 10);
        assertThat(numbers(metadata)).containsExactly(3L);
        assertThat(text(metadata.events().get(0).event().data())).isEqualTo("{\"$tb\":2}");
    }

    @Test
    void softDeleteReplacesMetadataAndUndeleteKeepsWhatIsThen() {
        h.append(s, -1, event("1"));
        h.setMetadata(s, "{\"owner\":\"a\",\"$maxCount\":5}");
        h.delete(s, -2, false);
        h.append(s, -2, event("2"));
        assertThat(text(h.readEvent("$$" + s, -1).event().event().data())).isEqualTo("{\"$tb\":1}");
    }

    @Test
    void newMetadataForASoftDeletedStreamRevivesIt() {
        h.append(s, -1, event("1"), event("2"));
        h.delete(s, -2, false);
        h.setMetadata(s, "{\"owner\":\"b\"}");
        assertThat(text(h.readEvent("$$" + s, -1).event().event().data())).isEqualTo("{\"owner\":\"b\",\"$tb\":2}");
        assertThat(h.forward(s, 0, 10).result()).isEqualTo(ReadStreamResult.SUCCESS);
    }

    @Test
    void hardDeleteIsForever() {
        h.append(s, -1, event("1"), event("2"));
        DeleteStreamCompleted deleted = h.delete(s, 1, true);
        assertThat(deleted.result()).isEqualTo(OperationResult.SUCCESS);
        var forward = h.forward(s, 0, 10);
        assertThat(forward.result()).isEqualTo(ReadStreamResult.STREAM_DELETED);
        assertThat(forward.lastEventNumber()).isEqualTo(Long.MAX_VALUE);
        assertThat(forward.nextEventNumber()).isEqualTo(-1);
        assertThat(forward.endOfStream()).isTrue();
        assertThat(h.backward(s, -1, 10).result()).isEqualTo(ReadStreamResult.STREAM_DELETED);
        assertThat(h.readEvent(s, 0).result()).isEqualTo(ReadEventResult.STREAM_DELETED);
        assertThat(h.readEvent(s, -1).result()).isEqualTo(ReadEventResult.STREAM_DELETED);
        var metadata = h.forward("$$" + s, 0, 10);
        assertThat(metadata.result()).isEqualTo(ReadStreamResult.STREAM_DELETED);
        assertThat(metadata.lastEventNumber()).isEqualTo(Long.MAX_VALUE);

        assertThat(h.append(s, -2, event("3"))).isEqualTo(STREAM_DELETED);
        assertThat(h.append(s, -1, event("4"))).isEqualTo(STREAM_DELETED);
        assertThat(h.append(s, 0, event("5"))).isEqualTo(STREAM_DELETED);
        assertThat(h.append(s, -2)).isEqualTo(STREAM_DELETED);
        assertThat(h.setMetadata(s, "{\"$maxCount\":3}")).isEqualTo(STREAM_DELETED);
        DeleteStreamCompleted again = new DeleteStreamCompleted(OperationResult.STREAM_DELETED, "Stream is deleted.",
                -1L, -1L);
        assertThat(h.delete(s, -2, false)).isEqualTo(again);
        assertThat(h.delete(s, -2, true)).isEqualTo(again);
    }
}
