package io.extreme.serialization.kryo;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.serialization.kryo.TestEvents.OrderPlaced;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KryoSerializerConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUND_TRIPS = 2_000;

    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopThreads() throws InterruptedException {
        executor.shutdownNow();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void oneSerializerSharedByEightThreads() throws Exception {
        KryoSerializer serializer = TestEvents.serializer();
        CountDownLatch start = new CountDownLatch(1); // all threads hit the pool at once
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(executor.submit(() -> {
                start.await();
                int correct = 0;
                for (int i = 0; i < ROUND_TRIPS; i++) {
                    OrderPlaced sent = TestEvents.order(thread * ROUND_TRIPS + i);
                    OrderPlaced read = serializer.deserialize(serializer.serialize(sent), OrderPlaced.class);
                    if (read.equals(sent)) {
                        correct++;
                    }
                }
                return correct;
            }));
        }
        start.countDown();
        for (Future<Integer> result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(ROUND_TRIPS);
        }
    }
}
