package io.extreme.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.error.EventNotFoundException;
import io.extreme.error.StreamNotFoundException;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadAndWriteResultsTest {
    private static final ResolvedEvent EVENT = new ResolvedEvent(
            new RecordedEvent("s", 3, UUID.randomUUID(), "t", true, null, null, null), null, null);

    @Test
    void anEventReadSaysWhatWasFoundWithoutNulls() {
        EventReadResult found = new EventReadResult(ReadStatus.SUCCESS, "s", StreamPosition.of(3), EVENT);
        assertThat(found.event()).contains(EVENT);
        assertThat(found.requireEvent()).isSameAs(EVENT);
        assertThat(found).isEqualTo(new EventReadResult(ReadStatus.SUCCESS, "s", StreamPosition.of(3), EVENT));

        EventReadResult missing = new EventReadResult(ReadStatus.NOT_FOUND, "s", StreamPosition.END, null);
        assertThat(missing.event()).isEmpty();
        assertThat(missing.streamPosition()).isEqualTo(StreamPosition.END);
        assertThatThrownBy(missing::requireEvent).isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(new EventReadResult(ReadStatus.NO_STREAM, "s", StreamPosition.START, null)::requireEvent)
                .isInstanceOf(StreamNotFoundException.class);
    }

    @Test
    void aStreamSliceNamesPositionsAndDirection() {
        StreamSlice slice = new StreamSlice(ReadStatus.SUCCESS, "s", StreamPosition.END, Direction.BACKWARD,
                List.of(EVENT), StreamPosition.of(2), OptionalLong.of(3), false);
        assertThat(slice.from()).isEqualTo(StreamPosition.END);
        assertThat(slice.next()).isEqualTo(StreamPosition.of(2));
        assertThat(slice.direction()).isEqualTo(Direction.BACKWARD);
        assertThat(slice.lastEventNumber()).hasValue(3);
        assertThat(slice.isEndOfStream()).isFalse();
        assertThatThrownBy(() -> new StreamSlice(ReadStatus.SUCCESS, "s", null, Direction.FORWARD, List.of(),
                StreamPosition.START, OptionalLong.empty(), true)).hasMessage("from");
    }

    @Test
    void anAllSliceEndsWhenNothingCameBack() {
        AllSlice empty = new AllSlice(Position.START, Direction.FORWARD, List.of(), Position.START);
        assertThat(empty.isEndOfStream()).isTrue();
        assertThat(empty.from()).isEqualTo(Position.START);
        assertThatThrownBy(() -> new AllSlice(Position.START, null, List.of(), Position.START)).hasMessage("direction");
    }

    @Test
    void writesSayWhenTheServerGaveNoPosition() {
        assertThat(new WriteResult(1, null).logPosition()).isEmpty();
        assertThat(new WriteResult(1, new Position(5, 4)).logPosition()).contains(new Position(5, 4));
        assertThat(new WriteResult(1, null)).isEqualTo(new WriteResult(1, null)).hasSameHashCodeAs(new WriteResult(1, null));
        assertThat(new DeleteResult(null).logPosition()).isEmpty();
        assertThat(new DeleteResult(new Position(5, 4))).isEqualTo(new DeleteResult(new Position(5, 4)));
    }

    @Test
    void aConditionalWriteSaysWhatItCameTo() {
        ConditionalWriteResult conflict = new ConditionalWriteResult(ConditionalWriteResult.Status.WRONG_EXPECTED_VERSION,
                null, OptionalLong.empty());
        assertThat(conflict.isSuccess()).isFalse();
        assertThat(conflict.result()).isEmpty();
        assertThat(conflict.currentVersion()).isEmpty();
        WriteResult write = new WriteResult(4, null);
        ConditionalWriteResult done = new ConditionalWriteResult(ConditionalWriteResult.Status.SUCCESS, write,
                OptionalLong.of(4));
        assertThat(done.result()).contains(write);
        assertThat(done.currentVersion()).hasValue(4);
    }
}
