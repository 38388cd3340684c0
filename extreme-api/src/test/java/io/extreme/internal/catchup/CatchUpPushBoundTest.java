package io.extreme.internal.catchup;

import static io.extreme.internal.fakes.ServerHarness.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.internal.fakes.ServerHarness;
import io.extreme.internal.fakes.ServerHarness.Recorder;
import io.extreme.subscription.CatchUpOptions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The pushes the engine thread hands to a catch-up's context are bounded by the queue size: with
 * the context starved of threads (the one callback thread is busy), the pushes past the bound
 * are left to the reads, as a full outbox leaves them, and none is lost or delivered twice.
 */
class CatchUpPushBoundTest {
    private static final CatchUpOptions OPTIONS = new CatchUpOptions(false, 5, 10).withWatchdog(Duration.ZERO);

    @Test
    void pushesPastTheBoundFallBackToReadsWhileTheContextIsStarved() throws Exception {
        // One callback thread, so that the test can keep it busy; a daemon, shut down after.
        ExecutorService callbacks = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "push-bound-callbacks");
            thread.setDaemon(true);
            return thread;
        });
        try (ServerHarness h = new ServerHarness(ServerHarness.settings().callbackExecutor(callbacks))) {
            h.server.append("s", 3);
            Recorder recorder = new Recorder();
            CatchUp catchUp = (CatchUp) h.client.catchUpAtOnce("s", -1, OPTIONS, recorder);
            recorder.awaitEvents(3);
            until("live", catchUp::isLive);
            assertThat(h.server.subscribes).hasValue(1);

            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            callbacks.execute(() -> {
                busy.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            h.server.append("s", 40); // 40 pushes against a bound of 10, none taken meanwhile
            release.countDown();

            recorder.awaitEvents(43);
            assertThat(recorder.numbers()).isEqualTo(LongStream.rangeClosed(0, 42).boxed().toList());
            until("live again", () -> catchUp.isLive() && h.server.liveSubscriptions() == 1);
            assertThat(h.server.subscribes.get()).as("fell back to reading and subscribed again").isGreaterThanOrEqualTo(2);
            assertThat(catchUp.maxQueuedEvents()).isLessThanOrEqualTo(10);
            assertThat(recorder.drops).isEmpty();
            assertThat(recorder.lives).hasValue(1);
        } finally {
            callbacks.shutdownNow();
        }
    }
}
