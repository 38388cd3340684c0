package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static io.extreme.contract.Events.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.SubscriptionOptions;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.spi.TcpCommand;
import io.extreme.testkit.fault.FaultProxy;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The subscription watchdog against a server that stops pushing events to subscriptions while
 * still confirming them: only a client that compares what it got with the head of the stream
 * notices. The pushes are lost in a proxy of the test's own in front of the server
 * ({@link FaultProxy#dropToClient}), so it runs against a real server too, and they reach no
 * other test's subscriptions.
 */
class WatchdogContractTest {
    private static final CatchUpOptions WATCHED = CatchUpOptions.defaults().withReadBatchSize(20)
            .withWatchdog(Duration.ofMillis(300));

    @ContractTest
    void aCatchUpWhoseServerStopsPushingStillGetsEveryEventOnceInOrder(Server server) {
        // The fault proxy drops frames by their command, which TLS hides from it: plain TCP only.
        org.junit.jupiter.api.Assumptions.assumeFalse(server.settings().tls().enabled(), "the fault proxy cannot read TLS");
        String stream = server.stream("watchdog");
        try (FaultProxy proxy = FaultProxy.start(server.settings().endpoint());
             ExtremeClient client = ContractTargets.connect(server, b -> b.endpoint(proxy.endpoint()).transport("nio"))) {
            Recorder recorder = new Recorder();
            CatchUpSubscription subscription = client.subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(WATCHED), recorder).join();
            Await.until("the subscription to go live", () -> recorder.lives.get() == 1);

            proxy.dropToClient(TcpCommand.STREAM_EVENT_APPEARED, true);
            for (int i = 0; i < 50; i++) {
                result(client.append(stream, events(1)));
            }
            assertThat(numbers(recorder.take(50))).isEqualTo(LongStream.range(0, 50).boxed().toList());
            Await.until("the watchdog to count its resubscriptions", () -> watchdogResubscriptions(subscription) > 0);

            // Exactly once: with pushes back, the next event is the 51st, not a repeat of one before it.
            proxy.dropToClient(TcpCommand.STREAM_EVENT_APPEARED, false);
            Await.until("the subscription to be live again", subscription::isLive);
            result(client.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(49))));
            assertThat(numbers(recorder.take(1))).isEqualTo(List.of(50L));
            subscription.close();
            assertThat(recorder.drop().reason()).isEqualTo(DropReason.UNSUBSCRIBED);
            assertThat(recorder.drops.get()).isEqualTo(1);
            assertThat(recorder.lives.get()).isEqualTo(1);
        }
    }

    /** The package-private count the engine keeps for tests; the contract suite reaches it on the class path. */
    private static int watchdogResubscriptions(CatchUpSubscription subscription) {
        for (Class<?> type = subscription.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Method count = type.getDeclaredMethod("watchdogResubscriptions");
                count.setAccessible(true);
                return (int) count.invoke(subscription);
            } catch (NoSuchMethodException notHere) {
                // declared on the shared catch-up base class: look further up
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(subscription.getClass() + " has no watchdogResubscriptions()");
    }
}
