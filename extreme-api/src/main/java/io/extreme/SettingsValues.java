package io.extreme;

import static io.extreme.ExtremeSettings.DEFAULT_CONNECTION_NAME;
import static io.extreme.ExtremeSettings.DEFAULT_CONNECT_TIMEOUT;
import static io.extreme.ExtremeSettings.DEFAULT_ENDPOINT;
import static io.extreme.ExtremeSettings.DEFAULT_HANDSHAKE_TIMEOUT;
import static io.extreme.ExtremeSettings.DEFAULT_HEARTBEAT_INTERVAL;
import static io.extreme.ExtremeSettings.DEFAULT_HEARTBEAT_TIMEOUT;
import static io.extreme.ExtremeSettings.DEFAULT_MAX_CONCURRENT_OPERATIONS;
import static io.extreme.ExtremeSettings.DEFAULT_MAX_EVENT_SIZE;
import static io.extreme.ExtremeSettings.DEFAULT_MAX_FRAME_LENGTH;
import static io.extreme.ExtremeSettings.DEFAULT_MAX_OPERATION_RETRIES;
import static io.extreme.ExtremeSettings.DEFAULT_MAX_QUEUE_SIZE;
import static io.extreme.ExtremeSettings.DEFAULT_MAX_RECONNECT_ATTEMPTS;
import static io.extreme.ExtremeSettings.DEFAULT_MAX_RECONNECT_DELAY;
import static io.extreme.ExtremeSettings.DEFAULT_OPERATION_TIMEOUT;
import static io.extreme.ExtremeSettings.DEFAULT_RECONNECT_DELAY;
import static io.extreme.ExtremeSettings.DEFAULT_REQUIRE_MASTER;
import static io.extreme.ExtremeSettings.DEFAULT_RETRY_DELAY;
import static io.extreme.ExtremeSettings.DEFAULT_SUBSCRIPTION_QUEUE_SIZE;

import io.extreme.typed.SerializationSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The value of every setting of {@link ExtremeSettings}, each starting at its default. A
 * {@link ExtremeSettings.Builder} edits its own; built settings keep a copy that nothing changes
 * again and that never leaves them, so they stay immutable (their reference to it is final, so
 * every thread sees it whole). It is apart so that the list of settings is written once, not four
 * times (the settings' fields, the builder's, and the copies from one to the other).
 */
final class SettingsValues implements Cloneable {
    Endpoint endpoint = DEFAULT_ENDPOINT;
    UserCredentials credentials;
    String connectionName = DEFAULT_CONNECTION_NAME;
    Duration reconnectDelay = DEFAULT_RECONNECT_DELAY;
    /** {@code null} until a backoff's maximum is set; {@link #longestReconnectDelay()} is what counts. */
    Duration maxReconnectDelay;
    /** Whether the reconnect delay was set on its own, which has always meant a fixed pause. */
    boolean reconnectDelaySet;
    int maxReconnectAttempts = DEFAULT_MAX_RECONNECT_ATTEMPTS;
    int maxQueueSize = DEFAULT_MAX_QUEUE_SIZE;
    int maxConcurrentOperations = DEFAULT_MAX_CONCURRENT_OPERATIONS;
    Duration retryDelay = DEFAULT_RETRY_DELAY;
    /** In a builder, a list to add to; in settings, an unmodifiable copy. */
    List<ConnectionListener> connectionListeners = new ArrayList<>();
    Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    Duration heartbeatInterval = DEFAULT_HEARTBEAT_INTERVAL;
    Duration heartbeatTimeout = DEFAULT_HEARTBEAT_TIMEOUT;
    Duration operationTimeout = DEFAULT_OPERATION_TIMEOUT;
    int maxOperationRetries = DEFAULT_MAX_OPERATION_RETRIES;
    int maxFrameLength = DEFAULT_MAX_FRAME_LENGTH;
    int maxEventSize = DEFAULT_MAX_EVENT_SIZE;
    boolean requireMaster = DEFAULT_REQUIRE_MASTER;
    int subscriptionQueueSize = DEFAULT_SUBSCRIPTION_QUEUE_SIZE;
    boolean resumeVolatileSubscriptions;
    String transport;
    ProtocolVersion protocol = ProtocolVersion.AUTO;
    Duration handshakeTimeout = DEFAULT_HANDSHAKE_TIMEOUT;
    ClusterSettings cluster = ClusterSettings.NONE;
    SerializationSettings serialization = SerializationSettings.DEFAULTS;
    String discovery;
    Executor callbackExecutor;
    TlsSettings tls = TlsSettings.OFF;

    /**
     * The longest pause between connection attempts: the maximum set; else the reconnect delay, if
     * it was set alone (a fixed pause, as {@code reconnectDelay(d)} meant before backoff was the
     * default); else the default backoff's maximum. Kept as what was set, not as its outcome, so
     * that a copy edited with {@code toBuilder()} decides it the same way a new builder would.
     */
    Duration longestReconnectDelay() {
        if (maxReconnectDelay != null) {
            return maxReconnectDelay;
        }
        return reconnectDelaySet ? reconnectDelay : DEFAULT_MAX_RECONNECT_DELAY;
    }

    /** The copy settings keep of a builder's values: the listeners fixed. */
    SettingsValues built() {
        SettingsValues built = copy();
        built.connectionListeners = List.copyOf(connectionListeners);
        return built;
    }

    /** The copy a builder starts from, of the values of settings. */
    SettingsValues toEdit() {
        SettingsValues edited = copy();
        edited.connectionListeners = new ArrayList<>(connectionListeners);
        return edited;
    }

    /** Every field as it is (each an immutable value but the listeners): a setting added later cannot be missed here. */
    private SettingsValues copy() {
        try {
            return (SettingsValues) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("SettingsValues is Cloneable", e);
        }
    }
}
