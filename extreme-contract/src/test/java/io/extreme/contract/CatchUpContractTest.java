package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static io.extreme.contract.Events.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeClient;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.WriteResult;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import java.util.List;
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
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(30)));
        Recorder recorder = new Recorder();
        CatchUpSubscription subscription = client.subscribeToStreamFrom(stream, -1, SMALL_PAGES, recorder);
        assertThat(numbers(recorder.take(30))).isEqualTo(range(0, 29));
        Await.until("the subscription to go live", () -> recorder.lives.get() == 1);
        assertThat(subscription.isLive()).isTrue();
        result(client.appendToStream(stream, ExpectedVersion.exactly(29), events(5)));
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
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(10)));
        Recorder middle = new Recorder();
        Recorder end = new Recorder();
        CatchUpSubscription fromMiddle = client.subscribeToStreamFrom(stream, 4, SMALL_PAGES, middle);
        CatchUpSubscription fromEnd = client.subscribeToStreamFrom(stream, 9, SMALL_PAGES, end);
        assertThat(numbers(middle.take(5))).isEqualTo(range(5, 9));
        Await.until("both to go live", () -> middle.lives.get() == 1 && end.lives.get() == 1);
        result(client.appendToStream(stream, ExpectedVersion.exactly(9), events(2)));
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
        CatchUpSubscription subscription = client.subscribeToStreamFrom(stream, -1, SMALL_PAGES, recorder);
        Await.until("the subscription to go live", () -> recorder.lives.get() == 1);
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(2)));
        assertThat(numbers(recorder.take(2))).containsExactly(0L, 1L);
        subscription.close();

        String deleted = server.stream("cu-deleted");
        result(client.appendToStream(deleted, ExpectedVersion.NO_STREAM, events(1)));
        result(client.deleteStream(deleted, ExpectedVersion.ANY, true));
        Recorder ended = new Recorder();
        client.subscribeToStreamFrom(deleted, -1, SMALL_PAGES, ended);
        assertThat(ended.drop().reason()).isEqualTo(DropReason.STREAM_DELETED);
    }

    @ContractTest
    void followsLinksResolvedOrNot(Server server) {
        ExtremeClient client = server.client();
        String target = server.stream("cu-target");
        String links = server.stream("cu-links");
        result(client.appendToStream(target, ExpectedVersion.NO_STREAM, events(3)));
        for (int i = 0; i < 3; i++) {
            result(client.appendToStream(links, ExpectedVersion.ANY, EventData.binary("$>", (i + "@" + target).getBytes())));
        }
        Recorder resolved = new Recorder();
        Recorder raw = new Recorder();
        client.subscribeToStreamFrom(links, -1, SMALL_PAGES.withResolveLinkTos(true), resolved);
        client.subscribeToStreamFrom(links, -1, SMALL_PAGES, raw);
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
        WriteResult first = result(admin.appendToStream(stream, ExpectedVersion.NO_STREAM, events(1)));
        result(admin.appendToStream(stream, ExpectedVersion.exactly(0), events(9)));
        Recorder recorder = Recorder.of(stream);
        CatchUpSubscription subscription = admin.subscribeToAllFrom(first.logPosition().orElseThrow(), SMALL_PAGES, recorder);
        assertThat(numbers(recorder.take(9))).isEqualTo(range(1, 9));
        Await.until("the subscription to go live", () -> recorder.lives.get() == 1);
        result(admin.appendToStream(stream, ExpectedVersion.exactly(9), events(3)));
        List<ResolvedEvent> live = recorder.take(3);
        assertThat(numbers(live)).isEqualTo(range(10, 12));
        assertThat(subscription.lastPositionQueued()).isPresent();
        subscription.close();
    }

    @ContractTest
    void catchesUpOnAllFromTheStart(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("cu-all-start");
        result(admin.appendToStream(stream, ExpectedVersion.NO_STREAM, events(4)));
        Recorder recorder = Recorder.of(stream);
        CatchUpSubscription subscription = admin.subscribeToAllFrom(null, CatchUpOptions.defaults().withReadBatchSize(4096),
                recorder);
        assertThat(numbers(recorder.take(4))).isEqualTo(range(0, 3));
        subscription.close();
    }
}
