package io.extreme.testkit.fault;

import io.extreme.Endpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy on a loopback port between a client and an EventStore server, for tests that need
 * the network to fail: connections cut (all at once, at random, or in the middle of a frame),
 * new connections refused, a silent peer, latency, and raw frames slipped in as if the server
 * had sent them. Each client connection gets one upstream connection; bytes pass unchanged
 * unless a fault says otherwise.
 *
 * <pre>{@code
 * try (EmbeddedEventStore store = EmbeddedEventStore.start();
 *      FaultProxy proxy = FaultProxy.start(store.endpoint())) {
 *     ExtremeSettings settings = ExtremeSettings.builder().endpoint(proxy.endpoint()).build();
 *     ...
 *     proxy.silence(Direction.TO_CLIENT);   // the server seems to hang: heartbeats time out
 *     proxy.cutAll();                        // the client must reconnect
 * }
 * }</pre>
 *
 * <p>Threads: every method is safe from any thread. The proxy runs on platform daemon threads
 * named {@code extreme-fault-proxy-<port>-...}: one accepting, two per connection, one for
 * {@link #cutRandomly}; {@link #close()} ends them all.
 */
public final class FaultProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FaultProxy.class);
    private static final Duration CLOSE_DEADLINE = Duration.ofSeconds(5);

    private final Endpoint upstream;
    private final FaultSwitches switches = new FaultSwitches();
    private final ProxyListener listener;
    private final AtomicInteger cuts = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The loop of {@link #cutRandomly}, while one runs; guarded by this. */
    private ChaosLoop chaos;

    private FaultProxy(Endpoint upstream) throws IOException {
        this.upstream = upstream;
        this.listener = new ProxyListener(upstream, switches);
    }

    /** Starts a proxy to {@code upstream}, listening on 127.0.0.1 and a free port. */
    public static FaultProxy start(Endpoint upstream) {
        Objects.requireNonNull(upstream, "upstream");
        try {
            FaultProxy proxy = new FaultProxy(upstream);
            proxy.listener.start();
            LOG.debug("[{}] proxying to {}", proxy.endpoint(), upstream);
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1 for a proxy to " + upstream, e);
        }
    }

    /** Where clients connect: 127.0.0.1 and the proxy's port. */
    public Endpoint endpoint() {
        return listener.endpoint();
    }

    /** Where the proxy connects for each client. */
    public Endpoint upstream() {
        return upstream;
    }

    /**
     * Resets every open client and upstream connection now (RST, not FIN), as a broken network
     * would. Counts one {@linkplain #cuts() cut} if it closed at least one connection.
     */
    public void cutAll() {
        int closedNow = listener.cutAll();
        if (closedNow > 0) {
            int count = cuts.incrementAndGet();
            LOG.debug("[{}] cut {} connection(s), cut #{}", endpoint(), closedNow, count);
        }
    }

    /**
     * Refuses new connections for {@code duration} from now: each is accepted and reset at once, so
     * the port stays the proxy's. Open connections are untouched. {@link Duration#ZERO} ends a
     * refusal started by this method.
     */
    public void refuseFor(Duration duration) {
        switches.refuseFor(nonNegative(duration, "duration"));
    }

    /** Refuses new connections (see {@link #refuseFor}) until called with false, which ends any refusal. */
    public void refuseNewConnections(boolean refuse) {
        switches.refuseNewConnections(refuse);
    }

    /**
     * Stops forwarding bytes going {@code direction}, on every connection, open or new: a silent
     * peer. Bytes are held, not dropped, and delivered in order by {@link #resume()}; sockets stay
     * open. Calls add up: silencing one way then the other silences both.
     */
    public void silence(Direction direction) {
        switches.silence(Objects.requireNonNull(direction, "direction"));
    }

    /** Ends every {@linkplain #silence silence}: held bytes go out. Latency stays as set. */
    public void resume() {
        switches.resume();
    }

    /**
     * Delays every chunk forwarded, both ways, by {@code latency} from when the proxy read it,
     * keeping the order; {@link Duration#ZERO} turns it off. While a chunk waits its pump reads no
     * more, so bytes arriving meanwhile wait longer: a delay of at least {@code latency}.
     */
    public void latency(Duration latency) {
        switches.latency(nonNegative(latency, "latency"));
    }

    /**
     * Arms a one-shot fault: the next frame to start in the server-to-client direction, on any
     * connection, is delivered only in part (its length prefix and half its body), then that
     * connection is reset on both sides.
     */
    public void cutMidFrame() {
        switches.armMidFrameCut();
    }

    /**
     * Arms a one-shot fault: the next server-to-client frame with a payload, on any connection,
     * arrives whole and well framed but with every payload byte set to 0xFF, which no protobuf
     * message decodes from (a varint that never ends). Frames without a payload (heartbeats) pass.
     */
    public void corruptNextPayload() {
        switches.armCorruption();
    }

    /**
     * While {@code drop} is on, the server's frames of {@code command} (a {@code TcpCommand} code)
     * never reach the client, on any connection: the server believes it sent them, the client
     * never hears of them, and every other frame passes in order. For a server that confirms
     * subscriptions but whose pushes are lost ({@code TcpCommand.STREAM_EVENT_APPEARED}).
     *
     * @throws IllegalArgumentException when {@code command} is not 0 to 255
     */
    public void dropToClient(int command, boolean drop) {
        if (command < 0 || command > 255) {
            throw new IllegalArgumentException("command must be a command byte, 0 to 255, got " + command);
        }
        switches.dropToClient(command, drop);
    }

    /**
     * Writes {@code bytes} to every open client connection as if the server had sent them, between
     * two of the server's frames (at once if the server is between frames, else as its current
     * frame ends). Meant for bad frames: a huge length prefix, an unknown command, a corrupt body.
     * Injected bytes bypass silence and latency: the test asked for them now.
     */
    public void injectToClients(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("bytes must not be empty: inject at least one byte");
        }
        listener.injectToClients(bytes.clone());
    }

    /**
     * Starts cutting: calls {@link #cutAll()} after a random delay in {@code [min, max]}, again and
     * again, until {@link #stopCutting()} or {@link #close()}. Replaces a chaos loop already running.
     */
    public void cutRandomly(Duration min, Duration max, Random random) {
        nonNegative(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(random, "random");
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("max must be at least min (" + min + "), was " + max);
        }
        synchronized (this) {
            if (closed.get()) {
                throw new IllegalStateException("proxy " + endpoint() + " is closed");
            }
            stopCutting();
            chaos = ChaosLoop.start(min, max, random, this::cutAll, listener.name() + "-chaos");
        }
        LOG.debug("[{}] cutting randomly every {} to {}", endpoint(), min, max);
    }

    /** Stops the loop started by {@link #cutRandomly} and waits for its thread; nothing if none runs. */
    public synchronized void stopCutting() {
        if (chaos != null) {
            chaos.stop(CLOSE_DEADLINE);
            chaos = null;
        }
    }

    /** How many times {@link #cutAll()} closed at least one connection, by the test or by the chaos loop. */
    public int cuts() {
        return cuts.get();
    }

    /** Client connections proxied now. */
    public int openConnections() {
        return listener.openConnections();
    }

    /** Client connections accepted and connected upstream, since start. */
    public int acceptedConnections() {
        return listener.accepted();
    }

    /** Client connections reset at once, since start: while refusing, or when the upstream could not be reached. */
    public int refusedConnections() {
        return listener.refused();
    }

    /**
     * Stops accepting, stops the chaos loop, resets every connection and waits (up to 5 seconds)
     * for every proxy thread to end. Calling it again does nothing.
     *
     * @throws IllegalStateException if a proxy thread is still running at the deadline
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        listener.stopAccepting();
        stopCutting();
        List<String> left = listener.closeAll(CLOSE_DEADLINE);
        if (!left.isEmpty()) {
            throw new IllegalStateException("fault proxy " + endpoint() + " threads still running after "
                    + CLOSE_DEADLINE + ": " + left);
        }
        LOG.debug("[{}] closed after {} connection(s), {} cut(s)", endpoint(), listener.accepted(), cuts.get());
    }

    @Override
    public String toString() {
        return "FaultProxy[" + endpoint() + " -> " + upstream + "]";
    }

    private static Duration nonNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
        }
        return value;
    }
}
