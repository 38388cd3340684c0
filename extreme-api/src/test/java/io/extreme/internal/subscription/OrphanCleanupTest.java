package io.extreme.internal.subscription;

import static io.extreme.internal.fakes.ServerHarness.until;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.SubscriptionOptions;
import io.extreme.error.OperationTimeoutException;
import io.extreme.internal.fakes.ServerHarness;
import io.extreme.internal.fakes.ServerHarness.Recorder;
import io.extreme.spi.message.SubscribeToStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Against the fake event server: a subscription it confirms after the client's timeout does not
 * stay running on the server, and a later subscription to the same stream hears only its own events.
 */
class OrphanCleanupTest {
    @Test
    void aSubscriptionConfirmedTooLateEndsOnTheServer() throws Exception {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            h.server.hold(m -> m instanceof SubscribeToStream);
            Recorder late = new Recorder();
            CompletableFuture<?> subscribed = h.client.subscribeToStream("s",
                    SubscriptionOptions.DEFAULTS.withTimeout(Duration.ofMillis(200)), late);
            until("the subscribe is held", () -> h.server.heldCount() == 1);
            assertThatThrownBy(() -> subscribed.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(OperationTimeoutException.class);

            h.server.releaseHeld(); // confirms the subscription the client gave up on
            until("the orphan is unsubscribed", () -> h.server.unsubscribes.size() == 1);
            until("no subscription runs on the server", () -> h.server.liveSubscriptions() == 0);

            Recorder current = new Recorder();
            h.client.subscribeToStream("s", current).get(10, TimeUnit.SECONDS);
            h.server.append("s", 2);
            current.awaitEvents(2);
            assertThat(late.events).isEmpty();
            assertThat(h.server.unsubscribes).hasSize(1);
        }
    }
}
