package io.extreme.benchmarks.esjc.scale;

import io.extreme.benchmarks.support.scale.HeapGauge;
import io.extreme.benchmarks.support.scale.ScaleOptions;
import io.extreme.benchmarks.support.scale.ThreadCpu;
import com.github.msemys.esjc.EventData;
import com.github.msemys.esjc.EventStore;
import com.github.msemys.esjc.ExpectedVersion;
import com.github.msemys.esjc.Subscription;
import com.github.msemys.esjc.SubscriptionDropReason;
import com.github.msemys.esjc.WriteResult;
import io.extreme.benchmarks.esjc.EventIds;
import io.extreme.benchmarks.esjc.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The esjc twin of its namesake in extreme-benchmarks, phase for phase. The three phases of a run on one connected client: open N volatile subscriptions to one fresh
 * stream, fan E appended events out to all of them, close them; with the heap read after full
 * GCs before, while open, and after. Runs on the caller's thread; the handlers run on the
 * client's executor.
 */
final class ScaleRun {
    private final EventStore client;
    private final ScaleOptions options;
    private final HeapGauge heap = new HeapGauge();
    private final FanOutTally tally;
    private final String stream = "scale-" + UUID.randomUUID();

    ScaleRun(EventStore client, ScaleOptions options) {
        this.client = client;
        this.options = options;
        this.tally = new FanOutTally(options.subscriptions(), options.events());
    }

    ScaleResult run() throws Exception {
        long baseline = heap.liveBytes();
        Subscription[] handles = new Subscription[options.subscriptions()];
        AtomicInteger refused = new AtomicInteger();
        long openStart = System.nanoTime();
        open(handles, refused);
        long openNanos = System.nanoTime() - openStart;
        long open = heap.liveBytes();

        ThreadCpu clientBefore = ThreadCpu.of(ProcessHandle.current().pid());
        ThreadCpu serverBefore = options.serverPid() > 0 ? ThreadCpu.of(options.serverPid()) : null;
        long fanOutNanos = fanOut();
        List<String> cpu = new ArrayList<>();
        cpu.add("client " + ThreadCpu.of(ProcessHandle.current().pid()).busiestSince(clientBefore, 6));
        if (serverBefore != null) {
            cpu.add("server " + ThreadCpu.of(options.serverPid()).busiestSince(serverBefore, 6));
        }

        Map<SubscriptionDropReason, Long> before = tally.drops();
        Throwable cause = tally.firstDropCause();
        String dropCause = cause == null ? null : cause.toString();
        long closeStart = System.nanoTime();
        for (Subscription handle : handles) {
            if (handle != null) {
                handle.close();
            }
        }
        // Those that dropped already will not drop again: wait for the rest only.
        boolean allHeard = tally.awaitAllDropped(options.deadline());
        long closeNanos = System.nanoTime() - closeStart;
        Arrays.fill(handles, null); // the runner's own references must not count as the client's heap
        long closed = heap.liveBytes();
        Map<SubscriptionDropReason, Long> atClose = since(before, tally.drops());
        if (!allHeard) {
            System.err.println("not every subscription heard its drop within " + options.deadline());
        }
        return new ScaleResult(options, baseline, open, closed, openNanos, refused.get(), fanOutNanos, tally.delivered(),
                tally.misordered(), tally.firstMisorder(), before, dropCause, closeNanos, atClose, cpu);
    }

    /** Subscribes N times, at most {@code openWindow} waiting for their confirmation at once. */
    private void open(Subscription[] handles, AtomicInteger refused) throws InterruptedException, TimeoutException {
        Semaphore outstanding = new Semaphore(options.openWindow());
        long deadline = System.nanoTime() + options.deadline().toNanos();
        for (int i = 0; i < handles.length; i++) {
            acquire(outstanding, 1, deadline);
            int slot = i;
            client.subscribeToStream(stream, false, new OrderedListener(tally)).whenComplete((subscription, failure) -> {
                if (subscription != null) {
                    handles[slot] = subscription; // published to the run's thread by the release below
                } else {
                    refused.incrementAndGet();
                    System.err.println("subscription " + slot + " refused: " + failure);
                }
                outstanding.release();
            });
        }
        acquire(outstanding, options.openWindow(), deadline); // every confirmation (or refusal) is in
        outstanding.release(options.openWindow());
    }

    private static void acquire(Semaphore semaphore, int permits, long deadline) throws InterruptedException, TimeoutException {
        if (!semaphore.tryAcquire(permits, deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            throw new TimeoutException("subscriptions still unconfirmed at the deadline");
        }
    }

    /**
     * Appends the events, {@code batch} per call, never more than {@code window} ahead of the last
     * event every subscription has; returns the time from the first append until every
     * subscription has the last event, or until the deadline or a drop ended the wait.
     */
    private long fanOut() throws Exception {
        byte[] payload = Workload.payload();
        EventIds ids = new EventIds();
        List<CompletableFuture<WriteResult>> appends = new ArrayList<>();
        long deadline = System.nanoTime() + options.deadline().toNanos();
        long start = System.nanoTime();
        int appended = 0;
        while (appended < options.events()) {
            int size = Math.min(options.batch(), options.events() - appended);
            int mustHave = appended + size - 1 - options.window();
            if (mustHave >= 0 && !awaitEveryoneHas(mustHave, deadline)) {
                break;
            }
            List<EventData> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(EventData.newBuilder().eventId(ids.next()).type(Workload.EVENT_TYPE).data(payload).build());
            }
            appends.add(client.appendToStream(stream, ExpectedVersion.ANY, batch));
            appended += size;
        }
        for (int event = 0; event < appended; event++) {
            if (!awaitEveryoneHas(event, deadline)) {
                break;
            }
        }
        long elapsed = System.nanoTime() - start;
        for (CompletableFuture<WriteResult> append : appends) {
            append.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS); // a failed append fails the run
        }
        return elapsed;
    }

    /** Waits for event {@code number} at every subscription; false at the deadline or once one dropped. */
    private boolean awaitEveryoneHas(int number, long deadline) throws InterruptedException {
        while (System.nanoTime() - deadline < 0) {
            long slice = Math.min(deadline, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100));
            if (tally.awaitEveryoneHas(number, slice)) {
                return true;
            }
            if (!tally.drops().isEmpty()) {
                return false; // a dropped subscription will never have it: report, do not wait out the deadline
            }
        }
        System.err.println("event " + number + " had not reached every subscription at the deadline");
        return false;
    }

    private static Map<SubscriptionDropReason, Long> since(Map<SubscriptionDropReason, Long> before, Map<SubscriptionDropReason, Long> after) {
        Map<SubscriptionDropReason, Long> difference = new EnumMap<>(SubscriptionDropReason.class);
        after.forEach((reason, count) -> {
            long more = count - before.getOrDefault(reason, 0L);
            if (more > 0) {
                difference.put(reason, more);
            }
        });
        return difference;
    }
}
