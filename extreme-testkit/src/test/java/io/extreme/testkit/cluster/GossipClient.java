package io.extreme.testkit.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.extreme.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Asks a node's gossip endpoint as a client does, and reads the answer with Jackson. */
final class GossipClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private GossipClient() {
    }

    /** {@code GET /gossip?format=json} of {@code endpoint}, parsed. */
    static JsonNode fetch(Endpoint endpoint) throws IOException {
        return fetch(endpoint, "/gossip?format=json");
    }

    static JsonNode fetch(Endpoint endpoint, String pathAndQuery) throws IOException {
        HttpURLConnection connection = open(endpoint, pathAndQuery, TIMEOUT);
        try (InputStream in = connection.getInputStream()) {
            return MAPPER.readTree(in);
        } finally {
            connection.disconnect();
        }
    }

    /** The HTTP status of {@code GET pathAndQuery}. */
    static int status(Endpoint endpoint, String pathAndQuery) throws IOException {
        HttpURLConnection connection = open(endpoint, pathAndQuery, TIMEOUT);
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }

    /** True when {@code GET /gossip} gets no answer within {@code wait}. */
    static boolean hangs(Endpoint endpoint, Duration wait) throws IOException {
        HttpURLConnection connection = open(endpoint, "/gossip?format=json", wait);
        try {
            connection.getResponseCode();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            connection.disconnect();
        }
    }

    /** The member of {@code gossip} whose external TCP endpoint is {@code node}'s. */
    static JsonNode member(JsonNode gossip, ClusterNode node) {
        for (JsonNode member : gossip.get("members")) {
            if (member.get("externalTcpIp").asText().equals(node.tcpEndpoint().host())
                    && member.get("externalTcpPort").asInt() == node.tcpEndpoint().port()) {
                return member;
            }
        }
        throw new AssertionError("no member for " + node + " in " + gossip);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static HttpURLConnection open(Endpoint endpoint, String pathAndQuery, Duration timeout) throws IOException {
        // An IP literal and no proxy: nothing is resolved and nothing leaves the loopback.
        URL url = new URL("http", endpoint.host(), endpoint.port(), pathAndQuery);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection(Proxy.NO_PROXY);
        connection.setConnectTimeout((int) timeout.toMillis());
        connection.setReadTimeout((int) timeout.toMillis());
        connection.setRequestProperty("Accept", "application/json");
        return connection;
    }
}
