package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.PersistentConnectOptions;
import io.extreme.contract.Await;
import io.extreme.error.OperationTimeoutException;
import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.testkit.fault.Direction;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A subscription the server confirms after the client's timeout is an orphan the client
 * unsubscribes: seen through a group that admits one consumer, which has room again for the next
 * one. The server's answers are held back by the fault proxy until the connect has timed out.
 */
class LateConfirmationTest {
    @Test
    void aConsumerConfirmedTooLateLeavesItsPlaceInTheGroup() {
        // Heartbeats far apart: holding the server's bytes back must not cost the connection.
        try (FaultRig rig = new FaultRig(b -> b.heartbeatInterval(Duration.ofSeconds(10)).heartbeatTimeout(Duration.ofSeconds(30)))) {
            String stream = FaultRig.stream("late-confirmation");
            FaultRig.get(rig.direct.createPersistentSubscription(stream, "one", PersistentSubscriptionSettings.defaults()
                    .withStartFromBeginning().withMaxSubscriberCount(1)));
            List<ResolvedEvent> orphanHeard = new CopyOnWriteArrayList<>();

            rig.proxy.silence(Direction.TO_CLIENT);
            assertThatThrownBy(() -> Await.result(rig.client.connectToPersistentSubscription(stream, "one",
                    PersistentConnectOptions.DEFAULTS.withTimeout(Duration.ofMillis(300)),
                    (subscription, event, retryCount) -> orphanHeard.add(event))))
                    .isInstanceOf(OperationTimeoutException.class);
            rig.proxy.resume();
            // Its reply comes after the held confirmation, so the client has unsubscribed the orphan
            // by then, and on this connection the server reads that before the next connect.
            FaultRig.get(rig.client.append(stream, EventData.json("after", "{}")));

            List<ResolvedEvent> heard = new CopyOnWriteArrayList<>();
            PersistentSubscription consumer = FaultRig.get(rig.client.connectToPersistentSubscription(stream, "one",
                    (subscription, event, retryCount) -> heard.add(event)));
            FaultRig.await("the new consumer hears the event", 10, () -> heard.size() == 1);
            consumer.close();
            assertThat(orphanHeard).isEmpty();
        }
    }
}
