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
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.FanoutListener;
import io.extreme.subscription.Listener;

/**
 * A user may hold the monitor of any object the client gives out ({@code synchronized (sub)}):
 * that holds up neither the client's other operations nor the object's own deliveries, because
 * no object a user can reach is locked by the client. Every wait here is for a result within a
 * deadline, taken while the test thread still holds the monitor: a client that needed it would
 * never give the result before the deadline.
 */
class MonitorContractTest {
    @ContractTest
    void aUserHoldingACatchUpSubscriptionsMonitorHoldsUpNeitherPushesNorOtherOperations(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("mon-catchup");
        String other = server.stream("mon-other");
        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Recorder recorder = new Recorder();
        CatchUpSubscription subscription = result(client.subscribeToStreamFrom(stream, StreamPosition.START,
                SubscriptionOptions.DEFAULTS, recorder));
        assertThat(numbers(recorder.take(3))).containsExactly(0L, 1L, 2L);
        Await.until("live", subscription::isLive);
        synchronized (subscription) {
            // A push for the subscription reaches the engine thread while the monitor is held...
            result(client.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(2))));
            // ...and the engine still serves the other operations, and the handler gets the event.
            result(client.append(other, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
            assertThat(numbers(recorder.take(1))).containsExactly(3L);
            assertThat(subscription.isLive()).isTrue();
            assertThat(subscription.lastEventNumber()).isPresent();
        }
        subscription.close();
        assertThat(recorder.drop().reason()).isEqualTo(io.extreme.subscription.DropReason.UNSUBSCRIBED);
    }

    @ContractTest
    void aUserHoldingAListenersMonitorHoldsUpNeitherItsHandlerNorTheClient(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("mon-listener");
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Recorder handled = new Recorder();
        Listener listener = result(client.listener(stream, event -> {
            handled.events.add(event);
            return event.originalEventNumber();
        }).start());
        assertThat(numbers(handled.take(2))).containsExactly(0L, 1L);
        synchronized (listener) {
            result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.exactly(1))));
            assertThat(numbers(handled.take(2))).containsExactly(2L, 3L);
            assertThat(listener.state()).isEqualTo(Listener.State.RUNNING);
            Await.until("the checkpoint moved on", () -> listener.lastProcessedEventNumber().orElse(-1) == 3);
        }
        listener.close();
        assertThat(result(listener.completion())).hasValue(3);
    }

    @ContractTest
    void aUserHoldingAFanoutListenersMonitorHoldsUpNeitherItsForwarderNorTheClient(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("mon-fanout");
        Recorder forwarded = new Recorder();
        FanoutListener fanout = result(client.fanoutListener(stream, forwarded.events::add).start());
        synchronized (fanout) {
            result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
            assertThat(numbers(forwarded.take(2))).containsExactly(0L, 1L);
            assertThat(fanout.isActive()).isTrue();
        }
        fanout.close();
        result(fanout.completion());
    }
}
