package io.extreme.testkit.cluster;

import io.extreme.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.Address;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * A DNS server for tests of cluster discovery by DNS (PROTOCOL.md §5.5): it listens on UDP on
 * 127.0.0.1 and a free port, answers A queries for the names it was given with all their
 * records, and NXDOMAIN for any other name. It is authoritative for everything and never asks
 * another server, so a test never touches real DNS.
 *
 * <pre>{@code
 * try (FakeDnsServer dns = FakeDnsServer.start()) {
 *     dns.addA("cluster.test", "127.0.0.1", "127.0.0.2", "127.0.0.3");
 *     ... point the client's resolver at dns.endpoint() ...
 *     assertThat(dns.queries("cluster.test")).isPositive();
 * }
 * }</pre>
 *
 * <p>Records have a time to live of {@value #TTL_SECONDS}, so a resolver that honours it asks
 * again each time and sees changes at once. Names are matched without regard to case, with or
 * without the final dot. A known name asked for another type gets an empty answer (NOERROR).
 *
 * <p>Threads: safe from any thread; queries are answered on a daemon thread of the server's.
 */
public final class FakeDnsServer implements AutoCloseable {
    /** The time to live of every record: nothing is cached. */
    public static final long TTL_SECONDS = 0;

    private static final Logger LOG = LoggerFactory.getLogger(FakeDnsServer.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Room for the largest UDP message a client may send. */
    private static final int MAX_DATAGRAM = 65_535;

    private final DatagramSocket socket;
    private final Thread thread;
    private final Map<Name, List<byte[]>> records = new ConcurrentHashMap<>();
    private final Map<Name, AtomicInteger> queriesByName = new ConcurrentHashMap<>();
    private final AtomicInteger queries = new AtomicInteger();
    private volatile boolean closed;

    private FakeDnsServer() {
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (SocketException e) {
            throw new UncheckedIOException("cannot open a UDP port on 127.0.0.1: " + e.getMessage(), e);
        }
        thread = new Thread(this::serve, "extreme-testkit-dns-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts a server with no names on 127.0.0.1 and a free UDP port. */
    public static FakeDnsServer start() {
        return new FakeDnsServer();
    }

    /** Where to send queries: {@code 127.0.0.1:<port>}, UDP. */
    public Endpoint endpoint() {
        return new Endpoint("127.0.0.1", socket.getLocalPort());
    }

    /** {@link #endpoint()} as a socket address, for resolvers that take one; nothing is resolved. */
    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    /**
     * Adds A records: {@code name} answers with {@code ipv4} too, after the addresses it had.
     *
     * @param name a DNS name, such as {@code cluster.test}
     * @param ipv4 one or more IPv4 address literals, such as {@code 127.0.0.2}
     * @throws IllegalArgumentException for a bad name, no address, or something that is not an IPv4 literal
     */
    public FakeDnsServer addA(String name, String... ipv4) {
        Name key = parse(name);
        if (ipv4 == null || ipv4.length == 0) {
            throw new IllegalArgumentException("ipv4 must name at least one address for " + name);
        }
        List<byte[]> added = new ArrayList<>(ipv4.length);
        for (String address : ipv4) {
            byte[] bytes = address == null ? null : Address.toByteArray(address, Address.IPv4);
            if (bytes == null) {
                throw new IllegalArgumentException("ipv4 must be IPv4 address literals such as 127.0.0.2, was '"
                        + address + "'");
            }
            added.add(bytes);
        }
        records.merge(key, List.copyOf(added), (old, more) -> {
            List<byte[]> all = new ArrayList<>(old);
            all.addAll(more);
            return List.copyOf(all);
        });
        return this;
    }

    /** Forgets {@code name}: from now on it is NXDOMAIN. */
    public void remove(String name) {
        records.remove(parse(name));
    }

    /** How many queries arrived, for any name, answerable or not. */
    public int queries() {
        return queries.get();
    }

    /** How many queries asked about {@code name}, any type. */
    public int queries(String name) {
        AtomicInteger count = queriesByName.get(parse(name));
        return count == null ? 0 : count.get();
    }

    /** Closes the port and stops answering. Idempotent. */
    @Override
    public void close() {
        closed = true;
        socket.close();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "FakeDnsServer[" + endpoint() + ", " + records.size() + " names]";
    }

    private void serve() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                if (!closed) {
                    LOG.error("the fake DNS server stopped", e);
                }
                return;
            }
            byte[] query = Arrays.copyOf(packet.getData(), packet.getLength());
            queries.incrementAndGet();
            byte[] reply = DnsAnswers.answer(query, records, this::counted);
            if (reply == null) {
                continue; // not even a header: nothing to answer to
            }
            try {
                socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("cannot answer a DNS query from {}: {}", packet.getSocketAddress(), e.toString());
                }
            }
        }
    }

    private void counted(Name name) {
        queriesByName.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
    }

    private static Name parse(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must be a DNS name such as cluster.test, was '" + name + "'");
        }
        try {
            return Name.fromString(name, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("name must be a DNS name such as cluster.test, was '" + name + "': "
                    + e.getMessage(), e);
        }
    }
}
