package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static io.extreme.contract.Events.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.SubscriptionOptions;
import io.extreme.error.AccessDeniedException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

class VolatileSubscriptionContractTest {
    @ContractTest
    void deliversEventsWrittenAfterSubscribingOnceInOrder(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("vsub-stream");
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Recorder recorder = new Recorder();
        Subscription subscription = result(client.subscribeToStream(stream, recorder));
        assertThat(subscription.lastEventNumber()).hasValue(1);
        assertThat(subscription.isActive()).isTrue();
        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.exactly(1))));
        assertThat(numbers(recorder.take(3))).containsExactly(2L, 3L, 4L);
        result(client.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(4))));
        assertThat(numbers(recorder.take(1))).containsExactly(5L);
        subscription.close();
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.UNSUBSCRIBED);
        assertThat(recorder.events).isEmpty();
        assertThat(subscription.isActive()).isFalse();
    }

    @ContractTest
    void aSubscriptionToAMissingStreamWaitsForItsFirstEvent(Server server) {
        String stream = server.stream("vsub-missing");
        Recorder recorder = new Recorder();
        Subscription subscription = result(server.client().subscribeToStream(stream, recorder));
        assertThat(subscription.lastEventNumber()).isEmpty();
        result(server.client().append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        assertThat(numbers(recorder.take(1))).containsExactly(0L);
        subscription.close();
    }

    @ContractTest
    void subscribesToAllWithPositions(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("vsub-all");
        Recorder recorder = Recorder.of(stream);
        Subscription subscription = result(admin.subscribeToAll(recorder));
        assertThat(subscription.streamId()).isEqualTo("$all");
        result(admin.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        var received = recorder.take(3);
        assertThat(numbers(received)).containsExactly(0L, 1L, 2L);
        assertThat(received).allSatisfy(e -> assertThat(e.position()).isPresent());
        assertThat(received).extracting(e -> e.position().orElseThrow()).isSorted();
        assertThat(received.get(0).position().orElseThrow().commitPosition()).isGreaterThan(subscription.lastCommitPosition());
        subscription.close();
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.UNSUBSCRIBED);
    }

    @ContractTest
    void resolvesLinksWhenAsked(Server server) {
        ExtremeClient client = server.client();
        String target = server.stream("vsub-target");
        String links = server.stream("vsub-links");
        result(client.append(target, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Recorder resolved = new Recorder();
        Recorder raw = new Recorder();
        Subscription a = result(client.subscribeToStream(links, SubscriptionOptions.DEFAULTS.withResolveLinkTos(true), resolved));
        Subscription b = result(client.subscribeToStream(links, raw));
        result(client.append(links, List.of(EventData.binary("$>", ("0@" + target).getBytes())), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        ResolvedEvent viaLink = resolved.take(1).get(0);
        assertThat(viaLink.isResolved()).isTrue();
        assertThat(viaLink.event().streamId()).isEqualTo(target);
        assertThat(viaLink.originalStreamId()).isEqualTo(links);
        assertThat(raw.take(1).get(0).event().eventType()).isEqualTo("$>");
        a.close();
        b.close();
    }

    @ContractTest
    void anonymousUsersMayNotSubscribeToAll(Server server) {
        Recorder recorder = new Recorder();
        assertThatThrownBy(() -> result(server.client().subscribeToAll(recorder)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.ACCESS_DENIED);
        assertThat(recorder.drops.get()).isEqualTo(1);
    }

    @ContractTest
    void aThrowingHandlerDropsTheSubscriptionWithItsError(Server server) {
        String stream = server.stream("vsub-throws");
        IllegalStateException boom = new IllegalStateException("boom");
        Recorder recorder = new Recorder();
        SubscriptionListener throwing = new SubscriptionListener() {
            @Override
            public void onEvent(Subscription subscription, ResolvedEvent event) {
                throw boom;
            }

            @Override
            public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
                recorder.onDropped(subscription, reason, cause);
            }
        };
        result(server.client().subscribeToStream(stream, throwing));
        result(server.client().append(stream, events(3)));
        Recorder.Drop drop = recorder.drop();
        assertThat(drop.reason()).isEqualTo(DropReason.HANDLER_ERROR);
        assertThat(drop.cause()).isSameAs(boom);
        assertThat(recorder.drops.get()).isEqualTo(1);
    }

    @ContractTest
    void aHandlerThatFallsBehindOverflowsItsBoundedQueue(Server server) throws Exception {
        String stream = server.stream("vsub-slow");
        CountDownLatch release = new CountDownLatch(1);
        Recorder recorder = new Recorder();
        try (ExtremeClient small = ContractTargets.connect(server, b -> b.subscriptionQueueSize(5))) {
            SubscriptionListener slow = new SubscriptionListener() {
                @Override
                public void onEvent(Subscription subscription, ResolvedEvent event) throws InterruptedException {
                    release.await(Await.SECONDS, TimeUnit.SECONDS);
                }

                @Override
                public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
                    recorder.onDropped(subscription, reason, cause);
                }
            };
            Subscription subscription = result(small.subscribeToStream(stream, slow));
            result(small.append(stream, events(20)));
            Await.until("the queue to overflow", () -> !subscription.isActive());
            release.countDown();
            assertThat(recorder.drop().reason()).isEqualTo(DropReason.PROCESSING_QUEUE_OVERFLOW);
        }
    }

    @ContractTest
    void closingTheClientDropsItsSubscriptions(Server server) {
        Recorder recorder = new Recorder();
        ExtremeClient extra = ContractTargets.connect(server, b -> b);
        result(extra.subscribeToStream(server.stream("vsub-close"), recorder));
        extra.close();
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.CONNECTION_CLOSED);
        assertThat(recorder.drops.get()).isEqualTo(1);
    }

    @ContractTest
    void aHandlerFailingWithAnErrorAlsoDropsTheSubscriptionAndTheNextOneStillWorks(Server server) {
        String stream = server.stream("vsub-error");
        AssertionError failure = new AssertionError("handler assertion");
        Recorder recorder = new Recorder();
        SubscriptionListener failing = new SubscriptionListener() {
            @Override
            public void onEvent(Subscription subscription, ResolvedEvent event) {
                throw failure;
            }

            @Override
            public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
                recorder.onDropped(subscription, reason, cause);
            }
        };
        result(server.client().subscribeToStream(stream, failing));
        result(server.client().append(stream, events(2)));
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.HANDLER_ERROR);
        assertThat(recorder.drop().cause()).isSameAs(failure);
        Recorder next = new Recorder();
        Subscription again = result(server.client().subscribeToStream(stream, next));
        result(server.client().append(stream, events(1)));
        assertThat(numbers(next.take(1))).containsExactly(2L);
        again.close();
    }
}
