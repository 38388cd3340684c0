package io.extreme.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.serialization.json.TestEvents.Batch;
import io.extreme.serialization.json.TestEvents.OrderLine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JsonSerializerConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUND_TRIPS = 2_000;

    @Test
    void manyThreadsShareOneSerializer() throws Exception {
        JsonSerializer json = JsonSerializer.create();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int correct = 0;
                    for (int i = 0; i < ROUND_TRIPS; i++) {
                        // Each thread writes its own values, so a mix-up between threads shows.
                        int first = thread * 1_000_000 + i * 10;
                        List<OrderLine> lines = IntStream.range(first, first + 1 + i % 5)
                                .mapToObj(TestEvents::line).toList();
                        Batch batch = new Batch("thread-" + thread + "-" + i, lines);
                        Batch read = json.deserialize(json.serialize(batch), Batch.class);
                        correct += read.equals(batch) ? 1 : 0;
                    }
                    return correct;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(ROUND_TRIPS);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
