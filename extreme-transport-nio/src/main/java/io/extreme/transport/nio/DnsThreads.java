package io.extreme.transport.nio;

import io.extreme.Endpoint;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transport's name resolution, on daemon threads of its own named {@code extreme-dns-N}: a
 * lookup can block for seconds, and must hold up neither the I/O thread, nor the caller, nor the
 * JVM-wide common pool other code shares. An IP literal ({@code 127.0.0.1}, {@code ::1}) needs no
 * lookup: it is read in place, on the caller's thread, and starts no thread.
 *
 * <p>Bounded: at most {@link #THREADS} lookups at once and {@link #QUEUE} waiting. A lookup past
 * that fails at once, which fails that connect attempt; the reconnect loop tries again after its
 * pause, by when the lookups ahead may have ended. Threads start on the first lookup and end
 * when idle, or at {@link #close()}.
 */
final class DnsThreads implements NioTransport.Resolver {
    /**
     * Lookups at once. A client connects to one node at a time, so one thread does; the second
     * serves when a lookup hangs past its attempt's connect timeout and the next attempt comes.
     */
    static final int THREADS = 2;
    /** Lookups that may wait for a thread: more would only answer attempts that timed out long ago. */
    static final int QUEUE = 4;
    private static final long IDLE_SECONDS = 10;
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    /** A blocking lookup of a host name: the JDK's by default; tests give one that never leaves the machine. */
    interface Lookup {
        InetAddress lookup(String host) throws UnknownHostException;
    }

    private final Lookup lookup;
    private final ThreadPoolExecutor pool;

    DnsThreads() {
        this(InetAddress::getByName);
    }

    DnsThreads(Lookup lookup) {
        this.lookup = lookup;
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, IDLE_SECONDS, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                runnable -> {
                    Thread thread = new Thread(runnable, "extreme-dns-" + NUMBERS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public CompletableFuture<InetSocketAddress> resolve(Endpoint endpoint) {
        InetAddress literal;
        try {
            literal = literal(endpoint.host());
        } catch (UnknownHostException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (literal != null) {
            return CompletableFuture.completedFuture(new InetSocketAddress(literal, endpoint.port()));
        }
        Pending pending = new Pending(endpoint);
        try {
            pool.execute(pending);
        } catch (RejectedExecutionException e) {
            pending.address.completeExceptionally(pool.isShutdown() ? closed(endpoint)
                    : new UnknownHostException(endpoint.host() + " was not looked up: " + THREADS + " lookups run and "
                    + QUEUE + " wait already (is the DNS server slow?); the next attempt asks again"));
        }
        return pending.address;
    }

    /**
     * Stops the threads; the lookups still waiting fail. One under way ends when the resolver
     * answers (a lookup cannot be interrupted), its answer unused.
     */
    void close() {
        for (Runnable waiting : pool.shutdownNow()) {
            Pending pending = (Pending) waiting;
            pending.address.completeExceptionally(closed(pending.endpoint));
        }
    }

    /** The DNS threads alive now. */
    int liveThreads() {
        return pool.getPoolSize();
    }

    /** Waits up to {@code millis} for the threads to end; false if a lookup still runs. */
    boolean awaitTermination(long millis) throws InterruptedException {
        return pool.awaitTermination(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    /**
     * The address an IP literal stands for, read without any lookup; {@code null} for a host name.
     * IPv4 in its plain dotted form; anything with a colon is IPv6, which the JDK reads as a literal
     * and never looks up (an invalid one fails here).
     */
    static InetAddress literal(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.indexOf(':') >= 0) {
            return InetAddress.getByName(bare);
        }
        String[] parts = bare.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(part) > 255) {
                return null; // not the plain form: left to the JDK, which knows the others
            }
            bytes[i] = (byte) Integer.parseInt(part);
        }
        return InetAddress.getByAddress(bytes);
    }

    private static IllegalStateException closed(Endpoint endpoint) {
        return new IllegalStateException("The NIO transport is closed; " + endpoint.host() + " was not looked up");
    }

    /** One lookup, waiting for a thread or running on one. */
    private final class Pending implements Runnable {
        final Endpoint endpoint;
        final CompletableFuture<InetSocketAddress> address = new CompletableFuture<>();

        Pending(Endpoint endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        public void run() {
            try {
                address.complete(new InetSocketAddress(lookup.lookup(endpoint.host()), endpoint.port()));
            } catch (UnknownHostException | RuntimeException e) {
                address.completeExceptionally(e);
            }
        }
    }
}
