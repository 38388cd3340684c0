package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.event.ExpectedVersion;
import io.extreme.subscription.FanoutListener;
import io.extreme.subscription.Listener;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Pausing and closing wait for a handler call in progress at most a bound: with a handler that
 * does not return, they give up after it, say so (the return value, and a WARN line naming the
 * listener), and lose nothing: the listener still ends, with the handler's checkpoint, once the
 * call returns. The handler "blocks for ever" until the test lets it go, after the give-up.
 */
class HandlerWaitContractTest {
    private static final Duration BOUND = Duration.ofMillis(200);

    /** A handler call that returns only when the test says so; it says when it started. */
    private static final class Stuck {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        void block() throws InterruptedException {
            entered.countDown();
            if (!release.await(Await.SECONDS * 2, TimeUnit.SECONDS)) {
                throw new AssertionError("the test never let the handler go");
            }
        }

        void awaitEntered() throws InterruptedException {
            assertThat(entered.await(Await.SECONDS, TimeUnit.SECONDS)).as("the handler was called").isTrue();
        }
    }

    @ContractTest
    void pauseGivesUpOnAHandlerThatDoesNotReturnAndTheCheckpointStillMoves(Server server) throws Exception {
        ExtremeClient client = server.client();
        String stream = server.stream("hw-pause");
        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Stuck stuck = new Stuck();
        Listener listener = client.listener(stream, event -> {
            if (event.originalEventNumber() == 0) {
                stuck.block();
            }
            return event.originalEventNumber();
        }).build();
        try (LogLines log = new LogLines()) {
            listener.start();
            stuck.awaitEntered();
            assertThat(listener.pause(BOUND)).as("pause says it gave up").isFalse();
            assertThat(listener.state()).isEqualTo(Listener.State.PAUSED);
            Await.until("a WARN line naming the listener", () -> log.has("WARN", "listener " + stream, "gave up after 200 ms"));
        } finally {
            stuck.release.countDown();
        }
        // The call that was left running still counts, and nothing more is handled while paused.
        Await.until("the checkpoint of the call that returned", () -> listener.lastProcessedEventNumber().orElse(-1) == 0);
        assertThat(listener.pause(BOUND)).as("nothing in progress any more").isTrue();
        assertThat(listener.lastProcessedEventNumber()).hasValue(0);
        listener.resume();
        Await.until("the rest handled after the resume", () -> listener.lastProcessedEventNumber().orElse(-1) == 2);
        assertThat(listener.close(BOUND)).isTrue();
        assertThat(result(listener.completion())).hasValue(2);
    }

    @ContractTest
    void closeGivesUpOnAHandlerThatDoesNotReturnAndTheListenerEndsWhenItDoes(Server server) throws Exception {
        ExtremeClient client = server.client();
        String stream = server.stream("hw-close");
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Stuck stuck = new Stuck();
        Listener listener = client.listener(stream, event -> {
            stuck.block();
            return event.originalEventNumber();
        }).build();
        try (LogLines log = new LogLines()) {
            listener.start();
            stuck.awaitEntered();
            assertThat(listener.close(BOUND)).as("close says it gave up").isFalse();
            assertThat(listener.state()).isEqualTo(Listener.State.CLOSED);
            assertThat(listener.completion()).as("ends only once the call returns").isNotDone();
            Await.until("a WARN line naming the listener", () -> log.has("WARN", "listener " + stream, "gave up after 200 ms"));
        } finally {
            stuck.release.countDown();
        }
        assertThat(result(listener.completion())).hasValue(0);
        assertThat(listener.close(BOUND)).as("a second close: nothing in progress").isTrue();
    }

    @ContractTest
    void fanoutCloseGivesUpOnAForwarderThatDoesNotReturnAndEndsWhenItDoes(Server server) throws Exception {
        ExtremeClient client = server.client();
        String stream = server.stream("hw-fanout");
        Stuck stuck = new Stuck();
        FanoutListener fanout = result(client.fanoutListener(stream, event -> stuck.block()).start());
        try (LogLines log = new LogLines()) {
            result(client.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
            stuck.awaitEntered();
            assertThat(fanout.close(BOUND)).as("close says it gave up").isFalse();
            assertThat(fanout.isActive()).isFalse();
            assertThat(fanout.completion()).as("ends only once the call returns").isNotDone();
            Await.until("a WARN line naming the listener", () -> log.has("WARN", "fanout " + stream, "gave up after 200 ms"));
        } finally {
            stuck.release.countDown();
        }
        result(fanout.completion());
        assertThat(fanout.close(BOUND)).isTrue();
    }
}
