package io.extreme.internal.read;

import io.extreme.event.Direction;
import io.extreme.event.ReadStatus;
import io.extreme.event.RecordedEvent;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * A stream of {@code size} events (numbers 0 to size - 1) read as a server would answer
 * (PROTOCOL.md §4.2), that counts the pages asked for. With {@code manual} set, each answer waits
 * in {@link #pending} until the test completes it.
 */
final class FakeStream implements BiFunction<Long, Integer, CompletableFuture<StreamSlice>> {
    final int size;
    final boolean forward;
    /** Each request as {from, count}. */
    final List<long[]> requests = new CopyOnWriteArrayList<>();
    final List<Runnable> pending = new CopyOnWriteArrayList<>();
    volatile ReadStatus status = ReadStatus.SUCCESS;
    volatile Throwable failure;
    volatile boolean manual;

    FakeStream(int size, boolean forward) {
        this.size = size;
        this.forward = forward;
    }

    PageReader<Long> pages() {
        return Slices.stream(this);
    }

    @Override
    public CompletableFuture<StreamSlice> apply(Long from, Integer count) {
        requests.add(new long[] {from, count});
        CompletableFuture<StreamSlice> answer = new CompletableFuture<>();
        Runnable reply = () -> {
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(slice(from, count));
            }
        };
        if (manual) {
            pending.add(reply);
        } else {
            reply.run();
        }
        return answer;
    }

    /** Completes the oldest waiting answer. */
    void completeNext() {
        pending.remove(0).run();
    }

    private StreamSlice slice(long from, int count) {
        if (status != ReadStatus.SUCCESS) {
            return new StreamSlice(status, "s", position(from), direction(), List.of(), StreamPosition.END, OptionalLong.empty(), true);
        }
        List<ResolvedEvent> events = new ArrayList<>();
        if (forward) {
            for (long n = from; n < Math.min(from + count, size); n++) {
                events.add(event(n));
            }
            long next = from + events.size();
            return new StreamSlice(status, "s", position(from), Direction.FORWARD, events, StreamPosition.of(next), last(),
                    from + count - 1 >= size - 1);
        }
        long start = from == -1 ? size - 1 : from;
        long low = Math.max(0, start - count + 1);
        for (long n = start; n >= low; n--) {
            events.add(event(n));
        }
        return new StreamSlice(status, "s", position(from), Direction.BACKWARD, events,
                low == 0 ? StreamPosition.END : StreamPosition.of(low - 1), last(), low == 0);
    }

    private static StreamPosition position(long from) {
        return from == -1 ? StreamPosition.END : StreamPosition.of(from);
    }

    private Direction direction() {
        return forward ? Direction.FORWARD : Direction.BACKWARD;
    }

    private OptionalLong last() {
        return size == 0 ? OptionalLong.empty() : OptionalLong.of(size - 1);
    }

    static ResolvedEvent event(long number) {
        return new ResolvedEvent(new RecordedEvent("s", number, UUID.randomUUID(), "counted", true, new byte[0],
                new byte[0], Instant.EPOCH), null, null);
    }

    static List<Long> numbers(Iterable<ResolvedEvent> events) {
        List<Long> out = new ArrayList<>();
        events.forEach(e -> out.add(e.originalEventNumber()));
        return out;
    }
}
