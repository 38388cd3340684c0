package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.PersistentHarness.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.PersistentSubscriptionConfig;
import org.junit.jupiter.api.Test;

/** RoundRobin, DispatchToSingle and Pinned choose consumers as PROTOCOL.md §4.11 says. */
class PersistentSubscriptionStrategyTest {
    private final PersistentHarness ps = new PersistentHarness();
    private final EngineHarness h = ps.h;
    private final String stream = EngineHarness.stream("ps");

    private void appendFour() {
        for (int i = 0; i < 4; i++) {
            h.append(stream, SystemNames.ANY, EngineHarness.event("e" + i));
        }
    }

    /**
     * Unconfirmed against a real server: what each strategy does with one consumer (the testkit
     * gives it every event within its allowance, whatever the strategy, and Pinned's choice of
     * consumer uses Java's hash, not the server's), and DispatchToSingle's order past a full
     * consumer. The contract suite checks these with two or three consumers only.
     */
    @Test
    void aSingleConsumerGetsEveryEventWhateverTheStrategy() {
        for (String strategy : new String[] {"RoundRobin", "DispatchToSingle", "Pinned"}) {
            String one = EngineHarness.stream("ps-one");
            ps.create(one, "g1", config(0, 30_000, 10, strategy));
            PersistentHarness.Consumer only = ps.connect(one, "g1", 10);
            for (int i = 0; i < 3; i++) {
                h.append(one, SystemNames.ANY, EngineHarness.event("e" + i));
            }
            assertThat(only.numbers()).as(strategy).containsExactly(0L, 1L, 2L);
        }
    }

    @Test
    void roundRobinTakesTurns() {
        ps.create(stream, "g1", config(0, 30_000, 10, "RoundRobin"));
        PersistentHarness.Consumer first = ps.connect(stream, "g1", 10);
        PersistentHarness.Consumer second = ps.connect(stream, "g1", 10);
        appendFour();
        assertThat(first.numbers()).containsExactly(0L, 2L);
        assertThat(second.numbers()).containsExactly(1L, 3L);
    }

    @Test
    void roundRobinSkipsAFullConsumer() {
        ps.create(stream, "g1", config(0, 30_000, 10, "RoundRobin"));
        PersistentHarness.Consumer first = ps.connect(stream, "g1", 1);
        PersistentHarness.Consumer second = ps.connect(stream, "g1", 10);
        appendFour();
        assertThat(first.numbers()).containsExactly(0L);
        assertThat(second.numbers()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void dispatchToSingleFillsTheFirstBeforeTheNext() {
        ps.create(stream, "g1", config(0, 30_000, 10, "DispatchToSingle"));
        PersistentHarness.Consumer first = ps.connect(stream, "g1", 3);
        PersistentHarness.Consumer second = ps.connect(stream, "g1", 10);
        appendFour();
        assertThat(first.numbers()).containsExactly(0L, 1L, 2L);
        assertThat(second.numbers()).containsExactly(3L);
    }

    @Test
    void pinnedKeepsOneStreamOnOneConsumerAndWaitsWhenItIsFull() {
        ps.create(stream, "g1", config(0, 30_000, 10, "Pinned"));
        PersistentHarness.Consumer first = ps.connect(stream, "g1", 2);
        PersistentHarness.Consumer second = ps.connect(stream, "g1", 2);
        appendFour();
        PersistentHarness.Consumer pinned = first.numbers().isEmpty() ? second : first;
        PersistentHarness.Consumer idle = pinned == first ? second : first;
        assertThat(pinned.numbers()).containsExactly(0L, 1L);
        assertThat(idle.numbers()).isEmpty();
        pinned.ack(pinned.pushes().get(0).event().event().eventId());
        assertThat(pinned.numbers()).containsExactly(0L, 1L, 2L);
        assertThat(idle.numbers()).isEmpty();
    }

    @Test
    void anEmptyStrategyNameFollowsPreferRoundRobin() {
        ps.create(stream, "g1", new PersistentSubscriptionConfig(false, 0, 30_000, false, 500,
                20, 500, 10, false, 2000, 1000, 10, 0, ""));
        PersistentHarness.Consumer first = ps.connect(stream, "g1", 10);
        PersistentHarness.Consumer second = ps.connect(stream, "g1", 10);
        appendFour();
        assertThat(first.numbers()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(second.numbers()).isEmpty();
    }
}
