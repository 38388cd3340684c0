package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeClient;
import io.extreme.SubscriptionOptions;
import io.extreme.error.OperationQueueFullException;
import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Listener;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Users' appends keep a small operations queue full, many of them refused with
 * {@link OperationQueueFullException} (the callers' error to handle), while a catch-up
 * subscription and a checkpointed Listener read a stream being written: the reads, subscribes and
 * resubscribes the client makes for them pass the full queue, so both get every event once, in
 * order, and neither drops. No fault proxy cut: the queue is the only fault.
 */
class QueueFullSurvivalTest {
    private static final int BEFORE = 2_000;
    private static final int DURING = 2_000;
    private static final int MAX_QUEUE = 50;
    /** Appends each pumping thread keeps outstanding: together more than the queue and the in-flight limit hold. */
    private static final int OUTSTANDING_PER_PUMP = 60;

    /** Appends to its own stream as fast as the queue lets it, counting the refusals. */
    private static final class Pump implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong acknowledged = new AtomicLong();
        private final ExtremeClient client;
        private final String stream;
        /** Bounds what this pump has outstanding, so refusals cannot pile up on the callback executor. */
        private final Semaphore outstanding = new Semaphore(OUTSTANDING_PER_PUMP);

        Pump(ExtremeClient client, String stream) {
            this.client = client;
            this.stream = stream;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                try {
                    if (!outstanding.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                        continue;
                    }
                } catch (InterruptedException e) {
                    return;
                }
                client.append(stream, List.of(EventData.json("filler", "{}"))).whenComplete((result, error) -> {
                    outstanding.release();
                    if (error == null) {
                        acknowledged.incrementAndGet();
                    } else if (unwrap(error) instanceof OperationQueueFullException) {
                        refused.incrementAndGet();
                    }
                });
            }
        }

        private static Throwable unwrap(Throwable error) {
            return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        }
    }

    @Test
    void catchUpAndListenerGetEveryEventWhileUsersKeepTheQueueFull() throws Exception {
        try (FaultRig rig = new FaultRig(b -> b.maxQueueSize(MAX_QUEUE).maxConcurrentOperations(10))) {
            String stream = FaultRig.stream("queue-full-survival");
            for (int written = 0; written < BEFORE; written += 100) {
                FaultRig.get(rig.direct.append(stream, CatchUpUnderCutsTest.batch("before", 100)));
            }
            List<Pump> pumps = List.of(new Pump(rig.client, FaultRig.stream("filler-a")), new Pump(rig.client, FaultRig.stream("filler-b")));
            List<Thread> threads = pumps.stream().map(p -> new Thread(p, "queue-filler")).toList(); // each: appends until told to stop
            threads.forEach(Thread::start);
            try {
                FaultRig.await("the queue refusing users' appends", 30, () -> refused(pumps) > 100);

                // Small pages: many reads, each made while the queue is full.
                CatchUpOptions options = CatchUpOptions.defaults().withReadBatchSize(20).withQueueSize(100);
                List<Long> caughtUp = new CopyOnWriteArrayList<>();
                List<DropReason> catchUpDrops = new CopyOnWriteArrayList<>();
                CompletableFuture<CatchUpSubscription> started = rig.client.subscribeToStreamFrom(stream, StreamPosition.START,
                        SubscriptionOptions.DEFAULTS.withCatchUp(options), new SubscriptionListener() {
                            @Override
                            public void onEvent(Subscription s, ResolvedEvent event) {
                                caughtUp.add(event.originalEventNumber());
                            }

                            @Override
                            public void onDropped(Subscription s, DropReason reason, Throwable cause) {
                                catchUpDrops.add(reason);
                            }
                        });
                List<Long> processed = new CopyOnWriteArrayList<>();
                CompletableFuture<Throwable> listenerError = new CompletableFuture<>();
                Listener listener = rig.client.listener(stream, event -> {
                    processed.add(event.originalEventNumber());
                    return event.originalEventNumber();
                }).options(options).onError(listenerError::complete).build();
                listener.start();

                for (int written = 0; written < DURING; written += 200) {
                    // Bursts twice the catch-ups' queue: a handler behind one may fall back to reading and subscribe again.
                    FaultRig.get(rig.direct.append(stream, CatchUpUnderCutsTest.batch("during", 200)));
                }
                long refusedBefore = refused(pumps);
                FaultRig.await("the catch-up and the Listener to see every event", 120,
                        () -> caughtUp.size() >= BEFORE + DURING && processed.size() >= BEFORE + DURING
                                || !catchUpDrops.isEmpty() || listenerError.isDone());
                assertThat(refused(pumps)).as("the queue stayed full while they read").isGreaterThan(refusedBefore);

                // Anything past the events written would be a duplicate: a marker gives it time to show.
                FaultRig.get(rig.direct.append(stream, CatchUpUnderCutsTest.batch("marker", 1)));
                FaultRig.await("the marker", 60, () -> caughtUp.size() >= BEFORE + DURING + 1 && processed.size() >= BEFORE + DURING + 1
                        || !catchUpDrops.isEmpty() || listenerError.isDone());
                List<Long> every = LongStream.rangeClosed(0, BEFORE + DURING).boxed().toList();
                assertThat(catchUpDrops).as("the catch-up never dropped").isEmpty();
                assertThat(listenerError).as("the Listener never failed").isNotDone();
                assertThat(caughtUp).containsExactlyElementsOf(every);
                assertThat(processed).containsExactlyElementsOf(every);
                assertThat(started).isCompleted();
                long refusals = refused(pumps);
                long acknowledged = pumps.stream().mapToLong(p -> p.acknowledged.get()).sum();
                listener.close();
                started.join().close();
                Figures.report("Catch-up + Listener while users keep a queue of " + MAX_QUEUE + " full", (BEFORE + DURING + 1)
                        + " events, each once, in order, to both; users' appends: " + acknowledged + " acknowledged, " + refusals
                        + " refused (OperationQueueFullException)");
            } finally {
                pumps.forEach(p -> p.stop.set(true));
                for (Thread t : threads) {
                    t.join(TimeUnit.SECONDS.toMillis(10));
                }
            }
        }
    }

    private static long refused(List<Pump> pumps) {
        return pumps.stream().mapToLong(p -> p.refused.get()).sum();
    }
}
