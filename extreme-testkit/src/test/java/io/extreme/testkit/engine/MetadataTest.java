package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.EngineHarness.event;
import static io.extreme.testkit.engine.EngineHarness.numbers;
import static io.extreme.testkit.engine.EngineHarness.stream;
import static io.extreme.testkit.engine.EngineHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.ReadEventResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code $$} streams and what $maxCount, $maxAge and $tb hide, as the meta-* transcripts recorded them. */
class MetadataTest {
    private final EngineHarness h = new EngineHarness();
    private final String s = stream("s1");

    private void fiveEvents() {
        h.append(s, -1, event("0"), event("1"), event("2"), event("3"), event("4"));
    }

    @Test
    void maxCountKeepsTheLastEvents() {
        fiveEvents();
        h.setMetadata(s, "{\"$maxCount\":2}");
        var all = h.forward(s, 0, 10);
        assertThat(numbers(all)).containsExactly(3L, 4L);
        assertThat(all.nextEventNumber()).isEqualTo(5);
        var below = h.forward(s, 0, 2);
        assertThat(numbers(below)).isEmpty();
        assertThat(below.nextEventNumber()).isEqualTo(3);
        assertThat(below.endOfStream()).isFalse();
        var backward = h.backward(s, -1, 10);
        assertThat(numbers(backward)).containsExactly(4L, 3L);
        assertThat(backward.nextEventNumber()).isEqualTo(-1);
        assertThat(backward.endOfStream()).isTrue();
        assertThat(h.readEvent(s, 1).result()).isEqualTo(ReadEventResult.NOT_FOUND);
        assertThat(h.readEvent(s, 3).result()).isEqualTo(ReadEventResult.SUCCESS);
        h.append(s, 4, event("5"));
        assertThat(numbers(h.forward(s, 0, 10))).containsExactly(4L, 5L);
    }

    @Test
    void truncateBeforeHidesLowerNumbers() {
        fiveEvents();
        h.setMetadata(s, "{\"$tb\":3}");
        var below = h.forward(s, 0, 2);
        assertThat(numbers(below)).isEmpty();
        assertThat(below.nextEventNumber()).isEqualTo(3);
        assertThat(below.endOfStream()).isFalse();
        assertThat(numbers(h.forward(s, 0, 10))).containsExactly(3L, 4L);
        assertThat(numbers(h.forward(s, 3, 10))).containsExactly(3L, 4L);
        assertThat(numbers(h.backward(s, -1, 10))).containsExactly(4L, 3L);
        var backwardBelow = h.backward(s, 2, 10);
        assertThat(numbers(backwardBelow)).isEmpty();
        assertThat(backwardBelow.nextEventNumber()).isEqualTo(-1);
        assertThat(backwardBelow.endOfStream()).isTrue();
        assertThat(h.readEvent(s, 2).result()).isEqualTo(ReadEventResult.NOT_FOUND);
        assertThat(h.readEvent(s, 3).result()).isEqualTo(ReadEventResult.SUCCESS);
    }

    @Test
    void maxAgeHidesEventsOlderThanTheClockAllows() {
        h.setMetadata(s, "{\"$maxAge\":1}");
        h.append(s, -1, event("0"), event("1"));
        assertThat(numbers(h.forward(s, 0, 10))).containsExactly(0L, 1L);
        h.clock.advance(Duration.ofMillis(2500));
        var forward = h.forward(s, 0, 10);
        assertThat(numbers(forward)).isEmpty();
        assertThat(forward.nextEventNumber()).isEqualTo(2);
        assertThat(forward.lastEventNumber()).isEqualTo(1);
        assertThat(forward.endOfStream()).isTrue();
        var backward = h.backward(s, -1, 10);
        assertThat(numbers(backward)).isEmpty();
        assertThat(backward.nextEventNumber()).isEqualTo(-1);
        assertThat(h.readEvent(s, 0).result()).isEqualTo(ReadEventResult.NOT_FOUND);
        h.append(s, 1, event("2"));
        assertThat(numbers(h.forward(s, 0, 10))).containsExactly(2L);
    }

    @Test
    void customKeysAreReadBackExactlyAndTheMetastreamKeepsOnlyItsLastEvent() {
        h.append(s, -1, event("1"));
        var none = h.readEvent("$$" + s, -1);
        assertThat(none.result()).isEqualTo(ReadEventResult.SUCCESS); // §12.1 #6
        assertThat(none.event().event()).isNull();
        assertThat(h.readEvent("$$" + stream("nothing"), -1).result()).isEqualTo(ReadEventResult.NO_STREAM);

        String custom = "{\"$maxCount\":10,\"owner\":\"team-a\",\"tags\":[\"x\",\"y\"],\"nested\":{\"a\":1}}";
        String metastream = "$$" + s;
        h.append(metastream, -1, EngineHarness.json(UUID.randomUUID(), "$metadata", custom));
        assertThat(text(h.readEvent(metastream, -1).event().event().data())).isEqualTo(custom);
        var wrong = h.append(metastream, -1, EngineHarness.json(UUID.randomUUID(), "$metadata", "{}"));
        assertThat(wrong.result()).isEqualTo(OperationResult.WRONG_EXPECTED_VERSION);
        assertThat(wrong.currentVersion()).isZero();
        h.append(metastream, 0, EngineHarness.json(UUID.randomUUID(), "$metadata", "{\"owner\":\"team-c\",\"$tb\":0}"));
        var backward = h.backward(metastream, -1, 10);
        assertThat(numbers(backward)).containsExactly(1L);
        assertThat(backward.lastEventNumber()).isEqualTo(1);
        assertThat(backward.nextEventNumber()).isEqualTo(-1);
        assertThat(numbers(h.forward(s, 0, 10))).containsExactly(0L);
    }

    @Test
    void metadataThatIsNotJsonOrHasWrongTypesIsIgnored() {
        fiveEvents();
        h.append(h.admin, "$$" + s, -2, new NewEvent(UUID.randomUUID(), "$metadata", 0, 0,
                "{\"$maxCount\":1}".getBytes(StandardCharsets.UTF_8), null));
        assertThat(numbers(h.forward(s, 0, 10))).hasSize(5); // not flagged JSON
        h.setMetadata(s, "{\"$maxCount\":\"1\"}");
        assertThat(numbers(h.forward(s, 0, 10))).hasSize(5); // a string where a number belongs voids it all
        h.setMetadata(s, "{\"$maxCount\":0,\"$tb\":-3}");
        assertThat(numbers(h.forward(s, 0, 10))).hasSize(5); // senseless values are ignored
        h.setMetadata(s, "{\"$maxCount\":2}");
        assertThat(numbers(h.forward(s, 0, 10))).hasSize(2);
    }
}
