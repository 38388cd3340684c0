package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.DeleteOptions;
import io.extreme.ExtremeClient;
import io.extreme.error.AccessDeniedException;
import io.extreme.error.ClientClosedException;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.Listener;
import io.extreme.subscription.ListenerBuilder;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;

class ListenerContractTest {
    /** A read model in miniature: what the handler saw, and how often the listener caught up. */
    private static final class Model {
        final BlockingQueue<ResolvedEvent> seen = new LinkedBlockingQueue<>();
        final AtomicInteger caughtUp = new AtomicInteger();
        final CompletableFuture<Throwable> error = new CompletableFuture<>();
        private final Recorder taker = new Recorder();

        /** A handler that records the event and returns what {@code checkpoint} says. */
        EventHandler handler(ToLongFunction<ResolvedEvent> checkpoint) {
            return event -> {
                seen.add(event);
                taker.events.add(event);
                return checkpoint.applyAsLong(event);
            };
        }

        EventHandler handler() {
            return handler(ResolvedEvent::originalEventNumber);
        }

        /** What the last {@link #start} started: completes once the listener is in place. */
        CompletableFuture<Listener> started;

        /** Builds and starts the listener, without waiting for it to be in place (some never are). */
        Listener start(ListenerBuilder builder) {
            Listener listener = builder.onCaughtUp(caughtUp::incrementAndGet).onError(error::complete).build();
            started = listener.start();
            return listener;
        }

        List<Long> take(int count) {
            return Events.numbers(taker.take(count));
        }

        void awaitCaughtUp(int times) {
            Await.until("the listener to catch up " + times + " time(s)", () -> caughtUp.get() >= times);
        }
    }

    private static List<Long> range(long from, long toInclusive) {
        return LongStream.rangeClosed(from, toInclusive).boxed().toList();
    }

    @ContractTest
    void pauseReturnsTheCheckpointTheHandlerReturnedAndResumeContinuesAfterIt(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lst-checkpoint");
        result(client.append(stream, events(4), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Model model = new Model();
        // Events 2 and 3 are "not committed" the first time: the handler keeps checkpoint 1 for them.
        AtomicInteger calls = new AtomicInteger();
        Listener listener = model.start(client.listener(stream, model.handler(
                e -> calls.incrementAndGet() <= 2 || calls.get() > 4 ? e.originalEventNumber() : 1)));
        assertThat(model.take(4)).isEqualTo(range(0, 3));
        model.awaitCaughtUp(1);
        assertThat(listener.pause()).hasValue(1);
        assertThat(listener.lastProcessedEventNumber()).hasValue(1);
        assertThat(listener.state()).isEqualTo(Listener.State.PAUSED);

        listener.resume();
        assertThat(model.take(2)).containsExactly(2L, 3L);
        model.awaitCaughtUp(2);
        assertThat(listener.pause()).hasValue(3);
        listener.close();
        assertThat(result(listener.completion())).hasValue(3);
    }

    @ContractTest
    void nothingIsProcessedWhilePausedAndEverythingOnceAfterResuming(Server server) throws Exception {
        ExtremeClient client = server.client();
        String stream = server.stream("lst-pause");
        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Model model = new Model();
        Listener listener = model.start(client.listener(stream, model.handler()));
        assertThat(model.take(3)).isEqualTo(range(0, 2));
        model.awaitCaughtUp(1);

        assertThat(listener.pause()).hasValue(2);
        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.exactly(2))));
        // A bounded wait for something that must not happen: no event reaches a paused listener.
        assertThat(model.taker.events.poll(300, TimeUnit.MILLISECONDS)).isNull();

