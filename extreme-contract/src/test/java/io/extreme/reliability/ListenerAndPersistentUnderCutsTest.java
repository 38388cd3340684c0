package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.event.ExpectedVersion;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.subscription.Listener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A checkpointed Listener and a persistent consumer on the same stream, both through a proxy that
 * cuts the connection at random while 5,000 events are written: the Listener processes each
 * event once, in order; the consumer gets every event, and whatever comes again comes only
 * because its acknowledgement was lost with a connection (a redelivery, retry count above 0).
 */
class ListenerAndPersistentUnderCutsTest {
    private static final int EVENTS = 5_000;

    private record Delivery(long number, int retryCount) {
    }

    @Test
    void nothingLostNothingProcessedTwiceEveryPersistentEventAcknowledged() throws Exception {
        try (FaultRig rig = new FaultRig(b -> b.maxOperationRetries(1_000).operationTimeout(Duration.ofSeconds(30)))) {
            String stream = FaultRig.stream("listener-persistent-under-cuts");
            String group = "under-cuts";
            FaultRig.get(rig.direct.createPersistentSubscription(stream, group, PersistentSubscriptionSettings.defaults()
                    .withStartFromBeginning().withMaxRetryCount(10_000).withMessageTimeout(Duration.ofSeconds(5))));

            List<Long> processed = new CopyOnWriteArrayList<>();
            CompletableFuture<Throwable> listenerError = new CompletableFuture<>();
            Listener listener = rig.client.listener(stream, event -> {
                processed.add(event.originalEventNumber());
                return event.originalEventNumber();
            }).onError(listenerError::complete).build();
            listener.start(); // not waited for: the cuts may come before its first read is answered

            BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
            Map<Long, Integer> times = new ConcurrentHashMap<>();
            AtomicInteger redeliveries = new AtomicInteger();
            PersistentSubscription consumer = FaultRig.get(rig.client.connectToPersistentSubscription(stream, group, (subscription, event, retryCount) -> {
                        long n = event.originalEventNumber();
                        if (times.merge(n, 1, Integer::sum) > 1) {
                            redeliveries.incrementAndGet();
                        }
                        deliveries.add(new Delivery(n, retryCount));
                    }));

            long started = System.nanoTime();
            rig.proxy.cutRandomly(Duration.ofMillis(50), Duration.ofMillis(300), new Random(11));
            for (int written = 0; written < EVENTS; written += 25) {
                FaultRig.get(rig.direct.append(stream, CatchUpUnderCutsTest.batch("e", 25)));
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // pacing the writer
            }
            FaultRig.await("the listener and the consumer to see every event", 120,
                    () -> processed.size() >= EVENTS && times.size() >= EVENTS);
            rig.proxy.stopCutting();
            int cuts = rig.proxy.cuts();
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            // The Listener: each event once, in order.
            deliveries.clear(); // from here on, only redeliveries and the marker may reach the consumer
            FaultRig.get(rig.direct.append(stream, CatchUpUnderCutsTest.batch("marker", 1)));
            FaultRig.await("the listener to process the marker", 30, () -> processed.size() >= EVENTS + 1);
            assertThat(processed).containsExactlyElementsOf(LongStream.rangeClosed(0, EVENTS).boxed().toList());
            assertThat(listenerError).isNotDone();

            // The consumer: all acknowledged. Before the marker only redeliveries of acks lost in a cut may come.
            Delivery next = deliveries.poll(30, TimeUnit.SECONDS);
            while (next != null && next.number() != EVENTS) {
                assertThat(next.retryCount()).as("event %d came again without a lost ack", next.number()).isPositive();
                next = deliveries.poll(30, TimeUnit.SECONDS);
            }
            assertThat(next).as("the marker reached the consumer").isNotNull();
            assertThat(times.keySet()).containsAll(LongStream.range(0, EVENTS).boxed().toList());
            assertThat(consumer.isActive()).isTrue();
            assertThat(cuts).isGreaterThanOrEqualTo(10);
            listener.close();
            consumer.close();
            Figures.report("Listener + persistent consumer under cuts (50-300 ms)", EVENTS + " events; Listener processed each once "
                    + "in order; consumer got all, " + redeliveries.get() + " redeliveries after lost acks; " + cuts
                    + " cuts survived, " + elapsedMillis + " ms");
        }
    }
}
