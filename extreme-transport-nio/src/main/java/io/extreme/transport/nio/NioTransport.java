package io.extreme.transport.nio;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Transport} over non-blocking socket channels, served by one {@link IoLoop} thread, with
 * host names resolved on its {@link DnsThreads} (IP literals in place).
 *
 * <p>Failures of {@link #connect}: {@link java.net.ConnectException} (refused, unreachable),
 * {@link java.net.SocketTimeoutException} (not connected within the connect timeout, name
 * resolution included), {@link java.net.UnknownHostException}, each naming the endpoint; and
 * {@link IllegalStateException} once the transport is closed (then at once, on the caller's
 * thread).
 *
 * <p>Causes given to {@code onClosed}: {@code null} for a local close or the transport's close;
 * an {@link java.io.EOFException} when the peer closed; an {@link IOException} naming the
 * endpoint for a reset or another socket error; a {@link io.extreme.spi.MalformedFrameException}
 * for a bad length or package; the listener's own exception if {@code onFrame} threw.
 *
 * <p>With {@link io.extreme.TlsSettings#enabled()} every connection does a TLS handshake before its
 * first frame, under the connect timeout; a failed one fails the connect with a
 * {@link TlsHandshakeException} saying which failure it was.
 */
final class NioTransport implements Transport {
    private static final Logger log = LoggerFactory.getLogger(NioTransport.class);
    /** How long close() waits for the I/O and DNS threads to end, in all, when not called on the I/O thread. */
    private static final long CLOSE_WAIT_SECONDS = 5;
    /** Longer timeouts are cut to this, so that deadlines on the nanosecond clock compare without overflow. */
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofDays(100 * 365);

    /** Turns an endpoint into a socket address without blocking the caller (the I/O thread): {@link DnsThreads} by default. */
    interface Resolver {
        CompletableFuture<InetSocketAddress> resolve(Endpoint endpoint);
    }

    private final int maxFrameLength;
    private final long connectTimeoutNanos;
    private final Resolver resolver;
    /** The TLS of every connection, or {@code null} for plain TCP. */
    private final TlsContexts tls;
    private final IoLoop loop;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Guards connect() against the loop's end, so that no connect is queued after the final drain. */
    private final Object lifecycle = new Object();
    private boolean terminated;
    /** Attempts and connections still open. Loop thread only. */
    private final Set<IoHandler> live = new HashSet<>();

    NioTransport(ExtremeSettings settings) {
        this(settings, new DnsThreads());
    }

    NioTransport(ExtremeSettings settings, Resolver resolver) {
        this.maxFrameLength = settings.maxFrameLength();
        Duration connectTimeout = settings.connectTimeout();
        this.connectTimeoutNanos = connectTimeout.compareTo(MAX_CONNECT_TIMEOUT) > 0
                ? MAX_CONNECT_TIMEOUT.toNanos() : connectTimeout.toNanos();
        this.resolver = resolver;
        this.tls = settings.tls().enabled() ? new TlsContexts(settings.tls()) : null;
        try {
            this.loop = new IoLoop(this::onLoopEnd);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open a NIO selector", e);
        }
    }

    @Override
    public CompletableFuture<TransportConnection> connect(Endpoint endpoint, TransportListener listener) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(listener, "listener");
        ConnectAttempt attempt = new ConnectAttempt(this, endpoint, listener, System.nanoTime() + connectTimeoutNanos);
        synchronized (lifecycle) {
            if (terminated || loop.isStopping()) {
                return CompletableFuture.failedFuture(closedError(endpoint));
            }
            loop.execute(attempt::start);
        }
        return attempt.future();
    }

    /**
     * Stops the I/O thread and the DNS threads, and waits for them, up to {@value #CLOSE_WAIT_SECONDS} s
     * in all (not at all on the I/O thread itself, which ends once the callback it runs returns).
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            log.debug("Closing the NIO transport");
            loop.stop();
            if (resolver instanceof DnsThreads dns) {
                dns.close();
            }
        }
        if (loop.inLoop()) {
            return; // called from a listener: the loop ends once that callback returns
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSE_WAIT_SECONDS);
        try {
            if (!loop.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("The NIO I/O thread did not end within {} s; is a listener blocking it?", CLOSE_WAIT_SECONDS);
            }
            if (resolver instanceof DnsThreads dns
                    && !dns.awaitTermination(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))) {
                log.warn("A DNS lookup still runs on an extreme-dns thread after {} s; it ends when the resolver answers",
                        CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int maxFrameLength() {
        return maxFrameLength;
    }

    long connectTimeoutNanos() {
        return connectTimeoutNanos;
    }

    /** The TLS of new connections, or {@code null} for plain TCP. */
    TlsContexts tls() {
        return tls;
    }

    Resolver resolver() {
        return resolver;
    }

    IoLoop loop() {
        return loop;
    }

    /** Whether new connections are refused because the transport is closing. */
    boolean isStopping() {
        return loop.isStopping();
    }

    /** Loop thread only. */
    void track(IoHandler handler) {
        live.add(handler);
    }

    /** Loop thread only. */
    void untrack(IoHandler handler) {
        live.remove(handler);
    }

    static IllegalStateException closedError(Endpoint endpoint) {
        return new IllegalStateException("The NIO transport is closed; cannot connect to " + endpoint);
    }

    /**
     * On the loop thread, once it has left its loop: every attempt fails, every connection closes,
     * with {@code failure} as the cause when the loop did not end by {@link #close()}.
     */
    private void onLoopEnd(Throwable failure) {
        synchronized (lifecycle) {
            terminated = true;
        }
        for (IoHandler handler : new ArrayList<>(live)) {
            handler.closeNow(failure);
        }
        live.clear();
        log.debug("NIO transport closed");
    }

}
