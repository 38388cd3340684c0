package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.EngineHarness.event;
import static io.extreme.testkit.engine.EngineHarness.stream;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEventsCompleted;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retried writes, as the append-idempotent-* transcripts recorded them (PROTOCOL.md §4.1). */
class IdempotencyTest {
    private final EngineHarness h = new EngineHarness();
    private final UUID e1 = UUID.randomUUID();
    private final UUID e2 = UUID.randomUUID();
    private final UUID e3 = UUID.randomUUID();
    private final UUID e4 = UUID.randomUUID();

    private static WriteEventsCompleted idempotent(long first, long last) {
        return new WriteEventsCompleted(OperationResult.SUCCESS, null, first, last, -1L, -1L, 0L);
    }

    @Test
    void sameIdsAgainAreAnsweredWithTheEarlierNumbersAndNoPosition() {
        String s = stream("s1");
        h.append(s, -1, event(e1, "1"), event(e2, "2"));
        assertThat(h.append(s, -1, event(e1, "1"), event(e2, "2"))).isEqualTo(idempotent(0, 1));
        assertThat(h.append(s, -2, event(e1, "1"), event(e2, "2"))).isEqualTo(idempotent(0, 1));
        assertThat(h.append(s, -4, event(e1, "1"), event(e2, "2"))).isEqualTo(idempotent(0, 1));
        assertThat(h.append(s, -2, event(e2, "2"))).isEqualTo(idempotent(1, 1));
        // Only ids count: another type and data with a known id is still the same event.
        assertThat(h.append(s, -2, EngineHarness.json(e1, "different-type", "{\"different\":true}")))
                .isEqualTo(idempotent(0, 0));
        assertThat(EngineHarness.numbers(h.forward(s, 0, 10))).containsExactly(0L, 1L);
    }

    @Test
    void partialRetriesWithAnyMatchOnlyWhenEveryIdIsKnown() {
        String s = stream("s1");
        h.append(s, -1, event(e1, "1"), event(e2, "2"), event(e3, "3"));
        assertThat(h.append(s, -2, event(e1, "1"), event(e2, "2"))).isEqualTo(idempotent(0, 1));
        assertThat(h.append(s, -2, event(e2, "2"), event(e3, "3"))).isEqualTo(idempotent(1, 2));
        WriteEventsCompleted mixed = h.append(s, -2, event(e2, "2"), event(e3, "3"), event(e4, "4"));
        assertThat(mixed.result()).isEqualTo(OperationResult.WRONG_EXPECTED_VERSION);
        assertThat(mixed.currentVersion()).isEqualTo(2);
    }

    @Test
    void withAVersionTheEventsMustBeThoseStoredAfterIt() {
        String s = stream("s1");
        h.append(s, -1, event(e1, "1"), event(e2, "2"), event(e3, "3"));
        assertThat(h.append(s, 0, event(e2, "2"), event(e3, "3"), event(UUID.randomUUID(), "5")).currentVersion())
                .isEqualTo(2);
        assertThat(h.append(s, 0, event(e2, "2"))).isEqualTo(idempotent(1, 1));
        assertThat(h.append(s, 0, event(e2, "2"), event(e3, "3"))).isEqualTo(idempotent(1, 2));
    }

    @Test
    void aKnownIdAtTheWrongPlaceIsWrongExpectedVersionOrANewEvent() {
        String s = stream("s1");
        h.append(s, -1, event(e1, "1"), event(e2, "2"));
        assertThat(h.append(s, 0, event(e1, "1")).result()).isEqualTo(OperationResult.WRONG_EXPECTED_VERSION);
        assertThat(h.append(s, 0, event(e2, "2"))).isEqualTo(idempotent(1, 1));
        // At the stream's version there is nothing to compare: the id is written again.
        WriteEventsCompleted again = h.append(s, 1, event(e1, "1"));
        assertThat(again.firstEventNumber()).isEqualTo(2);
        assertThat(again.commitPosition()).isPositive();
        // The server remembers where an id was first written.
        assertThat(h.append(s, -2, event(e1, "1"))).isEqualTo(idempotent(0, 0));
        // Another stream is another matter.
        WriteEventsCompleted elsewhere = h.append(stream("s2"), -2, event(e1, "1"));
        assertThat(elsewhere.firstEventNumber()).isZero();
        assertThat(elsewhere.commitPosition()).isPositive();
        assertThat(EngineHarness.numbers(h.forward(s, 0, 10))).containsExactly(0L, 1L, 2L);
    }
}
