package io.extreme.internal.persistent;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.persistent.NackAction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batch on its own: frames of at most the threshold, every id once, and a window the test runs by hand. */
class AckBatchTest {
    /** What the batch sent, and the window timers it asked for (run when the test says). */
    static final class Recording implements AckBatch.Sink {
        final List<List<UUID>> acks = new ArrayList<>();
        final List<String> nacks = new ArrayList<>();
        final List<Runnable> timers = new ArrayList<>();

        @Override
        public synchronized void ack(List<UUID> eventIds) {
            acks.add(List.copyOf(eventIds));
        }

        @Override
        public synchronized void nack(List<UUID> eventIds, NackAction action, String reason) {
            nacks.add(action + "/" + reason + "/" + eventIds.size());
        }

        @Override
        public synchronized void later(long millis, Runnable flush) {
            timers.add(flush);
        }

        void runTimers() {
            List<Runnable> due;
            synchronized (this) {
                due = List.copyOf(timers);
                timers.clear();
            }
            due.forEach(Runnable::run);
        }
    }

    private static List<UUID> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }

    @Test
    void fiveThousandAcksGoInThreeFramesOfAtMostTwoThousand() {
        Recording sink = new Recording();
        AckBatch batch = new AckBatch(sink, 10_000);
        List<UUID> ids = ids(5000);
        ids.forEach(id -> batch.ack(List.of(id)));
        sink.runTimers();

        assertThat(sink.acks).extracting(List::size).containsExactly(2000, 2000, 1000);
        assertThat(sink.acks.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(batch.pending()).isZero();
    }

    @Test
    void aBatchIsSentWhenItHoldsTheBufferSizeWithoutWaitingForTheWindow() {
        Recording sink = new Recording();
        AckBatch batch = new AckBatch(sink, 10);
        batch.ack(ids(25));

        assertThat(sink.acks).extracting(List::size).containsExactly(10, 10);
        assertThat(batch.pending()).isEqualTo(5);
        sink.runTimers();
        assertThat(sink.acks).extracting(List::size).containsExactly(10, 10, 5);
    }

    @Test
    void anIdIsTakenOnceWhileItWaitsAndTheFirstDecisionStands() {
        Recording sink = new Recording();
        AckBatch batch = new AckBatch(sink, 100);
        List<UUID> ids = ids(3);
        batch.nack(List.of(ids.get(0)), NackAction.PARK, "bad");
        batch.ack(ids); // auto-ack after the handler nacked the first
        batch.ack(List.of(ids.get(1)));
        batch.flush();

        assertThat(sink.nacks).containsExactly("PARK/bad/1");
        assertThat(sink.acks).containsExactly(List.of(ids.get(1), ids.get(2)));
    }

    @Test
    void nacksAreGroupedByActionAndReason() {
        Recording sink = new Recording();
        AckBatch batch = new AckBatch(sink, 100);
        batch.nack(ids(2), NackAction.RETRY, "later");
        batch.nack(ids(3), NackAction.PARK, "bad");
        batch.nack(ids(1), NackAction.RETRY, "later");
        batch.nack(ids(1), NackAction.RETRY, "other");
        sink.runTimers();

        assertThat(sink.nacks).containsExactly("RETRY/later/3", "PARK/bad/3", "RETRY/other/1");
        assertThat(sink.acks).isEmpty();
    }

    @Test
    void oneWindowTimerServesABatchAndAnEmptyBatchSendsNothing() {
        Recording sink = new Recording();
        AckBatch batch = new AckBatch(sink, 100);
        batch.ack(ids(3));
        batch.ack(ids(3));
        assertThat(sink.timers).hasSize(1);
        sink.runTimers();
        batch.flush();
        sink.runTimers();

        assertThat(sink.acks).extracting(List::size).containsExactly(6);
    }
}
