package io.extreme.discovery;

import io.extreme.Endpoint;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A cluster's gossip endpoints by DNS: the A records of one name, each paired with the gossip
 * port. Asked afresh every time (no cache), since the point is to notice nodes that came or went.
 *
 * <p>Threads: {@link #resolve()} blocks up to the timeout; run it on a thread of your own.
 */
final class ClusterDns {
    /** Tries per system DNS server: one, so a silent server costs one timeout, not three. */
    static final int SYSTEM_RETRIES = 1;
    /**
     * The system servers' resolver, made once and kept: dnsjava remembers which of its servers
     * failed and asks the others first next time, which a resolver made afresh for each lookup
     * would forget (a silent first server would then cost every lookup). Guarded by {@code this}.
     */
    private ExtendedResolver system;

    private final String name;
    private final Name absoluteName;
    private final int gossipPort;
    private final Endpoint server;
    private final Duration timeout;

    /**
     * @param name       the cluster's DNS name
     * @param gossipPort the HTTP port every node serves gossip on
     * @param server     the DNS server to ask, or {@code null} for the system's resolver
     * @param timeout    how long the DNS server may take (the gossip timeout)
     */
    ClusterDns(String name, int gossipPort, Endpoint server, Duration timeout) {
        this.name = Objects.requireNonNull(name, "clusterDns");
        this.gossipPort = gossipPort;
        this.server = server;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        try {
            // Absolute, so no search domain is ever appended: the name is the cluster's, as given.
            this.absoluteName = Name.fromString(name, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("clusterDns must be a DNS name, was '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * The gossip endpoints, in the order the DNS server gave the addresses.
     *
     * @throws ClusterNotFoundException when the name has no A records or the DNS server does not answer
     */
    List<Endpoint> resolve() {
        Lookup lookup = new Lookup(absoluteName, Type.A);
        lookup.setResolver(resolver());
        lookup.setCache(null);
        if (server != null) {
            // A DNS server was named: ask it alone, not the local hosts file first.
            lookup.setHostsFileParser(null);
        }
        Record[] answers = lookup.run();
        int result = lookup.getResult();
        if (result == Lookup.HOST_NOT_FOUND || result == Lookup.TYPE_NOT_FOUND
                || (result == Lookup.SUCCESSFUL && (answers == null || answers.length == 0))) {
            throw new ClusterNotFoundException("The cluster DNS name '" + name + "' has no A records (asked " + asked() + ")");
        }
        if (result != Lookup.SUCCESSFUL) {
            throw new ClusterNotFoundException("The cluster DNS name '" + name + "' could not be resolved: "
                    + lookup.getErrorString() + " (asked " + asked() + ")");
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (Record answer : answers) {
            if (answer instanceof ARecord a) {
                endpoints.add(new Endpoint(a.getAddress().getHostAddress(), gossipPort));
            }
        }
        return endpoints;
    }

    /**
     * The resolver a lookup asks. Without a DNS server in the settings: the system's servers (as
     * dnsjava reads them), in a resolver of our own, kept for this name, since the shared default
     * one waits dnsjava's 10 s with retries and would hold discovery far past the gossip timeout.
     * One try per server, each within the gossip timeout; the whole query may take one gossip
     * timeout per server, so a silent first server still leaves time for the next.
     */
    synchronized Resolver resolver() {
        if (server == null) {
            if (system == null) {
                system = new ExtendedResolver();
                for (Resolver each : system.getResolvers()) {
                    each.setTimeout(timeout);
                }
                system.setTimeout(timeout.multipliedBy(Math.max(1, system.getResolvers().length)));
                system.setRetries(SYSTEM_RETRIES);
            }
            return system;
        }
        try {
            Resolver resolver = new SimpleResolver(new InetSocketAddress(InetAddress.getByName(server.host()), server.port()));
            resolver.setTimeout(timeout);
            return resolver;
        } catch (UnknownHostException e) {
            throw new ClusterNotFoundException("The DNS server " + server + " for the cluster DNS name '" + name
                    + "' is not a known host: " + e.getMessage());
        }
    }

    /** Who was asked, for error messages. */
    String asked() {
        return server == null ? "the system resolver" : server.toString();
    }

    @Override
    public String toString() {
        return "DNS '" + name + "' (gossip port " + gossipPort + ", asked " + asked() + ")";
    }
}
