package io.extreme.contract;

import io.extreme.AppendOptions;
import io.extreme.DeleteOptions;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.SubscriptionOptions;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.subscription.CatchUpOptions;
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
 * catch-up publisher of a stream, over the testkit in memory. The publisher is endless
 * ({@code maxElementsFromPublisher} is {@code Long.MAX_VALUE}): the TCK itself skips the rules
 * that need {@code onComplete}. Small read batches and queue so that paging and back-pressure
 * are in play during the rules.
 */
public class CatchUpPublisherTckTest extends FlowPublisherVerification<ResolvedEvent> {
    /** More than any rule asks for, so that every publisher starts with events to read. */
    private static final int PREFILLED = 600;
    private static final CatchUpOptions OPTIONS = new CatchUpOptions(false, 16, 64);

    private EmbeddedEventStore store;
    private ExtremeClient client;
    private String stream;
    private String deleted;

    public CatchUpPublisherTckTest() {
        super(new TestEnvironment(2_000, 200), 2_000);
    }

    @BeforeClass
    public void startServer() throws Exception {
        store = EmbeddedEventStore.start();
        ExtremeSettings settings = ExtremeSettings.builder().endpoint(store.endpoint()).connectionName("extreme-tck")
                .transport("in-memory").operationTimeout(Duration.ofSeconds(10)).build();
        client = Extreme.connect(settings);
        stream = "tck-" + UUID.randomUUID().toString().replace("-", "");
        client.append(stream, Events.events(PREFILLED), AppendOptions.expecting(ExpectedVersion.NO_STREAM)).get(30, TimeUnit.SECONDS);
        deleted = "tck-deleted-" + UUID.randomUUID().toString().replace("-", "");
        client.append(deleted, Events.events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)).get(30, TimeUnit.SECONDS);
        client.delete(deleted, DeleteOptions.hard()).get(30, TimeUnit.SECONDS);
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
        // An event stream never ends: whatever the count asked for, the publisher goes on (live).
        return client.streamPublisher(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(OPTIONS));
    }

    /** A hard-deleted stream: the first read fails, so the publisher signals onError after onSubscribe. */
    @Override
    public Flow.Publisher<ResolvedEvent> createFailedFlowPublisher() {
        return client.streamPublisher(deleted, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(OPTIONS));
    }

    @Override
    public long maxElementsFromPublisher() {
        return Long.MAX_VALUE;
    }
}
