package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static io.extreme.contract.Events.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.DeleteOptions;
import io.extreme.ExtremeClient;
import io.extreme.SubscriptionOptions;
import io.extreme.error.AccessDeniedException;
import io.extreme.error.ClientClosedException;
import io.extreme.error.ConnectionClosedException;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.StreamPosition;
import io.extreme.metadata.StreamAcl;
import io.extreme.metadata.StreamMetadata;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the future of a catch-up subscribe means: it completes once the first read was answered
 * (a missing stream is an answer) and fails with the reason when the catch-up ended before,
 * while the listener still hears the end exactly once.
 */
class CatchUpStartContractTest {
    private static final SubscriptionOptions SMALL_PAGES =
            SubscriptionOptions.DEFAULTS.withCatchUp(CatchUpOptions.defaults().withReadBatchSize(3));

    @ContractTest
    void completesOnceTheFirstReadIsAnsweredThenDeliversEverything(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("cus-present");
        result(client.append(stream, events(5), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Recorder recorder = new Recorder();
        CatchUpSubscription subscription = result(client.subscribeToStreamFrom(stream, StreamPosition.START, SMALL_PAGES, recorder));
        assertThat(subscription.isActive()).isTrue();
        assertThat(subscription.streamId()).isEqualTo(stream);
        assertThat(numbers(recorder.take(5))).containsExactly(0L, 1L, 2L, 3L, 4L);
        subscription.close();
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.UNSUBSCRIBED);
    }

    @ContractTest
    void aMissingStreamIsAnAnswerItIsThenWaitedFor(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("cus-missing");
        Recorder recorder = new Recorder();
        CatchUpSubscription subscription = result(client.subscribeToStreamFrom(stream, StreamPosition.START, recorder));
        Await.until("the subscription to go live", () -> recorder.lives.get() == 1);
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        assertThat(numbers(recorder.take(2))).containsExactly(0L, 1L);
        subscription.close();
    }

    @ContractTest
    void aHardDeletedStreamFailsTheFutureAndDropsOnce(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("cus-deleted");
        result(client.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.delete(stream, DeleteOptions.hard()));
        Recorder recorder = new Recorder();
        CompletableFuture<CatchUpSubscription> started = client.subscribeToStreamFrom(stream, StreamPosition.START, recorder);
        assertThatThrownBy(() -> result(started)).isInstanceOf(StreamDeletedException.class);
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.STREAM_DELETED);
        assertThat(recorder.drops.get()).isEqualTo(1);
    }

    @ContractTest
    void aUserTheAclKeepsOutFailsTheFutureWithAccessDenied(Server server) {
        String stream = server.stream("cus-acl");
        ExtremeClient admin = server.admin();
        result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(admin.setStreamMetadata(stream, StreamMetadata.builder()
                .acl(StreamAcl.none().withRead("$admins").withWrite("$admins").withMetaRead("$admins").withMetaWrite("$admins"))
                .build()));
        Recorder recorder = new Recorder();
        CompletableFuture<CatchUpSubscription> started = server.client().subscribeToStreamFrom(stream, StreamPosition.START, recorder);
        assertThatThrownBy(() -> result(started)).isInstanceOf(AccessDeniedException.class);
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.ACCESS_DENIED);
        assertThat(recorder.drops.get()).isEqualTo(1);
        assertThat(recorder.events).isEmpty();
    }

    @ContractTest
    void anAnonymousCatchUpOnAllFailsTheFutureWithAccessDenied(Server server) {
        Recorder recorder = new Recorder();
        CompletableFuture<CatchUpSubscription> started = server.client().subscribeToAllFrom(Position.START, recorder);
        assertThatThrownBy(() -> result(started)).isInstanceOf(AccessDeniedException.class);
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.ACCESS_DENIED);
        assertThat(recorder.drops.get()).isEqualTo(1);
    }

    @ContractTest
    void aClosedClientFailsTheFutureAndDropsOnce(Server server) {
        ExtremeClient closed = ContractTargets.connect(server, b -> b);
        closed.close();
        Recorder recorder = new Recorder();
        CompletableFuture<CatchUpSubscription> started = closed.subscribeToStreamFrom(server.stream("cus-closed"),
                StreamPosition.START, recorder);
        assertThatThrownBy(() -> result(started)).isInstanceOf(ConnectionClosedException.class);
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.CONNECTION_CLOSED);

        assertThat(recorder.drops.get()).as("one drop").isEqualTo(1);
    }

    @ContractTest
    void aHardDeletedStreamNeverStartsWhateverOrderTheCallbacksRunIn(Server server) throws Exception {
        // Callbacks on four threads run in any order: the start's outcome must be decided before they run.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (ExtremeClient client = ContractTargets.connect(server, b -> b.callbackExecutor(pool))) {
            String deleted = server.stream("cus-race-deleted");
            result(client.append(deleted, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
            result(client.delete(deleted, DeleteOptions.hard()));
            for (int i = 0; i < 40; i++) {
                CompletableFuture<CatchUpSubscription> start = client.subscribeToStreamFrom(deleted, StreamPosition.START,
                        SubscriptionOptions.DEFAULTS, new Recorder());
                assertThatThrownBy(() -> result(start)).as("attempt %d", i).isInstanceOf(StreamDeletedException.class);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ContractTest
    void aCatchUpOnAClosedViewEndsAtOnce(Server server) {
        ExtremeClient view = server.client().withCredentials(server.adminCredentials());
        view.close();
        Recorder recorder = new Recorder();
        CompletableFuture<CatchUpSubscription> start = view.subscribeToStreamFrom(server.stream("cus-closed-view"),
                StreamPosition.START, recorder);
        assertThatThrownBy(() -> result(start)).isInstanceOf(ClientClosedException.class);
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.CONNECTION_CLOSED);
        assertThat(server.client().isClosed()).as("the client itself").isFalse();
    }
}
