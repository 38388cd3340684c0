package io.extreme.benchmarks.esjc.scale;

import com.github.msemys.esjc.SubscriptionDropReason;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The esjc twin of its namesake in extreme-benchmarks, with esjc's drop reasons. What every subscription of a run received, counted from the handlers (any callback thread):
 * per event, a latch that opens when every subscription has it in order; misordered or repeated
 * deliveries; and the drops by reason, so that none goes unreported.
 */
final class FanOutTally {
    private final CountDownLatch[] everyoneHas;
    private final CountDownLatch allDropped;
    private final LongAdder delivered = new LongAdder();
    private final AtomicLong misordered = new AtomicLong();
    private final AtomicReference<String> firstMisorder = new AtomicReference<>();
    private final Map<SubscriptionDropReason, LongAdder> drops = new ConcurrentHashMap<>();
    private final AtomicReference<Throwable> firstDropCause = new AtomicReference<>();

    FanOutTally(int subscriptions, int events) {
        everyoneHas = new CountDownLatch[events];
        for (int i = 0; i < events; i++) {
            everyoneHas[i] = new CountDownLatch(subscriptions);
        }
        allDropped = new CountDownLatch(subscriptions);
    }

    /** Event {@code eventNumber} reached one more subscription, in order. */
    void delivered(long eventNumber) {
        delivered.increment();
        if (eventNumber >= 0 && eventNumber < everyoneHas.length) {
            everyoneHas[(int) eventNumber].countDown();
        }
    }

    /** A subscription got {@code eventNumber} when it expected {@code expected}: out of order, repeated or a gap. */
    void misordered(long eventNumber, long expected) {
        misordered.incrementAndGet();
        firstMisorder.compareAndSet(null, "got event " + eventNumber + " when expecting " + expected);
    }

    /** A subscription ended, for {@code reason}. */
    void dropped(SubscriptionDropReason reason, Throwable cause) {
        drops.computeIfAbsent(reason, r -> new LongAdder()).increment();
        if (cause != null) {
            firstDropCause.compareAndSet(null, cause);
        }
        allDropped.countDown();
    }

    /** Waits until every subscription has event {@code eventNumber}; false when {@code deadlineNanos} passed first. */
    boolean awaitEveryoneHas(int eventNumber, long deadlineNanos) throws InterruptedException {
        return everyoneHas[eventNumber].await(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    /** Waits until every subscription ended, for {@code wait} at most. */
    boolean awaitAllDropped(Duration wait) throws InterruptedException {
        return allDropped.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    long delivered() {
        return delivered.sum();
    }

    long misordered() {
        return misordered.get();
    }

    /** The first misordered delivery, described; null when none. */
    String firstMisorder() {
        return firstMisorder.get();
    }

    /** Drops so far, by reason. */
    Map<SubscriptionDropReason, Long> drops() {
        Map<SubscriptionDropReason, Long> copy = new EnumMap<>(SubscriptionDropReason.class);
        drops.forEach((reason, count) -> copy.put(reason, count.sum()));
        return copy;
    }

    /** Drops so far for any reason but {@code except}. */
    long dropsOtherThan(SubscriptionDropReason except) {
        return drops().entrySet().stream().filter(e -> e.getKey() != except).mapToLong(Map.Entry::getValue).sum();
    }

    /** The cause of the first drop that had one; null when none. */
    Throwable firstDropCause() {
        return firstDropCause.get();
    }
}
