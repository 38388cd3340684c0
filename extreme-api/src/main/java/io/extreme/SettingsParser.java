package io.extreme;

import io.extreme.typed.UndecodableEvents;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads {@link ExtremeSettings} from a URI or from {@link Properties}. Durations are whole
 * milliseconds. An unknown key is refused, so a typo fails loudly instead of being ignored.
 *
 * <p>URI: {@code tcp://user:pass@host:port?connectionName=app&reconnectDelay=1000&maxAttempts=5}.
 * Query keys: {@code connectionName}, {@code reconnectDelay}, {@code maxAttempts},
 * {@code connectTimeout}, {@code heartbeatInterval}, {@code heartbeatTimeout},
 * {@code operationTimeout}, {@code maxRetries}, {@code maxFrameLength}, {@code maxEventSize},
 * {@code requireMaster}, {@code subscriptionQueueSize}, {@code protocol}, {@code transport}, {@code discovery},
 * {@code serializer} (a plugin's name), {@code serializer.<option>} (passed to it),
 * {@code undecodableEvents} ({@code fail}, {@code deliver_raw} or {@code skip}), and the TLS keys
 * {@code tls}, {@code tlsVerifyCert}, {@code tlsCaFile}... ({@link TlsSettings}; listed in {@code TlsKeys}).
 *
 * <p>Properties use the Elixir client's words: {@code host}, {@code port}, {@code username},
 * {@code password}, {@code connection_name}, {@code reconnect_delay}, {@code max_attempts}, and the
 * query keys above in snake case ({@code heartbeat_interval}, {@code require_master}...).
 *
 * <p>{@code maxAttempts} / {@code max_attempts} takes a count or {@code -1}, {@code unlimited} or
 * {@code infinity}: the default, reconnecting for ever. {@code reconnectDelay} alone is a fixed
 * pause; with {@code maxReconnectDelay} it starts a backoff (by default 100 ms to 10 s, with jitter).
 */
public final class SettingsParser {
    private SettingsParser() {
    }

    /** Settings from a {@code tcp://} URI. */
    public static ExtremeSettings fromUri(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("uri is not a valid URI: " + e.getMessage());
        }
        if (!"tcp".equalsIgnoreCase(parsed.getScheme())) {
            throw new IllegalArgumentException("uri must start with tcp://, was '" + parsed.getScheme() + "'");
        }
        if (parsed.getHost() == null) {
            throw new IllegalArgumentException("uri must name a host, as in tcp://127.0.0.1:1113");
        }
        ExtremeSettings.Builder b = ExtremeSettings.builder()
                .endpoint(parsed.getHost(), parsed.getPort() == -1 ? ExtremeSettings.DEFAULT_ENDPOINT.port() : parsed.getPort());
        String userInfo = parsed.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("uri user info must be user:password");
            }
            b.credentials(decode(userInfo.substring(0, colon)), decode(userInfo.substring(colon + 1)));
        }
        String query = parsed.getRawQuery();
        if (query != null && !query.isEmpty()) {
            Map<String, String> pairs = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("uri query part '" + pair + "' must be key=value");
                }
                pairs.put(camelToSnake(decode(pair.substring(0, eq))), decode(pair.substring(eq + 1)));
            }
            for (String key : modeFirst(pairs.keySet())) {
                if (key.equals("db_type")) {
                    dbType(b, pairs.get(key), parsed.getHost(),
                            parsed.getPort() == -1 ? ClusterSettings.DEFAULT_GOSSIP_PORT : parsed.getPort());
                } else {
                    apply(b, key, pairs.get(key));
                }
            }
        }
        return b.build();
    }

    /**
     * The seed's {@code db_type}: {@code node} (host and port are the node's TCP endpoint),
     * {@code cluster} (the gossip seeds are in {@code nodes}) or {@code cluster_dns} (host is the
     * cluster's DNS name, port its gossip port).
     */
    private static void dbType(ExtremeSettings.Builder b, String value, String host, int port) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "node" -> b.discovery("single-node");
            case "cluster" -> b.discovery("cluster");
            case "cluster_dns" -> b.discovery("cluster-dns").clusterDns(host, port);
            default -> throw new IllegalArgumentException("db_type must be node, cluster or cluster_dns, was '" + value + "'");
        }
    }

    /** Settings from properties; missing keys keep their defaults. */
    public static ExtremeSettings fromProperties(Properties properties) {
        ExtremeSettings.Builder b = ExtremeSettings.builder();
        String host = properties.getProperty("host", ExtremeSettings.DEFAULT_ENDPOINT.host());
        int port = properties.containsKey("port") ? integer("port", properties.getProperty("port"))
                : ExtremeSettings.DEFAULT_ENDPOINT.port();
        b.endpoint(host, port);
        String user = properties.getProperty("username");
        String password = properties.getProperty("password");
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("username and password must be given together");
        }
        if (user != null) {
            b.credentials(user, password);
        }
        for (String key : modeFirst(properties.stringPropertyNames())) {
            if (!key.equals("host") && !key.equals("port") && !key.equals("username") && !key.equals("password")
                    && !key.equals("db_type")) {
                apply(b, key, properties.getProperty(key));
            }
        }
        if (properties.containsKey("db_type")) {
            dbType(b, properties.getProperty("db_type"), host, properties.containsKey("port") ? port
                    : ClusterSettings.DEFAULT_GOSSIP_PORT);
        }
        return b.build();
    }

    /**
     * The keys with {@code mode} first: it sets the node preference and whether the master is
     * required, and an explicit {@code require_master} or {@code node_preference} given beside it
     * must win whatever order the keys came in.
     */
    private static List<String> modeFirst(Collection<String> keys) {
        List<String> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparing(key -> !key.equals("mode")));
        return ordered;
    }

    private static void apply(ExtremeSettings.Builder b, String key, String value) {
        switch (key) {
            case "connection_name" -> b.connectionName(value);
            case "reconnect_delay" -> b.reconnectDelay(millis(key, value));
            case "max_attempts", "max_reconnect_attempts" -> b.maxReconnectAttempts(
                    value.equalsIgnoreCase("unlimited") || value.equalsIgnoreCase("infinity") ? -1 : integer(key, value));
            case "max_reconnect_delay" -> b.maxReconnectDelay(millis(key, value));
            case "max_queue_size" -> b.maxQueueSize(integer(key, value));
            case "max_concurrent_operations" -> b.maxConcurrentOperations(integer(key, value));
            case "retry_delay" -> b.retryDelay(millis(key, value));
            case "connect_timeout" -> b.connectTimeout(millis(key, value));
            case "heartbeat_interval" -> b.heartbeatInterval(millis(key, value));
            case "heartbeat_timeout" -> b.heartbeatTimeout(millis(key, value));
            case "operation_timeout" -> b.operationTimeout(millis(key, value));
            case "max_retries", "max_operation_retries" -> b.maxOperationRetries(integer(key, value));
            case "max_frame_length" -> b.maxFrameLength(integer(key, value));
            case "max_event_size" -> b.maxEventSize(integer(key, value));
            case "require_master" -> b.requireMaster(bool(key, value));
            case "subscription_queue_size" -> b.subscriptionQueueSize(integer(key, value));
            case "protocol", "protocol_version" -> b.protocol(value);
            case "nodes", "gossip_seeds" -> b.gossipSeeds(endpoints(key, value));
            case "gossip_timeout" -> b.gossipTimeout(millis(key, value));
            case "dns_server" -> b.dnsServer(endpoint(key, value));
            case "background_gossip" -> b.backgroundGossip(millis(key, value));
            case "mode" -> {
                switch (value.trim().toLowerCase(Locale.ROOT)) {
                    case "write" -> b.nodePreference(NodePreference.MASTER).requireMaster(true);
                    case "read" -> b.nodePreference(NodePreference.FOLLOWER).requireMaster(false);
                    default -> throw new IllegalArgumentException(key + " must be read or write, was '" + value + "'");
                }
            }
            case "node_preference" -> b.nodePreference(enumValue(key, value));
            case "handshake_timeout" -> b.handshakeTimeout(millis(key, value));
            case "transport" -> b.transport(value);
            case "discovery" -> b.discovery(value);
            case "serializer" -> b.serializer(value.trim());
            case "undecodable_events" -> b.undecodableEvents(undecodable(key, value));
            default -> {
                if (TlsKeys.KEYS.contains(key)) {
                    b.tls(TlsKeys.apply(b.tlsSoFar(), key, value));
                    return;
                }
                if (key.startsWith("serializer.") && key.length() > "serializer.".length()) {
                    b.serializerOption(key.substring("serializer.".length()), value);
                    return;
                }
                throw new IllegalArgumentException("unknown setting '" + key + "'; known: connection_name, "
                    + "reconnect_delay, max_reconnect_delay, max_attempts, max_queue_size, max_concurrent_operations, "
                    + "retry_delay, connect_timeout, heartbeat_interval, heartbeat_timeout, "
                    + "operation_timeout, max_retries, max_frame_length, max_event_size, require_master, "
                    + "subscription_queue_size, protocol (protocol_version), handshake_timeout, db_type, nodes, mode, "
                    + "node_preference, gossip_timeout, dns_server, background_gossip, transport, discovery, "
                    + "serializer, serializer.<option>, undecodable_events, " + TlsKeys.KNOWN);
            }
        }
    }

    private static String camelToSnake(String key) {
        StringBuilder out = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Duration millis(String key, String value) {
        long ms;
        try {
            ms = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number of milliseconds, was '" + value + "'");
        }
        return Duration.ofMillis(ms);
    }

    /** {@code host:port} pairs separated by commas. */
    private static List<Endpoint> endpoints(String key, String value) {
        List<Endpoint> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(endpoint(key, part));
            }
        }
        return out;
    }

    private static Endpoint endpoint(String key, String value) {
        try {
            return Endpoint.parse(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be host:port (or a list of them), was '" + value + "': "
                    + e.getMessage());
        }
    }

    private static NodePreference enumValue(String key, String value) {
        try {
            return NodePreference.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be master, follower or random, was '" + value + "'");
        }
    }

    private static UndecodableEvents undecodable(String key, String value) {
        try {
            return UndecodableEvents.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be fail, deliver_raw or skip, was '" + value + "'");
        }
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'");
        }
    }

    static boolean bool(String key, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException(key + " must be true or false, was '" + value + "'");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
