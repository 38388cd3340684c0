package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.DeleteOptions;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.error.AccessDeniedException;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.EventStream;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.ReadStatus;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.stream.LongStream;

/** Lazy reads ({@code readStream}, {@code readAll}) and the one-page calls over {@code ReadOptions}. */
class LazyReadContractTest {
    @ContractTest
    void readsAStreamForwardPageByPageInOrder(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lazy-forward");
        result(client.append(stream, events(1_000), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.append(stream, events(250), AppendOptions.expecting(ExpectedVersion.exactly(999))));
        List<Long> seen = new ArrayList<>();
        try (EventStream events = client.readStream(stream, StreamPosition.START, ReadOptions.forward().withPageSize(100))) {
            events.forEach(e -> seen.add(e.originalEventNumber()));
        }
        assertThat(seen).containsExactlyElementsOf(LongStream.range(0, 1_250).boxed().toList());
        assertThat(client.readStream(stream).stream().count()).isEqualTo(1_250);
    }

    @ContractTest
    void readsBackwardFromTheEndUpToMaxCount(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lazy-backward");
        result(client.append(stream, events(30), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        ReadOptions lastTwelve = ReadOptions.backward().withMaxCount(12).withPageSize(5);
        try (EventStream events = client.readStream(stream, StreamPosition.END, lastTwelve)) {
            assertThat(events.stream().map(ResolvedEvent::originalEventNumber).toList())
                    .containsExactlyElementsOf(LongStream.rangeClosed(18, 29).map(n -> 47 - n).boxed().toList());
        }
    }

    @ContractTest
    void readsAllForwardFromTheStartWithTheEventsWritten(Server server) {
        String stream = server.stream("lazy-all");
        result(server.admin().append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        // Per-call credentials: the anonymous client reads $all as the administrator.
        ReadOptions asAdmin = ReadOptions.forward().withPageSize(ReadOptions.MAX_PAGE_SIZE).withCredentials(server.adminCredentials());
        List<Long> mine = new ArrayList<>();
        try (EventStream all = server.client().readAll(Position.START, asAdmin)) {
            Iterator<ResolvedEvent> events = all.iterator();
            while (mine.size() < 3 && events.hasNext()) { // a real server's $all can be long: stop once ours are seen
                ResolvedEvent event = events.next();
                if (event.originalStreamId().equals(stream)) {
                    mine.add(event.originalEventNumber());
                }
            }
        }
        assertThat(mine).containsExactly(0L, 1L, 2L);
        assertThatThrownBy(() -> server.client().readAll().iterator().hasNext()).isInstanceOf(AccessDeniedException.class);
    }

    @ContractTest
    void closeMidWayEndsTheRead(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lazy-close");
        result(client.append(stream, events(50), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        EventStream read = client.readStream(stream, StreamPosition.START, ReadOptions.forward().withPageSize(10));
        Iterator<ResolvedEvent> events = read.iterator();
        for (int i = 0; i < 15; i++) {
            assertThat(events.next().originalEventNumber()).isEqualTo(i);
        }
        read.close();
        assertThat(events.hasNext()).isFalse();
    }

    @ContractTest
    void aMissingStreamIsEmptyAndAHardDeletedOneThrows(Server server) {
        ExtremeClient client = server.client();
        assertThat(client.readStream(server.stream("lazy-missing")).stream().count()).isZero();
        String deleted = server.stream("lazy-deleted");
        result(client.append(deleted, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.delete(deleted, DeleteOptions.hard()));
        assertThatThrownBy(() -> client.readStream(deleted).iterator().hasNext()).isInstanceOf(StreamDeletedException.class);
    }

    @ContractTest
    void oneSliceAndOneEventWithReadOptions(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lazy-slice");
        result(client.append(stream, events(8), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        StreamSlice slice = result(client.readStreamSlice(stream, StreamPosition.END, ReadOptions.backward().withMaxCount(3)));
        assertThat(slice.events()).extracting(ResolvedEvent::originalEventNumber).containsExactly(7L, 6L, 5L);
        assertThat(result(client.readEvent(stream, StreamPosition.END, ReadOptions.DEFAULTS)).requireEvent().originalEventNumber())
                .isEqualTo(7);
        assertThat(result(client.readEvent(stream, StreamPosition.of(2), ReadOptions.DEFAULTS)).status())
                .isEqualTo(ReadStatus.SUCCESS);
        assertThat(result(server.admin().readAllSlice(Position.END, ReadOptions.backward().withMaxCount(2))).events()).hasSize(2);
    }

    @ContractTest
    void aForwardReadFromTheEndIsRefusedBeforeAnythingIsSent(Server server) {
        ExtremeClient client = server.client();
        assertThatThrownBy(() -> client.readStream("s", StreamPosition.END, ReadOptions.forward()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
        // PROTOCOL.md §4.3 says END is valid only as the start of a backward read; what a real
        // server answers a forward read from END is not recorded, so the client refuses it.
        assertThatThrownBy(() -> client.readAllSlice(Position.END, ReadOptions.forward()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> client.readStream(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("stream");
        assertThatThrownBy(() -> client.readAll(Position.START, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("options");
    }

    @ContractTest
    void thePublisherFollowsDemandCompletesAtTheEndAndSignalsADeletedStream(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lazy-publisher");
        result(client.append(stream, events(25), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Ending all = new Ending();
        client.readStream(stream, StreamPosition.START, ReadOptions.forward().withPageSize(10)).publisher().subscribe(all);
        assertThat(result(all.end)).isNull(); // onComplete
        assertThat(all.events).containsExactlyElementsOf(LongStream.range(0, 25).boxed().toList());

        String deleted = server.stream("lazy-publisher-deleted");
        result(client.append(deleted, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.delete(deleted, DeleteOptions.hard()));
        Ending failed = new Ending();
        client.readStream(deleted).publisher().subscribe(failed);
        assertThat(result(failed.end)).isInstanceOf(StreamDeletedException.class);
    }

    /** Asks for events three at a time and records how the publisher ended: null for onComplete. */
    private static final class Ending implements Flow.Subscriber<ResolvedEvent> {
        final List<Long> events = new CopyOnWriteArrayList<>();
        final CompletableFuture<Throwable> end = new CompletableFuture<>();
        private Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription value) {
            subscription = value;
            value.request(3);
        }

        @Override
        public void onNext(ResolvedEvent event) {
            events.add(event.originalEventNumber());
            if (events.size() % 3 == 0) {
                subscription.request(3);
            }
        }

        @Override
        public void onError(Throwable error) {
            end.complete(error);
        }

        @Override
        public void onComplete() {
            end.complete(null);
        }
    }
}
