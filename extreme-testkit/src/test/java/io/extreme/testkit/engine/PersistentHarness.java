package io.extreme.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscriptionCompleted;
import io.extreme.spi.message.CreatePersistentSubscriptionResult;
import io.extreme.spi.message.Message;
import io.extreme.persistent.NackAction;
import io.extreme.spi.message.PersistentSubscriptionAckEvents;
import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.PersistentSubscriptionNakEvents;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.UnsubscribeFromStream;
import java.util.List;
import java.util.UUID;

/**
 * Persistent-subscription helpers over an {@link EngineHarness}: group settings with the .NET
 * defaults, and consumers that connect, read their pushes, ack and nak under their own
 * correlation id.
 */
final class PersistentHarness {
    final EngineHarness h = new EngineHarness();

    /** The .NET client's defaults (PROTOCOL.md §3.7) with the given start, timeout, retries and strategy. */
    static PersistentSubscriptionConfig config(long startFrom, int timeoutMs, int maxRetryCount, String strategy) {
        return new PersistentSubscriptionConfig(false, startFrom, timeoutMs, false, 500, 20, 500, maxRetryCount,
                true, 2000, 1000, 10, 0, strategy);
    }

    static PersistentSubscriptionConfig config(long startFrom) {
        return config(startFrom, 30_000, 10, "RoundRobin");
    }

    void create(String stream, String group, PersistentSubscriptionConfig config) {
        CreatePersistentSubscriptionCompleted reply = h.ask(h.admin, new CreatePersistentSubscription(group, stream, config));
        assertThat(reply.result()).isEqualTo(CreatePersistentSubscriptionResult.SUCCESS);
    }

    Consumer connect(String stream, String group, int allowedInFlight) {
        return connect(h.session, stream, group, allowedInFlight);
    }

    Consumer connect(CapturingSession session, String stream, String group, int allowedInFlight) {
        UUID correlationId = UUID.randomUUID();
        assertThat(h.engine.handle(session, correlationId, h.admin,
                new ConnectToPersistentSubscription(group, stream, allowedInFlight))).isTrue();
        return new Consumer(session, correlationId, stream + "::" + group);
    }

    /** One connected consumer: what it received, and its acks and naks. */
    final class Consumer {
        final CapturingSession session;
        final UUID correlationId;
        final String subscriptionId;

        Consumer(CapturingSession session, UUID correlationId, String subscriptionId) {
            this.session = session;
            this.correlationId = correlationId;
            this.subscriptionId = subscriptionId;
        }

        /** Every message it received, the confirmation (or drop) first. */
        List<Message> received() {
            return session.messagesFor(correlationId);
        }

        /** The pushes it received, in order. */
        List<PersistentSubscriptionStreamEventAppeared> pushes() {
            return received().stream().filter(PersistentSubscriptionStreamEventAppeared.class::isInstance)
                    .map(PersistentSubscriptionStreamEventAppeared.class::cast).toList();
        }

        /** The event numbers pushed, in order. */
        List<Long> numbers() {
            return pushes().stream().map(p -> p.event().event().eventNumber()).toList();
        }

        List<Integer> retryCounts() {
            return pushes().stream().map(PersistentSubscriptionStreamEventAppeared::retryCount).toList();
        }

        void ack(UUID... eventIds) {
            assertThat(h.engine.handle(session, correlationId, h.admin,
                    new PersistentSubscriptionAckEvents(subscriptionId, List.of(eventIds)))).isTrue();
        }

        void nak(NackAction action, String message, UUID... eventIds) {
            assertThat(h.engine.handle(session, correlationId, h.admin,
                    new PersistentSubscriptionNakEvents(subscriptionId, List.of(eventIds), message, action))).isTrue();
        }

        void unsubscribe() {
            assertThat(h.engine.handle(session, correlationId, h.admin, new UnsubscribeFromStream())).isTrue();
        }

        Message last() {
            List<Message> all = received();
            return all.get(all.size() - 1);
        }
    }
}
