package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The engine's queue keeps each producer's order, runs everything on the engine thread, and at
 * the end runs every task it accepted, refuses the rest, and only then lets the thread go.
 */
class EngineInboxTest {
    private final ScheduledThreadPoolExecutor loop = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "engine-test"));
    private final EngineInbox inbox = new EngineInbox(loop);

    @Test
    void runsTheTasksOfEveryProducerInTheirOrderOnTheEngineThread() throws Exception {
        int producers = 4;
        int each = 20_000;
        List<List<Integer>> seen = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            seen.add(new ArrayList<>());
        }
        AtomicReference<String> wrongThread = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(producers * each);
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int producer = p;
            threads.add(new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    int n = i;
                    inbox.execute(() -> {
                        if (!Thread.currentThread().getName().equals("engine-test")) {
                            wrongThread.set(Thread.currentThread().getName());
                        }
                        seen.get(producer).add(n); // the engine thread alone: no lock needed
                        done.countDown();
                    });
                }
            }));
        }
        threads.forEach(Thread::start);
        assertThat(done.await(30, TimeUnit.SECONDS)).as("every task ran").isTrue();
        loop.submit(() -> { }).get(10, TimeUnit.SECONDS); // what the tasks wrote is seen from here
        assertThat(wrongThread.get()).isNull();
        for (List<Integer> order : seen) {
            assertThat(order).hasSize(each).isSorted();
        }
    }

    @Test
    void aClosedInboxRunsWhatItAcceptedRefusesTheRestAndThenEndsTheThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        inbox.execute(() -> await(release)); // holds the engine thread while more queue behind it
        for (int i = 0; i < 1000; i++) {
            inbox.execute(ran::incrementAndGet);
        }
        inbox.close();
        assertThatThrownBy(() -> inbox.execute(ran::incrementAndGet)).isInstanceOf(RejectedExecutionException.class);
        assertThat(loop.isShutdown()).as("not before what was accepted has run").isFalse();

        release.countDown();
        assertThat(loop.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran.get()).isEqualTo(1000);
    }

    @Test
    void aCloseFromATaskEndsTheThreadOnceTheTasksBehindItHaveRun() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        inbox.execute(() -> await(release));
        inbox.execute(inbox::close);
        inbox.execute(ran::incrementAndGet); // accepted before the close ran
        release.countDown();
        assertThat(loop.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran.get()).isEqualTo(1);
    }

    @Test
    void anIdleInboxEndsTheThreadAtOnceWhenClosed() throws Exception {
        inbox.close();
        inbox.close();
        assertThat(loop.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void everyTaskAcceptedWhileAnotherThreadClosesRunsAndEveryRefusedOneIsTold() throws Exception {
        for (int round = 0; round < 50; round++) {
            ScheduledThreadPoolExecutor engine = new ScheduledThreadPoolExecutor(1);
            EngineInbox racing = new EngineInbox(engine);
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger ran = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            Thread producer = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    try {
                        racing.execute(ran::incrementAndGet);
                        accepted.incrementAndGet();
                    } catch (RejectedExecutionException refused) {
                        return;
                    } catch (RuntimeException e) {
                        unexpected.add(e);
                    }
                }
            });
            producer.start();
            racing.execute(() -> { });
            accepted.incrementAndGet();
            ran.incrementAndGet();
            racing.close();
            producer.join(10_000);
            assertThat(engine.awaitTermination(10, TimeUnit.SECONDS)).as("round %d ends", round).isTrue();
            assertThat(unexpected).isEmpty();
            assertThat(ran.get()).as("round %d: every accepted task ran", round).isEqualTo(accepted.get());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
