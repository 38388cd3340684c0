package io.extreme;

import java.util.Objects;

/**
 * A host and TCP port of an EventStore node. The host is kept as given (name or address) and is
 * resolved only when a transport connects to it.
 *
 * @param host a host name or an IP address literal
 * @param port a TCP port, 1 to 65535
 */
public record Endpoint(String host, int port) {
    public Endpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
    }

    /** Parses {@code host:port}; an IPv6 literal is written in brackets, {@code [::1]:1113}. */
    public static Endpoint parse(String hostAndPort) {
        Objects.requireNonNull(hostAndPort, "hostAndPort");
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostAndPort.length() - 1) {
            throw new IllegalArgumentException("endpoint must be host:port, was '" + hostAndPort + "'");
        }
        String host = hostAndPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new Endpoint(host, Integer.parseInt(hostAndPort.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("endpoint port must be a number, was '" + hostAndPort + "'");
        }
    }

    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
