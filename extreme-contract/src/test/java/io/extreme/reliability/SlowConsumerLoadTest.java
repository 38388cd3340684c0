package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.SubscriptionOptions;
import io.extreme.event.EventData;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A fast producer and a handler several times slower than it (about 50 µs per event), on a
 * catch-up of one stream and on a catch-up of {@code $all}: every event reaches the handler once,
 * in order, nothing is dropped, and the client's live heap stays under {@link #HEAP_BOUND_MIB}
 * whatever the backlog (the catch-up falls back to reading pages instead of holding pushes). The
 * server runs in a process of its own so that this JVM's heap is the client's.
 *
 * <p>CI runs 50,000 events per catch-up; {@code -Dextreme.load.events=1000000} is the full run
 * whose figures RELIABILITY.md reports.
 */
class SlowConsumerLoadTest {
    private static final int EVENTS = Integer.getInteger("extreme.load.events", 50_000);
    private static final int BATCH = 100;
    private static final int BATCHES_IN_FLIGHT = 10;
    private static final long HANDLER_NANOS = TimeUnit.MICROSECONDS.toNanos(50);
    /** The catch-up's handler queue (10,000 events of ~150 bytes) and a few pages, with room to spare. */
    private static final long HEAP_BOUND_MIB = 64;

    @Test
    void aCatchUpOfOneStreamKeepsUpInOrderWithinTheBound() throws Exception {
        run("one stream", (client, stream, listener) -> client.subscribeToStreamFrom(stream, StreamPosition.START,
                SubscriptionOptions.DEFAULTS, listener));
    }

    @Test
    void aCatchUpOfAllKeepsUpInOrderWithinTheBound() throws Exception {
        run("$all", (client, stream, listener) -> client.subscribeToAllFrom(Position.START, SubscriptionOptions.DEFAULTS, listener));
    }

    /** How a test subscribes. */
    interface Start {
        CompletableFuture<CatchUpSubscription> subscribe(ExtremeClient client, String stream, SubscriptionListener listener);
    }

    private void run(String what, Start start) throws Exception {
        try (ServerProcess server = ServerProcess.start("2g")) {
            ExtremeSettings settings = ExtremeSettings.builder().endpoint(server.endpoint())
                    .credentials("admin", "changeit").connectionName("slow-consumer").build();
            try (ExtremeClient client = Extreme.connect(settings)) {
                String stream = FaultRig.stream("slow-consumer");
                Ordered handler = new Ordered(stream);
                HeapSampler heap = new HeapSampler(500);
                long began = System.nanoTime();
                CatchUpSubscription subscription = FaultRig.get(start.subscribe(client, stream, handler));
                long producedMillis = TimeUnit.NANOSECONDS.toMillis(produce(client, stream) - began);
                FaultRig.await(EVENTS + " events handled", 60 + EVENTS * 300L / 1_000_000,
                        () -> handler.next.get() >= EVENTS || !handler.problems.isEmpty());
                long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
                heap.close();
                long growthMib = heap.peakGrowth() >> 20;
                int maxQueued = subscription.maxQueuedEvents();
                subscription.close();

                assertThat(handler.problems).as("events out of order or repeated").isEmpty();
                assertThat(handler.next.get()).isEqualTo(EVENTS);
                assertThat(handler.drops).as("no drop while it ran").isEmpty();
                assertThat(maxQueued).as("the handler queue's high mark").isLessThanOrEqualTo(10_000);
                // The scenario happened: the producer outran the handler until its queue was full (and
                // the catch-up fell back to reading). Shown by the queue, not by timings, which a loaded
                // machine bends (seen in CI: a producer three times slower than on an idle machine).
                assertThat(maxQueued).as("the handler queue filled: the producer outran the handler")
                        .isGreaterThan(10_000 - 500);
                assertThat(growthMib).as("the client's live heap growth, MiB").isLessThan(HEAP_BOUND_MIB);
                Figures.report("Slow handler (50 µs/event) on a catch-up of " + what,
                        EVENTS + " events, each once, in order; produced in " + producedMillis
                                + " ms, handled in " + elapsedMillis + " ms; live heap growth at most " + growthMib
                                + " MiB (" + heap.samples() + " samples); handler queue high mark " + maxQueued);
            }
        }
    }

    /** Appends {@link #EVENTS} events in batches, {@link #BATCHES_IN_FLIGHT} at a time; returns when all are written. */
    private static long produce(ExtremeClient client, String stream) throws InterruptedException {
        Semaphore inFlight = new Semaphore(BATCHES_IN_FLIGHT);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int written = 0; written < EVENTS; written += BATCH) {
            List<EventData> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                batch.add(EventData.json("Produced", "{\"n\":" + (written + i) + ",\"pad\":\"0123456789abcdef0123456789abcdef\"}"));
            }
            inFlight.acquire();
            // In order: a batch is sent only after the previous one was handed to the client, and the
            // client keeps the order of calls on one connection.
            client.append(stream, batch).whenComplete((r, e) -> {
                if (e != null) {
                    failures.add(e);
                }
                inFlight.release();
            });
        }
        inFlight.acquire(BATCHES_IN_FLIGHT);
        assertThat(failures).as("appends that failed").isEmpty();
        return System.nanoTime();
    }

    /** The slow handler: checks that its stream's events come once each, in order, and spends ~50 µs on each. */
    private static final class Ordered implements SubscriptionListener {
        final String stream;
        final AtomicLong next = new AtomicLong();
        final List<String> problems = new CopyOnWriteArrayList<>();
        final List<DropReason> drops = new CopyOnWriteArrayList<>();

        Ordered(String stream) {
            this.stream = stream;
        }

        @Override
        public void onEvent(Subscription s, ResolvedEvent event) {
            if (!stream.equals(event.originalStreamId())) {
                return; // $all carries the server's own events too
            }
            long number = event.originalEventNumber();
            if (number != next.get() && problems.size() < 10) {
                problems.add("expected event " + next.get() + ", got " + number);
            }
            next.set(number + 1);
            // The work of a slow read model: parked rather than spun, so that it slows the handler, not the machine.
            LockSupport.parkNanos(HANDLER_NANOS);
        }

        @Override
        public void onDropped(Subscription s, DropReason reason, Throwable cause) {
            if (reason != DropReason.UNSUBSCRIBED) {
                drops.add(reason);
            }
        }
    }
}
