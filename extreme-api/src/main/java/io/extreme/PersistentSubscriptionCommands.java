package io.extreme;

import io.extreme.error.AccessDeniedException;
import io.extreme.error.PersistentSubscriptionAlreadyExistsException;
import io.extreme.error.PersistentSubscriptionFailedException;
import io.extreme.error.PersistentSubscriptionNotFoundException;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.persistent.PersistentSubscriptionSettings;
import java.util.concurrent.CompletableFuture;

/**
 * The calls of an {@link ExtremeClient} on persistent subscription groups: the server keeps each
 * group's position and shares its events between the consumers connected to it.
 */
public interface PersistentSubscriptionCommands {
    /** Creates a group on {@code stream}; see {@link #createPersistentSubscription(String, String, PersistentSubscriptionSettings, CallOptions)}. */
    default CompletableFuture<Void> createPersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings) {
        return createPersistentSubscription(stream, group, settings, CallOptions.DEFAULTS);
    }

    /** Changes a group's settings; see {@link #updatePersistentSubscription(String, String, PersistentSubscriptionSettings, CallOptions)}. */
    default CompletableFuture<Void> updatePersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings) {
        return updatePersistentSubscription(stream, group, settings, CallOptions.DEFAULTS);
    }

    /** Deletes a group; see {@link #deletePersistentSubscription(String, String, CallOptions)}. */
    default CompletableFuture<Void> deletePersistentSubscription(String stream, String group) {
        return deletePersistentSubscription(stream, group, CallOptions.DEFAULTS);
    }

    /**
     * Creates a group on {@code stream}. Fails with {@link PersistentSubscriptionAlreadyExistsException},
     * {@link AccessDeniedException} (EventStore 4.1 lets only {@code $admins} create groups) or
     * {@link PersistentSubscriptionFailedException} with the server's reason.
     */
    CompletableFuture<Void> createPersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings,
                                                         CallOptions options);

    /** Changes a group's settings; connected consumers are dropped and connect again. Fails with
     * {@link PersistentSubscriptionNotFoundException} when there is no such group. */
    CompletableFuture<Void> updatePersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings,
                                                         CallOptions options);

    /** Deletes a group; connected consumers are dropped. Fails with {@link PersistentSubscriptionNotFoundException}. */
    CompletableFuture<Void> deletePersistentSubscription(String stream, String group, CallOptions options);

    /** Connects a consumer with the defaults (a buffer of 10, auto-ack); see below. */
    default CompletableFuture<PersistentSubscription> connectToPersistentSubscription(String stream, String group,
                                                                                      PersistentSubscriptionListener listener) {
        return connectToPersistentSubscription(stream, group, PersistentConnectOptions.DEFAULTS, listener);
    }

    /**
     * Connects a consumer to a group. The server pushes it events, at most
     * {@link PersistentConnectOptions#bufferSize()} unacknowledged at once; with auto-ack each event
     * is acknowledged when the handler returns, else the handler acks or nacks through the
     * subscription. The future completes when the server confirms; a refusal (no such group, access
     * denied, too many consumers) fails it and is reported to {@code onDropped}.
     */
    CompletableFuture<PersistentSubscription> connectToPersistentSubscription(String stream, String group,
                                                                              PersistentConnectOptions options,
                                                                              PersistentSubscriptionListener listener);
}
