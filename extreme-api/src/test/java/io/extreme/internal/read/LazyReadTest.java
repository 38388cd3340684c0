package io.extreme.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.error.AccessDeniedException;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.AllSlice;
import io.extreme.event.Direction;
import io.extreme.event.Position;
import io.extreme.event.ReadStatus;
import io.extreme.event.ResolvedEvent;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The paging of a lazy read, over a fake that counts the pages asked for. */
class LazyReadTest {
    private static LazyRead read(FakeStream fake, long from, int pageSize, OptionalLong maxCount) {
        return LazyRead.of(fake.pages(), from, pageSize, maxCount, Runnable::run);
    }

    @Test
    void asksForNothingBeforeIterationStarts() {
        FakeStream fake = new FakeStream(10, true);
        LazyRead read = read(fake, 0, 5, OptionalLong.empty());
        Iterator<ResolvedEvent> events = read.iterator();
        assertThat(fake.requests).isEmpty();
        assertThat(events.hasNext()).isTrue();
        assertThat(fake.requests).isNotEmpty();
        Stream<ResolvedEvent> stream = read(fake, 0, 5, OptionalLong.empty()).stream();
        assertThat(fake.requests).hasSize(2); // the first read's page and the one ahead; none for the stream
        stream.close();
    }

    @Test
    void readsEveryPageInOrderAndStopsAtTheEndOfTheStream() {
        FakeStream fake = new FakeStream(1_250, true);
        List<Long> seen = FakeStream.numbers(read(fake, 0, 100, OptionalLong.empty()));
        assertThat(seen).hasSize(1_250).isSorted().startsWith(0L).endsWith(1_249L);
        assertThat(fake.requests).hasSize(13); // twelve full pages and the last half one, which says end of stream
    }

    @Test
    void fetchesAtMostOnePageAheadOfTheConsumer() {
        FakeStream fake = new FakeStream(1_000, true);
        Iterator<ResolvedEvent> events = read(fake, 0, 100, OptionalLong.empty()).iterator();
        for (int consumed = 0; events.hasNext(); consumed++) {
            // The page being consumed, and one more.
            assertThat(fake.requests.size()).as("pages asked for after %d events", consumed).isLessThanOrEqualTo(consumed / 100 + 2);
            events.next();
        }
        assertThat(fake.requests).hasSize(10);
    }

    @Test
    void honoursMaxCountAskingTheLastPageForWhatIsLeft() {
        FakeStream fake = new FakeStream(250, true);
        assertThat(FakeStream.numbers(read(fake, 10, 50, OptionalLong.of(130)))).hasSize(130).startsWith(10L).endsWith(139L);
        assertThat(fake.requests).extracting(r -> r[1]).containsExactly(50L, 50L, 30L);
    }

    @Test
    void readsBackwardFromTheEnd() {
        FakeStream fake = new FakeStream(10, false);
        assertThat(FakeStream.numbers(read(fake, -1, 3, OptionalLong.empty())))
                .containsExactly(9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L);
        assertThat(fake.requests).extracting(r -> r[0]).containsExactly(-1L, 6L, 3L, 0L);
    }

    @Test
    void closeMidWayAsksForNoMorePages() {
        FakeStream fake = new FakeStream(1_000, true);
        LazyRead read = read(fake, 0, 100, OptionalLong.empty());
        Iterator<ResolvedEvent> events = read.iterator();
        for (int i = 0; i < 150; i++) {
            events.next();
        }
        int asked = fake.requests.size();
        read.close();
        assertThat(events.hasNext()).isFalse();
        assertThat(fake.requests).hasSize(asked);
    }

    @Test
    void aPageInFlightAtCloseIsDropped() throws Exception {
        FakeStream fake = new FakeStream(10, true);
        fake.manual = true;
        LazyRead read = read(fake, 0, 5, OptionalLong.empty());
        Iterator<ResolvedEvent> events = read.iterator();
        CompletableFuture<Boolean> hasNext = CompletableFuture.supplyAsync(events::hasNext);
        while (fake.pending.isEmpty()) {
            Thread.onSpinWait();
        }
        read.close();
        assertThat(hasNext.get(5, TimeUnit.SECONDS)).isFalse();
        fake.completeNext();
        assertThat(events.hasNext()).isFalse();
        assertThat(fake.requests).hasSize(1);
    }

    @Test
    void aMissingOrSoftDeletedStreamReadsAsNoEvents() {
        for (ReadStatus status : List.of(ReadStatus.NO_STREAM, ReadStatus.NOT_FOUND)) {
            FakeStream fake = new FakeStream(10, true);
            fake.status = status;
            assertThat(read(fake, 0, 5, OptionalLong.empty()).stream().count()).isZero();
            assertThat(fake.requests).hasSize(1);
        }
    }

    @Test
    void aHardDeletedStreamThrowsStreamDeleted() {
        FakeStream fake = new FakeStream(10, true);
        fake.status = ReadStatus.STREAM_DELETED;
        assertThatThrownBy(() -> read(fake, 0, 5, OptionalLong.empty()).iterator().hasNext())
                .isInstanceOf(StreamDeletedException.class);
    }

    @Test
    void otherFailuresComeUnwrapped() {
        FakeStream fake = new FakeStream(10, true);
        fake.failure = new CompletionException(new AccessDeniedException("no"));
        assertThatThrownBy(() -> read(fake, 0, 5, OptionalLong.empty()).iterator().hasNext())
                .isExactlyInstanceOf(AccessDeniedException.class).hasMessage("no");
    }

    @Test
    void isReadOnce() {
        LazyRead read = read(new FakeStream(3, true), 0, 5, OptionalLong.empty());
        read.iterator();
        assertThatThrownBy(read::iterator).isInstanceOf(IllegalStateException.class).hasMessageContaining("iterator()");
        assertThatThrownBy(read::stream).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(read::publisher).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingTheStreamClosesTheRead() {
        FakeStream fake = new FakeStream(1_000, true);
        try (Stream<ResolvedEvent> events = read(fake, 0, 10, OptionalLong.empty()).stream()) {
            assertThat(events.limit(15).count()).isEqualTo(15);
        }
        assertThat(fake.requests.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void readsAllUntilAnEmptyPage() {
        AtomicInteger asked = new AtomicInteger();
        PageReader<Position> all = Slices.all((from, count) -> {
            int page = asked.getAndIncrement();
            List<ResolvedEvent> events = page < 2 ? List.of(FakeStream.event(page * 2), FakeStream.event(page * 2 + 1)) : List.of();
            return CompletableFuture.completedFuture(new AllSlice(from, Direction.FORWARD, events, new Position(page + 1, page + 1)));
        });
        assertThat(FakeStream.numbers(LazyRead.of(all, Position.START, 2, OptionalLong.empty(), Runnable::run)))
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(asked).hasValue(3);
    }
}
