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
import io.extreme.error.StreamDeletedException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;

class CatchUpContractTest {
    private static final CatchUpOptions SMALL_PAGES = CatchUpOptions.defaults().withReadBatchSize(7);

    private static List<Long> range(long from, long toInclusive) {
        return LongStream.rangeClosed(from, toInclusive).boxed().toList();
    }

    @ContractTest
    void catchesUpFromTheStartThenGoesLive(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("cu-start");
        result(client.append(stream, events(30), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Recorder recorder = new Recorder();
        CatchUpSubscription subscription = client.subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(SMALL_PAGES), recorder).join();
        assertThat(numbers(recorder.take(30))).isEqualTo(range(0, 29));
        Await.until("the subscription to go live", () -> recorder.lives.get() == 1);
        assertThat(subscription.isLive()).isTrue();
        result(client.append(stream, events(5), AppendOptions.expecting(ExpectedVersion.exactly(29))));
        assertThat(numbers(recorder.take(5))).isEqualTo(range(30, 34));
        subscription.close();
        assertThat(recorder.drop().reason()).isEqualTo(DropReason.UNSUBSCRIBED);
        assertThat(recorder.events).isEmpty();
        assertThat(recorder.lives.get()).isEqualTo(1);
    }

    @ContractTest
    void catchesUpFromTheMiddleAndFromTheEnd(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("cu-middle");
        result(client.append(stream, events(10), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Recorder middle = new Recorder();
        Recorder end = new Recorder();
        CatchUpSubscription fromMiddle = client.subscribeToStreamFrom(stream, StreamPosition.after(4), SubscriptionOptions.DEFAULTS.withCatchUp(SMALL_PAGES), middle).join();
        CatchUpSubscription fromEnd = client.subscribeToStreamFrom(stream, StreamPosition.after(9), SubscriptionOptions.DEFAULTS.withCatchUp(SMALL_PAGES), end).join();
        assertThat(numbers(middle.take(5))).isEqualTo(range(5, 9));
        Await.until("both to go live", () -> middle.lives.get() == 1 && end.lives.get() == 1);
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.exactly(9))));
        assertThat(numbers(middle.take(2))).containsExactly(10L, 11L);
        assertThat(numbers(end.take(2))).containsExactly(10L, 11L);
        fromMiddle.close();
        fromEnd.close();
    }

    @ContractTest
    void aMissingStreamIsWaitedForAndAHardDeletedOneEndsIt(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("cu-missing");
        Recorder recorder = new Recorder();
        CatchUpSubscription subscription = client.subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(SMALL_PAGES), recorder).join();
        Await.until("the subscription to go live", () -> recorder.lives.get() == 1);
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        assertThat(numbers(recorder.take(2))).containsExactly(0L, 1L);
        subscription.close();

        String deleted = server.stream("cu-deleted");
        result(client.append(deleted, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.delete(deleted, DeleteOptions.hard()));
        Recorder ended = new Recorder();
        CompletableFuture<CatchUpSubscription> refused = client.subscribeToStreamFrom(deleted, StreamPosition.START,
                SubscriptionOptions.DEFAULTS.withCatchUp(SMALL_PAGES), ended);
        assertThat(ended.drop().reason()).isEqualTo(DropReason.STREAM_DELETED);
        assertThatThrownBy(() -> result(refused)).isInstanceOf(StreamDeletedException.class); // never in place
    }

    @ContractTest
    void followsLinksResolvedOrNot(Server server) {
        ExtremeClient client = server.client();
        String target = server.stream("cu-target");
        String links = server.stream("cu-links");
        result(client.append(target, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        for (int i = 0; i < 3; i++) {
            result(client.append(links, EventData.binary("$>", (i + "@" + target).getBytes())));
        }
        Recorder resolved = new Recorder();
        Recorder raw = new Recorder();
        client.subscribeToStreamFrom(links, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(SMALL_PAGES.withResolveLinkTos(true)), resolved).join();
        client.subscribeToStreamFrom(links, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(SMALL_PAGES), raw).join();
        List<ResolvedEvent> viaLinks = resolved.take(3);
        assertThat(viaLinks).allMatch(ResolvedEvent::isResolved);
        assertThat(viaLinks).extracting(e -> e.event().eventNumber()).containsExactly(0L, 1L, 2L);
        assertThat(numbers(viaLinks)).containsExactly(0L, 1L, 2L);
        assertThat(raw.take(3)).extracting(e -> e.event().eventType()).containsOnly("$>");
    }

    @ContractTest
    void catchesUpOnAllFromAPositionThenGoesLive(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("cu-all");
        WriteResult first = result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(admin.append(stream, events(9), AppendOptions.expecting(ExpectedVersion.exactly(0))));
        Recorder recorder = Recorder.of(stream);
        CatchUpSubscription subscription = admin.subscribeToAllFrom(first.logPosition().orElseThrow(), SubscriptionOptions.DEFAULTS.withCatchUp(SMALL_PAGES), recorder).join();
        assertThat(numbers(recorder.take(9))).isEqualTo(range(1, 9));
        Await.until("the subscription to go live", () -> recorder.lives.get() == 1);
        result(admin.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.exactly(9))));
        List<ResolvedEvent> live = recorder.take(3);
        assertThat(numbers(live)).isEqualTo(range(10, 12));
        assertThat(subscription.lastPositionQueued()).isPresent();
        subscription.close();
    }

    @ContractTest
    void catchesUpOnAllFromTheStart(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("cu-all-start");
        result(admin.append(stream, events(4), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Recorder recorder = Recorder.of(stream);
        CatchUpSubscription subscription = admin.subscribeToAllFrom(Position.START, SubscriptionOptions.DEFAULTS.withCatchUp(CatchUpOptions.defaults().withReadBatchSize(4096)), recorder).join();
        assertThat(numbers(recorder.take(4))).isEqualTo(range(0, 3));
        subscription.close();
    }
}