        listener.resume();
        assertThat(model.take(3)).isEqualTo(range(3, 5));
        model.awaitCaughtUp(2);
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.exactly(5))));
        assertThat(model.take(2)).containsExactly(6L, 7L);
        listener.close();
        listener.close();
        assertThat(result(listener.completion())).hasValue(7);
        assertThat(Events.numbers(List.copyOf(model.seen))).isEqualTo(range(0, 7));
        assertThat(listener.state()).isEqualTo(Listener.State.CLOSED);
    }

    @ContractTest
    void aNewListenerContinuesFromTheStoredCheckpoint(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lst-restart");
        result(client.append(stream, events(5), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        AtomicLong stored = new AtomicLong(-1);
        Model first = new Model();
        Listener listener = first.start(client.listener(stream, first.handler(e -> {
            stored.set(e.originalEventNumber()); // the read model stores its checkpoint with its changes
            return e.originalEventNumber();
        })));
        assertThat(first.take(5)).isEqualTo(range(0, 4));
        listener.close();
        assertThat(result(listener.completion())).hasValue(4);

        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.exactly(4))));
        Model second = new Model();
        Listener restarted = second.start(client.listener(stream, second.handler())
                .startAfter(stored.get()));
        assertThat(second.take(3)).isEqualTo(range(5, 7));
        second.awaitCaughtUp(1);
        assertThat(second.seen).hasSize(3);
        restarted.close();
    }

    @ContractTest
    void followsTheNumbersOfAStreamOfLinks(Server server) {
        ExtremeClient client = server.client();
        String orders = server.stream("lst-order");
        String invoices = server.stream("lst-invoice");
        String links = server.stream("lst-links");
        result(client.append(orders, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.append(invoices, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        for (String target : List.of("0@" + orders, "0@" + invoices, "1@" + orders, "1@" + invoices)) {
            result(client.append(links, EventData.binary("$>", target.getBytes())));
        }
        Model model = new Model();
        Listener listener = model.start(client.listener(links, model.handler()).startAfter(1));
        assertThat(model.take(2)).containsExactly(2L, 3L);
        model.awaitCaughtUp(1);
        List<ResolvedEvent> seen = List.copyOf(model.seen);
        assertThat(seen).allMatch(ResolvedEvent::isResolved);
        assertThat(seen).extracting(e -> e.event().streamId()).containsExactly(orders, invoices);
        assertThat(seen).extracting(e -> e.event().eventNumber()).containsExactly(1L, 1L);
        assertThat(listener.pause()).hasValue(3);
        listener.close();
    }

    @ContractTest
    void aHardDeletedStreamStopsTheListenerWithStreamDeleted(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lst-deleted");
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.delete(stream, DeleteOptions.hard()));
        Model model = new Model();
        Listener listener = model.start(client.listener(stream, model.handler()));
        assertThatThrownBy(() -> result(listener.completion())).isInstanceOf(StreamDeletedException.class);
        assertThat(result(model.error)).isInstanceOf(StreamDeletedException.class);
        assertThat(listener.state()).isEqualTo(Listener.State.FAILED);
        assertThat(listener.lastProcessedEventNumber()).isEmpty();
        assertThat(model.seen).isEmpty();
        assertThatThrownBy(listener::resume).isInstanceOf(IllegalStateException.class);
        listener.close();
    }

    @ContractTest
    void aMissingOrSoftDeletedStreamIsWaitedFor(Server server) {
        ExtremeClient client = server.client();
        String missing = server.stream("lst-missing");
        Model model = new Model();
        Listener listener = model.start(client.listener(missing, model.handler()));
        model.awaitCaughtUp(1);
        result(client.append(missing, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        assertThat(model.take(2)).containsExactly(0L, 1L);
        listener.close();

        String softDeleted = server.stream("lst-soft");
        result(client.append(softDeleted, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.delete(softDeleted));
        Model later = new Model();
        Listener waiting = later.start(client.listener(softDeleted, later.handler()));
        later.awaitCaughtUp(1);
        assertThat(waiting.state()).isEqualTo(Listener.State.RUNNING);
        result(client.append(softDeleted, events(1)));
        assertThat(later.take(1)).containsExactly(2L);
        assertThat(later.error).isNotDone();
        waiting.close();
    }

    @ContractTest
    void aThrowingHandlerStopsTheListenerWithItsException(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lst-throws");
        result(client.append(stream, events(5), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        IllegalStateException boom = new IllegalStateException("boom");
        Model model = new Model();
        EventHandler recording = model.handler();
        Listener listener = model.start(client.listener(stream, event -> {
            if (event.originalEventNumber() == 2) {
                throw boom;
            }
            return recording.handle(event);
        }));
        assertThat(result(model.error)).isSameAs(boom);
        assertThatThrownBy(() -> result(listener.completion())).isSameAs(boom);
        assertThat(listener.state()).isEqualTo(Listener.State.FAILED);
        assertThat(listener.lastProcessedEventNumber()).hasValue(1);
        assertThat(listener.pause()).hasValue(1);
        assertThat(Events.numbers(List.copyOf(model.seen))).containsExactly(0L, 1L);
    }

    @ContractTest
    void theHandlerMayPauseItsOwnListener(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lst-self-pause");
        result(client.append(stream, events(4), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Model model = new Model();
        AtomicReference<Listener> self = new AtomicReference<>();
        CompletableFuture<OptionalLong> pausedAt = new CompletableFuture<>();
        EventHandler recording = model.handler();
        Listener listener = client.listener(stream, event -> {
            long checkpoint = recording.handle(event);
            if (checkpoint == 1) {
                pausedAt.complete(self.get().pause()); // returns at once: it cannot wait for itself
            }
            return checkpoint;
        }).build();
        self.set(listener);
        listener.start();
        assertThat(result(pausedAt)).hasValue(0);
        assertThat(model.take(2)).containsExactly(0L, 1L);
        assertThat(listener.pause()).hasValue(1); // the call in progress was recorded
        listener.resume();
        assertThat(model.take(2)).containsExactly(2L, 3L);
        assertThat(Events.numbers(List.copyOf(model.seen))).isEqualTo(range(0, 3));
        listener.close();
    }

    @ContractTest
    void aClosedClientStopsTheListenerAfterItsResubscriptionsFail(Server server) {
        String stream = server.stream("lst-closed");
        ExtremeClient extra = ContractTargets.connect(server, b -> b);
        result(extra.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Model model = new Model();
        Listener listener = model.start(extra.listener(stream, model.handler()));
        assertThat(model.take(2)).containsExactly(0L, 1L);
        model.awaitCaughtUp(1);
        extra.close();
        assertThat(result(model.error)).isInstanceOf(ClientClosedException.class);
        assertThatThrownBy(() -> result(listener.completion())).isInstanceOf(ClientClosedException.class);
        assertThat(listener.lastProcessedEventNumber()).hasValue(1);
        assertThat(listener.state()).isEqualTo(Listener.State.FAILED);
    }

    @ContractTest
    void aStreamTheUserMayNotReadStopsTheListenerWithAccessDenied(Server server) {
        String systemStream = "$" + server.stream("lst-denied"); // only administrators may read it
        result(server.admin().append(systemStream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Model model = new Model();
        Listener listener = model.start(server.client().listener(systemStream, model.handler()));
        assertThatThrownBy(() -> result(listener.completion())).isInstanceOf(AccessDeniedException.class);
        assertThat(result(model.error)).isInstanceOf(AccessDeniedException.class);
        assertThat(model.seen).isEmpty();
    }
}
