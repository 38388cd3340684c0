package io.extreme.internal.client;

import io.extreme.internal.operation.ClientFuture;
import io.extreme.internal.operation.PersistentManagementOperation;
import io.extreme.internal.persistent.PersistentConsumer;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.persistent.PersistentSubscriptionSettings;
import java.util.concurrent.CompletableFuture;

/**
 * The persistent subscriptions of a client view: creating, changing and deleting a group, and
 * connecting a consumer to one, each with the view's credentials. Apart from {@link ClientView}
 * because a group is the server's to keep, managed and consumed by its own commands, and none of
 * it touches the reads, writes and live subscriptions the view does itself.
 */
final class PersistentSubscriptions {
    private PersistentSubscriptions() {
    }

    static CompletableFuture<Void> create(ClientView client, String stream, String group, PersistentSubscriptionSettings settings) {
        Arguments.stream(stream);
        Arguments.group(group);
        Arguments.notNull(settings, "settings");
        return client.submit(PersistentManagementOperation.create(stream, group, settings, client.credentials()));
    }

    static CompletableFuture<Void> update(ClientView client, String stream, String group, PersistentSubscriptionSettings settings) {
        Arguments.stream(stream);
        Arguments.group(group);
        Arguments.notNull(settings, "settings");
        return client.submit(PersistentManagementOperation.update(stream, group, settings, client.credentials()));
    }

    static CompletableFuture<Void> delete(ClientView client, String stream, String group) {
        Arguments.stream(stream);
        Arguments.group(group);
        return client.submit(PersistentManagementOperation.delete(stream, group, client.credentials()));
    }

    /**
     * Binds a consumer to the group and subscribes it; the future completes when the server
     * confirms. Cancelling it first ends the consumer and leaves no consumer in the group.
     */
    static CompletableFuture<PersistentSubscription> connect(ClientView client, String stream, String group, int bufferSize,
                                                             boolean autoAck, PersistentSubscriptionListener listener) {
        Arguments.stream(stream);
        Arguments.group(group);
        if (bufferSize < 1) {
            throw new IllegalArgumentException("bufferSize must be at least 1, was " + bufferSize);
        }
        Arguments.notNull(listener, "listener");
        ClientCore core = client.core();
        PersistentConsumer consumer = new PersistentConsumer(stream, group, listener, autoAck, bufferSize, core.callbacks);
        SubscribeOperation operation = SubscribeOperation.persistent(stream, group, bufferSize, consumer, client.credentials());
        consumer.bind(core.engine, operation);
        client.submit(operation); // through the view, so that a closed view refuses it
        // Cancelled before it was confirmed: withdrawn, or unsubscribed when the confirmation comes.
        return ClientFuture.dependent(consumer.started(), () -> core.engine.cancel(operation));
    }
}
