package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.EngineHarness.event;
import static io.extreme.testkit.engine.EngineHarness.numbers;
import static io.extreme.testkit.engine.EngineHarness.stream;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadEventResult;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stream reads and ReadEvent, as the read-stream-*, read-event and read-max-count-limits transcripts show. */
class StreamReadTest {
    private final EngineHarness h = new EngineHarness();
    private final String s = stream("s1");
    private final long position = h.append(s, -1, event("0"), event("1"), event("2"), event("3"), event("4"))
            .commitPosition();

    private void assertSlice(ReadStreamEventsCompleted slice, List<Long> numbers, long next, long last, boolean end) {
        assertThat(slice.result()).isEqualTo(ReadStreamResult.SUCCESS);
        assertThat(numbers(slice)).isEqualTo(numbers);
        assertThat(slice.nextEventNumber()).as("next").isEqualTo(next);
        assertThat(slice.lastEventNumber()).as("last").isEqualTo(last);
        assertThat(slice.endOfStream()).as("end of stream").isEqualTo(end);
        assertThat(slice.error()).isEmpty();
        assertThat(slice.lastCommitPosition()).isEqualTo(position);
    }

    @Test
    void forwardPagesAndWindowsPastTheEnd() {
        assertSlice(h.forward(s, 0, 2), List.of(0L, 1L), 2, 4, false);
        assertSlice(h.forward(s, 2, 2), List.of(2L, 3L), 4, 4, false);
        assertSlice(h.forward(s, 4, 2), List.of(4L), 5, 4, true);
        assertSlice(h.forward(s, 3, 2), List.of(3L, 4L), 5, 4, true);
        assertSlice(h.forward(s, 5, 2), List.of(), 5, 4, true);
        assertSlice(h.forward(s, 50, 2), List.of(), 5, 4, true);
        assertSlice(h.forward(s, 1, 1), List.of(1L), 2, 4, false);
        assertSlice(h.forward(s, 4_294_967_296L, 5), List.of(), 5, 4, true);
        assertSlice(h.forward(s, 0, 4096), List.of(0L, 1L, 2L, 3L, 4L), 5, 4, true);
    }

    @Test
    void backwardPagesAndWindowsPastTheEnd() {
        assertSlice(h.backward(s, -1, 2), List.of(4L, 3L), 2, 4, false);
        assertSlice(h.backward(s, 2, 2), List.of(2L, 1L), 0, 4, false);
        assertSlice(h.backward(s, 0, 2), List.of(0L), -1, 4, true);
        assertSlice(h.backward(s, 1, 5), List.of(1L, 0L), -1, 4, true);
        assertSlice(h.backward(s, 9, 3), List.of(), 4, 4, false);
        assertSlice(h.backward(s, 6, 3), List.of(4L), 3, 4, false);
        assertSlice(h.backward(s, -1, 10), List.of(4L, 3L, 2L, 1L, 0L), -1, 4, true);
    }

    @Test
    void aMissingStreamReadsAsNoStream() {
        ReadStreamEventsCompleted forward = h.forward(stream("s2"), 7, 10);
        assertThat(forward).isEqualTo(new ReadStreamEventsCompleted(ReadDirection.FORWARD, List.of(),
                ReadStreamResult.NO_STREAM, -1, -1, true, position, ""));
        assertThat(h.backward(stream("s2"), -1, 10).result()).isEqualTo(ReadStreamResult.NO_STREAM);
    }

    @Test
    void pageSizesOutsideOneTo4096AreErrors() {
        String tooBig = "Read size too big, should be less than 4096 items";
        String notPositive = "maxCount should be positive.\nParameter name: maxCount";
        assertThat(h.forward(s, 0, 4097)).isEqualTo(new ReadStreamEventsCompleted(ReadDirection.FORWARD, List.of(),
                ReadStreamResult.ERROR, -1, -1, true, position, tooBig));
        assertThat(h.backward(s, -1, 4097).error()).isEqualTo(tooBig);
        assertThat(h.forward(s, 0, 0).error()).isEqualTo(notPositive);
        assertThat(h.forward(s, 0, -1).error()).isEqualTo(notPositive);
        assertThat(h.backward(s, -1, 0)).isEqualTo(new ReadStreamEventsCompleted(ReadDirection.BACKWARD, List.of(),
                ReadStreamResult.ERROR, -1, -1, true, position, notPositive));
        assertThat(h.forward(s, -1, 10).error())
                .isEqualTo("fromEventNumber should be non negative.\nParameter name: fromEventNumber");
    }

    @Test
    void readEventByNumberAndLast() {
        var first = h.readEvent(s, 0);
        assertThat(first.result()).isEqualTo(ReadEventResult.SUCCESS);
        assertThat(first.event().event().eventNumber()).isZero();
        assertThat(first.event().link()).isNull();
        assertThat(first.error()).isNull();
        assertThat(h.readEvent(s, -1).event().event().eventNumber()).isEqualTo(4);
        var missing = h.readEvent(s, 5);
        assertThat(missing.result()).isEqualTo(ReadEventResult.NOT_FOUND);
        assertThat(missing.event().event()).isNull();
        assertThat(missing.event().link()).isNull();
        assertThat(h.readEvent(s, 4_294_967_296L).result()).isEqualTo(ReadEventResult.NOT_FOUND);
        assertThat(h.readEvent(stream("s2"), 0).result()).isEqualTo(ReadEventResult.NO_STREAM);
        assertThat(h.readEvent(stream("s2"), -1).result()).isEqualTo(ReadEventResult.NO_STREAM);
    }
}
