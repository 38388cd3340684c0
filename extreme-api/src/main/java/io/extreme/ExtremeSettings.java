package io.extreme;

import static io.extreme.SettingChecks.atLeast;
import static io.extreme.SettingChecks.atLeastOne;
import static io.extreme.SettingChecks.attemptsOrNoLimit;
import static io.extreme.SettingChecks.nonNegative;
import static io.extreme.SettingChecks.notAbove;
import static io.extreme.SettingChecks.notShorter;
import static io.extreme.SettingChecks.positive;

import io.extreme.error.OperationQueueFullException;
import io.extreme.serialization.Serializer;
import io.extreme.subscription.DropReason;
import io.extreme.typed.SerializationSettings;
import io.extreme.typed.UndecodableEvents;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How a client connects and behaves. Immutable; make one with {@link #builder()}, from a URI
 * with {@link #builder()}-style parsing in {@code SettingsParser.fromUri} or from properties with
 * {@code SettingsParser.fromProperties}, and change a copy with
 * {@link #toBuilder()}. Every default is a named constant below.
 */
public final class ExtremeSettings {
    /** The node to connect to when none is given: EventStore's default external TCP port on loopback. */
    public static final Endpoint DEFAULT_ENDPOINT = new Endpoint("127.0.0.1", 1113);
    /** The name a connection gives itself in IdentifyClient, shown in the server's logs. */
    public static final String DEFAULT_CONNECTION_NAME = "extreme-java";
    /**
     * The first pause before connecting again after a connection is lost or an attempt failed:
     * the ceiling the backoff starts from (the pause itself is drawn between half of it and all of it).
     */
    public static final Duration DEFAULT_RECONNECT_DELAY = Duration.ofMillis(100);
    /** The longest pause between connection attempts: the backoff doubles up to this ceiling, then stays. */
    public static final Duration DEFAULT_MAX_RECONNECT_DELAY = Duration.ofSeconds(10);
    /** The {@link Builder#maxReconnectAttempts} that never gives up: see {@link Builder#reconnectForever()}. */
    public static final int UNLIMITED_RECONNECT_ATTEMPTS = -1;
    /**
     * How many failed attempts in a row before giving up: none, the client reconnects for ever
     * (like the Elixir client, Lettuce and the DataStax driver), since a production client should
     * outlive any outage; the {@link ConnectionListener} hears each attempt.
     */
    public static final int DEFAULT_MAX_RECONNECT_ATTEMPTS = UNLIMITED_RECONNECT_ATTEMPTS;
    /** How many operations may wait to be sent (while connecting, or behind the in-flight limit). */
    public static final int DEFAULT_MAX_QUEUE_SIZE = 5_000;
    /** How many operations may be sent and awaiting their answer at once. */
    public static final int DEFAULT_MAX_CONCURRENT_OPERATIONS = 5_000;
    /** The pause before asking again a node that answered NotReady or TooBusy. */
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofMillis(100);
    /** How long a new connection may wait for the answers of its handshake (IdentifyClient, Authenticate). */
    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(5);
    /** How long to wait for a TCP connection to open. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Silence on the connection for this long makes the client send a HeartbeatRequest. */
    public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofMillis(750);
    /** Silence for this long after a HeartbeatRequest closes the connection as dead. */
    public static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofMillis(1500);
    /** How long an operation may wait for its answer before it fails with a timeout. */
    public static final Duration DEFAULT_OPERATION_TIMEOUT = Duration.ofSeconds(7);
    /** How many times an operation is sent again after a server timeout or a lost connection. */
    public static final int DEFAULT_MAX_OPERATION_RETRIES = 10;
    /** The largest frame sent or accepted, in bytes: a real server's limit, 64 MiB. */
    public static final int DEFAULT_MAX_FRAME_LENGTH = 64 * 1024 * 1024;
    /** The largest event (data plus metadata) accepted for writing: the server's record limit, 16 MiB. */
    public static final int DEFAULT_MAX_EVENT_SIZE = 16 * 1024 * 1024;
    /** Events that may wait for a subscription's handler before the subscription counts as overwhelmed. */
    public static final int DEFAULT_SUBSCRIPTION_QUEUE_SIZE = 10_000;
    /** Whether writes and reads must be served by the master of a cluster. */
    public static final boolean DEFAULT_REQUIRE_MASTER = true;

    /** These settings' own copy of the values: never changed, never handed out. */
    private final SettingsValues values;

    private ExtremeSettings(Builder b) {
        values = b.values.built();
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings with every default: a single node on {@link #DEFAULT_ENDPOINT}. */
    public static ExtremeSettings defaults() {
        return builder().build();
    }

    /** A builder that starts from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The node to connect to (or the first one, with a single-node discovery). */
    public Endpoint endpoint() { return values.endpoint; }
    /** The connection's default user, or {@code null} for anonymous. */
    public UserCredentials credentials() { return values.credentials; }
    /** The name sent in IdentifyClient. */
    public String connectionName() { return values.connectionName; }
    /** The first pause before reconnecting (its ceiling, with a backoff); every pause, without one. */
    public Duration reconnectDelay() { return values.reconnectDelay; }
    /**
     * The longest pause between connection attempts. When it is longer than {@link #reconnectDelay()}
     * (by default: 100 ms and 10 s) the client backs off: after {@code n} failed attempts in a row
     * the ceiling is {@code min(maxReconnectDelay, reconnectDelay * 2^n)} and the pause is drawn
     * uniformly between half the ceiling and the whole of it ("equal jitter"), so the clients of a
     * restarted node spread apart. Equal to it when {@link Builder#reconnectDelay} was set alone:
     * then every pause is exactly that delay.
     */
    public Duration maxReconnectDelay() { return values.longestReconnectDelay(); }
    /** Operations that may wait to be sent before new ones fail with {@link OperationQueueFullException}. */
    public int maxQueueSize() { return values.maxQueueSize; }
    /** Operations that may await their answer at once; more wait in the queue. */
    public int maxConcurrentOperations() { return values.maxConcurrentOperations; }
    /** The first pause before sending again an operation the node answered NotReady or TooBusy to; it doubles with each try, up to 0.5 s (or the retry delay itself, if longer). */
    public Duration retryDelay() { return values.retryDelay; }
    /** Who hears of the connection's life: connected, disconnected, reconnecting, closed, errors. */
    public List<ConnectionListener> connectionListeners() { return values.connectionListeners; }
    /** Failed connection attempts in a row before the client gives up; {@link #UNLIMITED_RECONNECT_ATTEMPTS} (-1, the default) for no limit. */
    public int maxReconnectAttempts() { return values.maxReconnectAttempts; }
    /** The TCP connect timeout. */
    public Duration connectTimeout() { return values.connectTimeout; }
    /** Idle time before the client sends a HeartbeatRequest. */
    public Duration heartbeatInterval() { return values.heartbeatInterval; }
    /** Silence after a HeartbeatRequest that closes the connection. */
    public Duration heartbeatTimeout() { return values.heartbeatTimeout; }
    /** The time an operation may take, per attempt. */
    public Duration operationTimeout() { return values.operationTimeout; }
    /** Retries of an operation after a server timeout or a lost connection. */
    public int maxOperationRetries() { return values.maxOperationRetries; }
    /** The frame limit in bytes, for sending and receiving. */
    public int maxFrameLength() { return values.maxFrameLength; }
    /** The event size limit in bytes (data plus metadata). */
    public int maxEventSize() { return values.maxEventSize; }
    /** Whether requests must be handled by a cluster's master. */
    public boolean requireMaster() { return values.requireMaster; }
    /** The most events that may wait for one subscription's handler. */
    public int subscriptionQueueSize() { return values.subscriptionQueueSize; }
    /**
     * Whether a volatile subscription subscribes again by itself after the connection is lost
     * (events written while it was away are not delivered: it is volatile), instead of ending with
     * {@link DropReason#CONNECTION_CLOSED}. Catch-up subscriptions and listeners always resume.
     */
    public boolean resumeVolatileSubscriptions() { return values.resumeVolatileSubscriptions; }
    /** The transport provider's name, or {@code null} for the highest priority one. */
    public String transport() { return values.transport; }
    /**
     * The protocol version to speak: {@link ProtocolVersion#V3} (EventStore 3.x, 32-bit event numbers),
     * {@link ProtocolVersion#V4} (EventStore 3.9.4, 4.x and later) or {@link ProtocolVersion#AUTO} (the
     * default): send IdentifyClient first; ClientIdentified means v4, a BadRequest under the same
     * correlation id means v3.
     */
    public ProtocolVersion protocol() { return values.protocol; }
    /** How long a new connection may wait for each answer of its handshake before it counts as failed. */
    public Duration handshakeTimeout() { return values.handshakeTimeout; }
    /** How the client finds its node in a cluster; {@link ClusterSettings#NONE} for a single node. */
    public ClusterSettings cluster() { return values.cluster; }
    /** How the typed API ({@link ExtremeClient#typed()}) turns objects into events and back. */
    public SerializationSettings serialization() { return values.serialization; }
    /** The discovery provider's name, or {@code null} for the first that supports these settings. */
    public String discovery() { return values.discovery; }
    /** Where user callbacks run, or {@code null} for the client's own executor. */
    public Executor callbackExecutor() { return values.callbackExecutor; }
    /** TLS on the TCP connection; {@link TlsSettings#OFF} (plain TCP) by default. */
    public TlsSettings tls() { return values.tls; }

    @Override
    public String toString() {
        return "ExtremeSettings[endpoint=" + values.endpoint + ", login="
                + (values.credentials == null ? "none" : values.credentials.login()) + ", connectionName="
                + values.connectionName + ", protocol=" + values.protocol + ", transport=" + values.transport + "]";
    }

    /** Builds {@link ExtremeSettings}; every setter checks its argument and names it when it refuses. */
    public static final class Builder {
        /** The values being edited: the defaults, or a copy of the settings {@link ExtremeSettings#toBuilder()} started from. */
        private final SettingsValues values;

        private Builder() {
            values = new SettingsValues();
        }

        private Builder(ExtremeSettings s) {
            values = s.values.toEdit();
        }

        public Builder endpoint(Endpoint value) { values.endpoint = Objects.requireNonNull(value, "endpoint"); return this; }
        public Builder endpoint(String host, int port) { return endpoint(new Endpoint(host, port)); }
        public Builder credentials(UserCredentials value) { values.credentials = value; return this; }
        public Builder credentials(String login, String password) { return credentials(UserCredentials.of(login, password)); }
        public Builder connectionName(String value) { values.connectionName = Objects.requireNonNull(value, "connectionName"); return this; }
        /**
         * A fixed pause between connection attempts, without backoff or jitter (as it has always
         * meant); with {@link #maxReconnectDelay} as well, the first pause of a backoff.
         */
        public Builder reconnectDelay(Duration value) {
            values.reconnectDelay = nonNegative("reconnectDelay", value);
            values.reconnectDelaySet = true;
            return this;
        }
        /**
         * Exponential backoff between connection attempts, with jitter: the ceiling of the first
         * pause is {@code min}, each failed attempt in a row doubles it, up to {@code max}, and each
         * pause is drawn between half its ceiling and all of it; a successful connection starts
         * over. The default is 100 ms to 10 s; see {@link ExtremeSettings#maxReconnectDelay()}.
         */
        public Builder reconnectBackoff(Duration min, Duration max) {
            nonNegative("min", min);
            positive("max", max);
            notShorter("max", max, "min", min);
            values.reconnectDelay = min;
            values.maxReconnectDelay = max;
            return this;
        }
        /** The longest pause between connection attempts; see {@link #reconnectBackoff}. */
        public Builder maxReconnectDelay(Duration value) { values.maxReconnectDelay = positive("maxReconnectDelay", value); return this; }
        public Builder maxQueueSize(int value) { values.maxQueueSize = atLeastOne("maxQueueSize", value); return this; }
        public Builder maxConcurrentOperations(int value) { values.maxConcurrentOperations = atLeastOne("maxConcurrentOperations", value); return this; }
        public Builder retryDelay(Duration value) { values.retryDelay = nonNegative("retryDelay", value); return this; }
        /** Adds a listener to the connection's life; listeners run on the callback executor, in order. */
        public Builder connectionListener(ConnectionListener value) {
            values.connectionListeners.add(Objects.requireNonNull(value, "connectionListener"));
            return this;
        }
        /**
         * Failed connection attempts in a row after which the client closes with a
         * {@code ReconnectsExhaustedException}; 0 gives up at the first failure, and
         * {@link ExtremeSettings#UNLIMITED_RECONNECT_ATTEMPTS} (-1, the default) never gives up.
         */
        public Builder maxReconnectAttempts(int value) { values.maxReconnectAttempts = attemptsOrNoLimit("maxReconnectAttempts", value); return this; }
        /** Never give up reconnecting (the default): the same as {@code maxReconnectAttempts(UNLIMITED_RECONNECT_ATTEMPTS)}. */
        public Builder reconnectForever() { return maxReconnectAttempts(UNLIMITED_RECONNECT_ATTEMPTS); }
        public Builder connectTimeout(Duration value) { values.connectTimeout = positive("connectTimeout", value); return this; }
        public Builder heartbeatInterval(Duration value) { values.heartbeatInterval = positive("heartbeatInterval", value); return this; }
        public Builder heartbeatTimeout(Duration value) { values.heartbeatTimeout = positive("heartbeatTimeout", value); return this; }
        public Builder operationTimeout(Duration value) { values.operationTimeout = positive("operationTimeout", value); return this; }
        public Builder maxOperationRetries(int value) { values.maxOperationRetries = atLeast("maxOperationRetries", 0, "", value); return this; }
        public Builder maxFrameLength(int value) { values.maxFrameLength = atLeast("maxFrameLength", 1024, " bytes", value); return this; }
        public Builder maxEventSize(int value) { values.maxEventSize = atLeast("maxEventSize", 1, " byte", value); return this; }
        public Builder requireMaster(boolean value) { values.requireMaster = value; return this; }
        public Builder subscriptionQueueSize(int value) { values.subscriptionQueueSize = atLeastOne("subscriptionQueueSize", value); return this; }
        public Builder resumeVolatileSubscriptions(boolean value) { values.resumeVolatileSubscriptions = value; return this; }
        public Builder transport(String name) { values.transport = name; return this; }
        /**
         * The protocol: {@code "3"}, {@code "4"} or {@code "auto"} ({@code "v3"}, {@code "v4"} and
         * {@code null} for auto are accepted too).
         */
        public Builder protocol(String value) { values.protocol = value == null ? ProtocolVersion.AUTO : ProtocolVersion.parse(value); return this; }
        /** The protocol version to speak; see {@link ExtremeSettings#protocol()}. */
        public Builder protocol(ProtocolVersion value) { values.protocol = Objects.requireNonNull(value, "protocol must not be null"); return this; }
        /** How the client finds its node in a cluster; the setters below change one part of it. */
        public Builder cluster(ClusterSettings value) { values.cluster = Objects.requireNonNull(value, "cluster"); return this; }
        /** See {@link ClusterSettings#withGossipSeeds}. */
        public Builder gossipSeeds(List<Endpoint> seeds) { return cluster(values.cluster.withGossipSeeds(seeds)); }
        public Builder gossipSeeds(Endpoint... seeds) { return gossipSeeds(List.of(seeds)); }
        /** See {@link ClusterSettings#withClusterDns}. */
        public Builder clusterDns(String name, int gossipPort) { return cluster(values.cluster.withClusterDns(name, gossipPort)); }
        public Builder dnsServer(Endpoint value) { return cluster(values.cluster.withDnsServer(value)); }
        public Builder gossipTimeout(Duration value) { return cluster(values.cluster.withGossipTimeout(value)); }
        public Builder nodePreference(NodePreference value) { return cluster(values.cluster.withNodePreference(value)); }
        public Builder backgroundGossip(Duration value) { return cluster(values.cluster.withBackgroundGossip(value)); }
        /** The typed API's serializer, event types and handling of undecodable events; see {@link SerializationSettings}. */
        public Builder serialization(SerializationSettings value) { values.serialization = Objects.requireNonNull(value, "serialization"); return this; }
        public Builder serializer(String name) { return serialization(values.serialization.withSerializer(name)); }
        public Builder serializer(Serializer value) { return serialization(values.serialization.withSerializer(value)); }
        public Builder serializerOption(String key, String value) { return serialization(values.serialization.withOption(key, value)); }
        public Builder undecodableEvents(UndecodableEvents value) { return serialization(values.serialization.withUndecodable(value)); }
        public Builder handshakeTimeout(Duration value) { values.handshakeTimeout = positive("handshakeTimeout", value); return this; }
        public Builder discovery(String name) { values.discovery = name; return this; }
        /** TLS on or off, keeping the other TLS settings; see {@link TlsSettings}. */
        public Builder tls(boolean value) { return tls(values.tls.withEnabled(value)); }
        /** Every TLS setting at once, for example {@code TlsSettings.ON.withTrustFile(ca)}. */
        public Builder tls(TlsSettings value) { values.tls = Objects.requireNonNull(value, "tls"); return this; }
        TlsSettings tlsSoFar() { return values.tls; }
        /**
         * Runs every user callback (futures, handlers) on {@code value} instead of the client's own
         * pool. It must take every task while the client is open and must not run them on the
         * caller's thread: a task it refuses runs where it was handed over, which may be the
         * engine's thread, and then user code holds up every operation of the client.
         */
        public Builder callbackExecutor(Executor value) { values.callbackExecutor = value; return this; }

        /** The settings; throws {@link IllegalArgumentException} when two settings contradict each other. */
        public ExtremeSettings build() {
            notShorter("heartbeatTimeout", values.heartbeatTimeout, "heartbeatInterval", values.heartbeatInterval);
            notShorter("maxReconnectDelay", values.longestReconnectDelay(), "reconnectDelay", values.reconnectDelay);
            notAbove("maxEventSize", values.maxEventSize, "maxFrameLength", values.maxFrameLength);
            return new ExtremeSettings(this);
        }
    }
}
