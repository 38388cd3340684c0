package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.PersistentConnectOptions;
import io.extreme.event.ExpectedVersion;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.subscription.DropReason;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.testkit.engine.EventStoreEngine;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Auto-acks go to the server in batches: 10,000 events are all acknowledged (none outstanding,
 * none redelivered) with far fewer Ack frames than events. Counts frames at the testkit, so it
 * runs on a store of its own and is skipped against a real server.
 */
class PersistentAckBatchingContractTest {
    private static final int EVENTS = 10_000;

    /** Runs {@code EVENTS} auto-acked events through a consumer and returns the Ack frames the server got. */
    private static long ackFramesFor(Server server, int bufferSize) {
        EventStoreEngine engine = new EventStoreEngine();
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().engine(engine)
                .protocol(server.testkit("it counts the Ack frames the server received and the messages it still has"
                        + " outstanding, which a real server shows to no client").protocol())
                .tls(server.testkit("as above").tls()).start(); // the target's TLS (or none), which its settings trust
             ExtremeClient client = ContractTargets.connect(server, b -> b.endpoint(store.endpoint())
                     .credentials(server.adminCredentials()))) {
            String stream = server.stream("psc-batched");
            for (int written = 0; written < EVENTS; written += 1000) {
                result(client.append(stream, events(1000), AppendOptions.expecting(
                        written == 0 ? ExpectedVersion.NO_STREAM : ExpectedVersion.exactly(written - 1))));
            }
            result(client.createPersistentSubscription(stream, "workers", PersistentSubscriptionSettings.defaults()
                    .withStartFromBeginning().withMessageTimeout(Duration.ofSeconds(30)).withMaxRetryCount(5)));
            PersistentConsumerContractTest.Consumer consumer = new PersistentConsumerContractTest.Consumer();
            PersistentSubscription subscription = result(client.connectToPersistentSubscription(stream, "workers",
                    PersistentConnectOptions.DEFAULTS.withBufferSize(bufferSize), consumer));
            List<PersistentConsumerContractTest.Delivery> got = Await.take(consumer.deliveries, EVENTS);
            Await.until("every event acknowledged", 30, () -> engine.persistentOutstanding(stream, "workers") == 0);

            Set<Long> numbers = new HashSet<>();
            got.forEach(d -> numbers.add(d.event().originalEventNumber()));
            assertThat(numbers).as("each event once").hasSize(EVENTS);
            if (server.isV4()) { // 3.x reports no retry count
                assertThat(got).extracting(PersistentConsumerContractTest.Delivery::retryCount).containsOnly(0);
            }
            assertThat(consumer.deliveries).as("nothing redelivered").isEmpty();
            subscription.close();
            assertThat(Await.result(consumer.dropped)).isEqualTo(DropReason.UNSUBSCRIBED);
            long frames = engine.persistentAckFrames();
            System.out.printf("[%s] Ack frames per %,d auto-acked events, buffer size %d: %d%n",
                    server, EVENTS, bufferSize, frames);
            return frames;
        }
    }

    @ContractTest
    void withTheDefaultBufferSizeAnAckFrameCarriesAboutABufferFull(Server server) {
        long frames = ackFramesFor(server, PersistentConnectOptions.DEFAULT_BUFFER_SIZE);
        // One frame per event without batching; the server pushes no more than 10 unacknowledged.
        assertThat(frames).isBetween((long) EVENTS / PersistentConnectOptions.DEFAULT_BUFFER_SIZE, (long) EVENTS / 4);
    }

    @ContractTest
    void withALargeBufferAFewDozenFramesAckTenThousandEvents(Server server) {
        long frames = ackFramesFor(server, 500);
        assertThat(frames).isBetween((long) EVENTS / 500, (long) EVENTS / 50);
    }
}
