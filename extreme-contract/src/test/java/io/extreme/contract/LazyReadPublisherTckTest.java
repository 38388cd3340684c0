package io.extreme.contract;

import io.extreme.AppendOptions;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.testkit.EmbeddedEventStore;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;

/**
 * The Reactive Streams TCK (TestNG, run on the JUnit Platform by the testng-engine) against the
 * publisher of a lazy read, over the testkit in memory. A lazy read ends, so the TCK's rules on
 * {@code onComplete} are in play: a publisher of n elements reads n events ({@code maxCount});
 * of none, a stream that does not exist. Small pages so that paging happens during the rules.
 */
public class LazyReadPublisherTckTest extends FlowPublisherVerification<ResolvedEvent> {
    /** The most events a publisher made here gives. */
    private static final int PREFILLED = 600;
    private static final int PAGE = 16;

    private EmbeddedEventStore store;
    private ExtremeClient client;
    private String stream;

    public LazyReadPublisherTckTest() {
        super(new TestEnvironment(2_000, 200), 2_000);
    }

    @BeforeClass
    public void startServer() throws Exception {
        store = EmbeddedEventStore.start();
        ExtremeSettings settings = ExtremeSettings.builder().endpoint(store.endpoint()).connectionName("extreme-read-tck")
                .transport("in-memory").operationTimeout(Duration.ofSeconds(10)).build();
        client = Extreme.connect(settings);
        stream = "read-tck-" + UUID.randomUUID().toString().replace("-", "");
        client.append(stream, Events.events(PREFILLED), AppendOptions.expecting(ExpectedVersion.NO_STREAM)).get(30, TimeUnit.SECONDS);
    }

    @AfterClass(alwaysRun = true)
    public void stopServer() {
        if (client != null) {
            client.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Override
    public Flow.Publisher<ResolvedEvent> createFlowPublisher(long elements) {
        if (elements == 0) {
            return client.readStream("read-tck-missing-" + UUID.randomUUID()).publisher(); // a missing stream reads as empty
        }
        ReadOptions options = ReadOptions.forward().withPageSize(PAGE).withMaxCount(elements);
        return client.readStream(stream, StreamPosition.START, options).publisher();
    }

    /**
     * A publisher that already has its subscriber: it refuses the TCK's with onSubscribe then
     * onError (rule 1.9). A hard-deleted stream would not do: its failure is found by the first
     * page, which is read only on demand, and the TCK wants onError without any (the contract test
     * covers a hard-deleted stream's onError).
     */
    @Override
    public Flow.Publisher<ResolvedEvent> createFailedFlowPublisher() {
        Flow.Publisher<ResolvedEvent> taken = client.readStream(stream).publisher();
        taken.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
            }

            @Override
            public void onNext(ResolvedEvent item) {
            }

            @Override
            public void onError(Throwable throwable) {
            }

            @Override
            public void onComplete() {
            }
        });
        return taken;
    }

    @Override
    public long maxElementsFromPublisher() {
        return PREFILLED;
    }
}
