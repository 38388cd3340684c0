package io.extreme.internal.read;

import io.extreme.event.ReadStatus;
import io.extreme.event.RecordedEvent;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamSlice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
            return new StreamSlice(status, "s", from, forward, List.of(), -1, -1, true);
        }
        List<ResolvedEvent> events = new ArrayList<>();
        if (forward) {
            for (long n = from; n < Math.min(from + count, size); n++) {
                events.add(event(n));
            }
            long next = from + events.size();
            return new StreamSlice(status, "s", from, true, events, next, size - 1, from + count - 1 >= size - 1);
        }
        long start = from == -1 ? size - 1 : from;
        long low = Math.max(0, start - count + 1);
        for (long n = start; n >= low; n--) {
            events.add(event(n));
        }
        return new StreamSlice(status, "s", from, false, events, low - 1, size - 1, low == 0);
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
