package io.extreme.contract;

import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Checking what a stream holds after a test: every event, read in pages, with a generous deadline. */
public final class StreamReads {
    private StreamReads() {
    }

    /** Every event of {@code stream} as {@code client} reads it, forward, links not resolved. */
    public static List<ResolvedEvent> readAll(ExtremeClient client, String stream) {
        List<ResolvedEvent> all = new ArrayList<>();
        long next = 0;
        while (true) {
            StreamSlice slice = get(client.readStreamSlice(stream, StreamPosition.of(next), ReadOptions.forward().withPageSize(4096)));
            all.addAll(slice.events());
            if (slice.isEndOfStream()) {
                return all;
            }
            next = slice.next().eventNumber();
        }
    }

    /** The future's value within a minute: long enough for a reconnect or an election on the way. */
    public static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
