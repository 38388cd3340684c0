package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.SubscriptionOptions;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * Catch-up subscriptions while several threads write the stream, and with a handler slower than
 * the writers: every event once, in order, a single onLive, and a queue that never grows past
 * its bound. Nothing here asserts on timing; the deadlines are generous for a loaded 2-core CI
 * machine, and each one fails with what had arrived so far.
 */
class CatchUpRaceContractTest {
    private static final int WRITERS = 4;
    private static final long DEADLINE_SECONDS = 120;
    /** Small enough that writers fill it many times over. */
    private static final CatchUpOptions SMALL_QUEUE = new CatchUpOptions(false, 20, 50);

    @ContractTest
    void aStreamWrittenByRacingWritersIsDeliveredOnceInOrder(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("cu-race");
        Writers writers = Writers.start(client, stream, 10_000);
        writers.awaitWritten(300);
        Checker checker = Checker.of(stream, 0);
        CatchUpSubscription subscription = client.subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS, checker).join();
        writers.awaitDone();
        checker.expectEverything(subscription, client, stream, 10_000, Integer.MAX_VALUE);
    }

    @ContractTest
    void allWrittenByRacingWritersIsDeliveredOnceInOrder(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("cu-race-all");
        Position before = fence(server, admin);
        Writers writers = Writers.start(admin, stream, 10_000);
        writers.awaitWritten(300);
        Checker checker = Checker.of(stream, 0);
        CatchUpSubscription subscription = admin.subscribeToAllFrom(before, SubscriptionOptions.DEFAULTS, checker).join();
        writers.awaitDone();
        checker.expectEverything(subscription, admin, stream, 10_000, Integer.MAX_VALUE);
    }

    @ContractTest
    void aHandlerSlowerThanTheWritersKeepsTheQueueBoundedAndLosesNothing(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("cu-slow");
        result(client.append(stream, events(200), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Checker checker = Checker.of(stream, 1);
        CatchUpSubscription subscription = client.subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(SMALL_QUEUE), checker).join();
        checker.awaitLive(subscription);
        // Live now: the writers outrun the handler, so live events overflow the queue of 50 and
        // the subscription has to fall back to reading, then catch up and go live again.
        Writers writers = Writers.start(client, stream, 3_000);
        checker.watchQueueUntil(subscription, writers::done);
        writers.awaitDone();
        checker.expectEverything(subscription, client, stream, 3_200, SMALL_QUEUE.queueSize());
    }

    @ContractTest
    void aSlowHandlerOnAllKeepsTheQueueBoundedAndLosesNothing(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("cu-slow-all");
        Position before = fence(server, admin);
        result(admin.append(stream, events(200), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Checker checker = Checker.of(stream, 1);
        CatchUpSubscription subscription = admin.subscribeToAllFrom(before, SubscriptionOptions.DEFAULTS.withCatchUp(SMALL_QUEUE), checker).join();
        checker.awaitLive(subscription);
        Writers writers = Writers.start(admin, stream, 3_000);
        checker.watchQueueUntil(subscription, writers::done);
        writers.awaitDone();
        checker.expectEverything(subscription, admin, stream, 3_200, SMALL_QUEUE.queueSize());
    }

    @ContractTest
    void burstsLandingWhileItSubscribesOrReadsTheGapAreNeitherLostNorRepeated(Server server) {
        bursts(server, 1);
    }

    @ContractTest
    void burstsLandingWhileAFastHandlerSubscribesOrReadsTheGapAreNeitherLostNorRepeated(Server server) {
        // A handler that keeps up leaves room for reads, so the gap read is in flight when a burst overflows.
        bursts(server, 0);
    }

    private static void bursts(Server server, long millisPerEvent) {
        ExtremeClient client = server.client();
        String stream = server.stream("cu-bursts");
        result(client.append(stream, events(100), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Bursts bursts = new Bursts(client, stream, 100, 40);
        Checker checker = Checker.of(stream, millisPerEvent).beforeEach(bursts::maybeFire);
        CatchUpSubscription subscription = client.subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(SMALL_QUEUE), checker).join();
        // Also fired from here: a handler that has nothing left to handle cannot fire the next burst.
        checker.watchQueueUntil(subscription, () -> {
            bursts.maybeFire(subscription);
            return bursts.done();
        });
        bursts.rethrow();
        checker.expectEverything(subscription, client, stream, bursts.written(), SMALL_QUEUE.queueSize());
    }

    /** A position in {@code $all} before everything the test writes next. */
    private static Position fence(Server server, ExtremeClient admin) {
        return result(admin.append(server.stream("cu-fence"), events(1))).logPosition().orElseThrow();
    }

    /** Fails with {@code what} unless {@code condition} holds before the deadline; runs {@code each} every poll. */
    static void awaitUntil(Supplier<String> what, BooleanSupplier condition, Runnable each) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
        while (true) {
            each.run();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + DEADLINE_SECONDS + " s waiting for: " + what.get());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // the polling interval of a deadline wait
        }
    }

    /**
     * Writers appending {@code total} events to one stream from {@value #WRITERS} threads with
     * {@link ExpectedVersion#ANY}, single events and small batches mixed, as fast as they can.
     */
    static final class Writers {
        private static final int[] BATCHES = {1, 3, 1, 5, 1, 2, 1, 4};
        private final AtomicInteger claimed = new AtomicInteger();
        private final AtomicInteger written = new AtomicInteger();
        private final List<CompletableFuture<Void>> threads = new ArrayList<>();
        private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

        static Writers start(ExtremeClient client, String stream, int total) {
            Writers writers = new Writers();
            for (int w = 0; w < WRITERS; w++) {
                int first = w;
                writers.threads.add(CompletableFuture.runAsync(() -> writers.write(client, stream, total, first),
                        writers.pool));
            }
            writers.pool.shutdown();
            return writers;
        }

        private void write(ExtremeClient client, String stream, int total, int turn) {
            while (true) {
                int size = BATCHES[turn++ % BATCHES.length];
                int from = claimed.getAndAdd(size);
                if (from >= total) {
                    return;
                }
                int count = Math.min(size, total - from);
                result(client.append(stream, events(count)));
                written.addAndGet(count);
            }
        }

        boolean done() {
            return threads.stream().allMatch(CompletableFuture::isDone);
        }

        void awaitWritten(int count) {
            awaitUntil(() -> count + " events written (" + written.get() + " so far)",
                    () -> written.get() >= count || done(), () -> { });
        }

        /** Waits for every writer; a failed append fails the test with its cause. */
        void awaitDone() {
            awaitUntil(() -> "the writers to finish (" + written.get() + " written)", this::done, () -> { });
            threads.forEach(CompletableFuture::join);
        }
    }

    /**
     * Writes bursts bigger than the queue at the moments that matter, decided from the handler:
     * when the subscription has queued everything written and is not live (it is subscribing or
     * reading the gap), or when it is live and idle. Each burst is {@value #APPENDS} appends of
     * {@value #EVENTS} events sent at once, so live events pour in while the subscription changes phase.
     */
    static final class Bursts {
        private static final int APPENDS = 3;
        private static final int EVENTS = 20;
        private final ExtremeClient client;
        private final String stream;
        private final int total;
        private final AtomicInteger written;
        private final AtomicInteger fired = new AtomicInteger();
        private final AtomicBoolean inFlight = new AtomicBoolean();
        private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

        Bursts(ExtremeClient client, String stream, int alreadyWritten, int total) {
            this.client = client;
            this.stream = stream;
            this.total = total;
            this.written = new AtomicInteger(alreadyWritten);
        }

        /** Runs on the handler's thread before each event is handled, and from the test's polling. */
        void maybeFire(CatchUpSubscription subscription) {
            if (fired.get() >= total || inFlight.get()) {
                return;
            }
            boolean betweenPhases = !subscription.isLive() && subscription.lastEventNumberQueued().orElse(-1) == written.get() - 1;
            boolean idle = subscription.isLive() && subscription.queuedEvents() <= 1;
            if (!(betweenPhases || idle) || !inFlight.compareAndSet(false, true)) {
                return;
            }
            fired.incrementAndGet();
            CompletableFuture<?>[] appends = new CompletableFuture<?>[APPENDS];
            for (int i = 0; i < APPENDS; i++) {
                appends[i] = client.append(stream, events(EVENTS));
            }
            CompletableFuture.allOf(appends).whenComplete((ok, error) -> {
                if (error != null) {
                    failures.add(error);
                }
                written.addAndGet(APPENDS * EVENTS);
                inFlight.set(false);
            });
        }

        boolean done() {
            return !failures.isEmpty() || (fired.get() >= total && !inFlight.get());
        }

        int written() {
            return written.get();
        }

        void rethrow() {
            assertThat(failures).as("failed appends").isEmpty();
        }
    }

    /**
     * A listener that checks as it goes: the handler is never entered twice at once, positions
     * only grow, the events of the test's stream are kept in arrival order, onLive is counted.
     * Optionally slow: it parks for {@code millisPerEvent} per event, a deliberately slow consumer.
     */
    static final class Checker implements SubscriptionListener {
        private final Predicate<ResolvedEvent> ours;
        private final long nanosPerEvent;
        private final ConcurrentLinkedQueue<Long> numbers = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        private final AtomicInteger count = new AtomicInteger();
        private final AtomicInteger inside = new AtomicInteger();
        private final AtomicInteger lives = new AtomicInteger();
        private final AtomicInteger drops = new AtomicInteger();
        private final AtomicInteger largestQueueSeen = new AtomicInteger();
        private volatile DropReason dropReason;
        private volatile Throwable dropCause;
        private Position lastPosition;
        private Consumer<CatchUpSubscription> beforeEach = s -> { };

        private Checker(Predicate<ResolvedEvent> ours, long millisPerEvent) {
            this.ours = ours;
            this.nanosPerEvent = TimeUnit.MILLISECONDS.toNanos(millisPerEvent);
        }

        static Checker of(String stream, long millisPerEvent) {
            return new Checker(e -> e.originalStreamId().equals(stream), millisPerEvent);
        }

        /** Also runs {@code hook} on the handler's thread before each event. */
        Checker beforeEach(Consumer<CatchUpSubscription> hook) {
            this.beforeEach = hook;
            return this;
        }

        @Override
        public void onEvent(Subscription subscription, ResolvedEvent event) {
            if (inside.incrementAndGet() != 1) {
                violations.add("onEvent entered while another call was running");
            }
            try {
                if (event.position().isPresent()) {
                    Position position = event.position().get();
                    if (lastPosition != null && position.compareTo(lastPosition) <= 0) {
                        violations.add("position " + position + " after " + lastPosition);
                    }
                    lastPosition = position;
                }
                if (subscription instanceof CatchUpSubscription catchUp) {
                    largestQueueSeen.accumulateAndGet(catchUp.queuedEvents(), Math::max);
                    beforeEach.accept(catchUp);
                }
                if (ours.test(event)) {
                    numbers.add(event.originalEventNumber());
                    count.incrementAndGet();
                }
                if (nanosPerEvent > 0) {
                    LockSupport.parkNanos(nanosPerEvent); // the deliberately slow consumer
                }
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public void onLive(Subscription subscription) {
            lives.incrementAndGet();
        }

        @Override
        public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
            dropReason = reason;
            dropCause = cause;
            drops.incrementAndGet();
        }

        int count() {
            return count.get();
        }

        void awaitLive(CatchUpSubscription subscription) {
            awaitUntil(() -> "onLive (" + count() + " events so far, dropped: " + dropReason + ")",
                    () -> lives.get() == 1 || drops.get() > 0, () -> { });
            assertThat(drops.get()).as("dropped: %s", dropReason).isZero();
        }

        /** Samples the subscription's queue until {@code stop} holds: it never exceeds the bound. */
        void watchQueueUntil(CatchUpSubscription subscription, BooleanSupplier stop) {
            awaitUntil(() -> "the writers to finish (" + count() + " events delivered)", stop, () -> sample(subscription));
        }

        private void sample(CatchUpSubscription subscription) {
            largestQueueSeen.accumulateAndGet(Math.max(subscription.queuedEvents(), subscription.maxQueuedEvents()), Math::max);
        }

        /**
         * Waits for all {@code total} events of the stream, then writes one more and waits for it
         * too: anything queued before it (a late duplicate) has then been delivered and would show.
         */
        void expectEverything(CatchUpSubscription subscription, ExtremeClient client, String stream, int total, int queueBound) {
            awaitUntil(() -> "all " + total + " events (" + count() + " delivered, drops " + drops.get() + " " + dropReason
                    + ", last numbers " + tail() + ")", () -> count() >= total || drops.get() > 0, () -> sample(subscription));
            awaitUntil(() -> "onLive (" + lives.get() + ")", () -> lives.get() > 0 || drops.get() > 0, () -> sample(subscription));
            result(client.append(stream, events(1)));
            awaitUntil(() -> "the marker event (" + count() + " delivered)", () -> count() >= total + 1 || drops.get() > 0,
                    () -> sample(subscription));
            sample(subscription);
            assertThat(drops.get()).as("dropped with %s", dropReason, dropCause).isZero();
            assertThat(violations).isEmpty();
            List<Long> expected = LongStream.range(0, total + 1).boxed().toList();
            List<Long> got = new ArrayList<>(numbers);
            assertThat(got).as("event numbers (missing and extra shown below)").hasSize(total + 1).isEqualTo(expected);
            assertThat(lives.get()).as("onLive calls").isEqualTo(1);
            // After a fall-back the subscription may still be finishing its last read of the gap.
            awaitUntil(() -> "isLive()", subscription::isLive, () -> { });
            assertThat(subscription.maxQueuedEvents()).isLessThanOrEqualTo(queueBound);
            assertThat(largestQueueSeen.get()).isLessThanOrEqualTo(queueBound);
            subscription.close();
            awaitUntil(() -> "onDropped after close", () -> drops.get() > 0, () -> { });
            assertThat(dropReason).isEqualTo(DropReason.UNSUBSCRIBED);
            assertThat(drops.get()).isEqualTo(1);
            assertThat(numbers).hasSize(total + 1);
        }

        private String tail() {
            List<Long> all = new ArrayList<>(numbers);
            return all.subList(Math.max(0, all.size() - 5), all.size()).toString();
        }
    }
}
