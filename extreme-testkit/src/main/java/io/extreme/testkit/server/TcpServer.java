package io.extreme.testkit.server;

import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The testkit's external TCP interface: a non-blocking server on one selector thread that
 * accepts clients, reads their frames into {@link ConnectionSession}s and writes the replies.
 * The engine runs on this thread when a request arrives; its replies, and pushes it makes from
 * other threads, are only queued ({@link TcpConnection#send}) and written here, coalesced.
 *
 * <p>Threads: the constructor starts the selector thread (a daemon named
 * {@code extreme-testkit-tcp-N}); {@link #close()} may be called from any thread.
 */
public final class TcpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TcpServer.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final SessionHost host;
    private final ServerSocketChannel acceptor;
    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<TcpConnection> flushRequests = new ConcurrentLinkedQueue<>();
    private final Set<TcpConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private final int port;
    /** A server engine for each accepted socket when the server speaks TLS; {@code null} for plain TCP. */
    private final Supplier<SSLEngine> tls;
    private volatile boolean closing;

    /**
     * Binds {@code address} (port 0 picks a free one) and starts serving.
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public TcpServer(SessionHost host, InetSocketAddress address) {
        this(host, address, null);
    }

    /**
     * Binds {@code address} and serves TLS when {@code tls} is given: each accepted socket gets an
     * engine from it, and its handshake comes before its first frame.
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public TcpServer(SessionHost host, InetSocketAddress address, Supplier<SSLEngine> tls) {
        this.host = host;
        this.tls = tls;
        try {
            selector = Selector.open();
            acceptor = ServerSocketChannel.open();
            acceptor.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            acceptor.bind(address, 256);
            acceptor.configureBlocking(false);
            acceptor.register(selector, SelectionKey.OP_ACCEPT);
            port = ((InetSocketAddress) acceptor.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
        thread = new Thread(this::run, "extreme-testkit-tcp-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** Connections open now; for tests. */
    public int openConnections() {
        return connections.size();
    }

    /** Stops accepting, closes every connection and ends the selector thread. Idempotent. */
    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A connection has something to write or to close; from any thread. */
    void requestFlush(TcpConnection connection) {
        flushRequests.add(connection);
        if (Thread.currentThread() != thread && wakeupPending.compareAndSet(false, true)) {
            selector.wakeup();
        }
    }

    void forget(TcpConnection connection) {
        connections.remove(connection);
    }

    /** Encodes a reply; an engine reply the codec refuses becomes a BadRequest the client can see. */
    Frame encode(UUID correlationId, Message message) {
        try {
            return host.codec().encode(correlationId, null, message);
        } catch (RuntimeException e) {
            LOG.error("cannot encode {} for {}", message, correlationId, e);
            byte[] text = ("Error while encoding the reply: " + e).getBytes(StandardCharsets.UTF_8);
            return Frame.of(TcpCommand.BAD_REQUEST, correlationId, text);
        }
    }

    private void run() {
        try {
            while (!closing) {
                selector.select();
                wakeupPending.set(false);
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key);
                }
                selector.selectedKeys().clear();
                TcpConnection connection;
                while ((connection = flushRequests.poll()) != null) {
                    connection.flush();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("the testkit's TCP server stopped", e);
        } finally {
            shutdown();
        }
    }

    private void handle(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            accept();
            return;
        }
        TcpConnection connection = (TcpConnection) key.attachment();
        if (key.isWritable()) {
            connection.flush();
        }
        if (key.isValid() && key.isReadable()) {
            connection.onReadable();
        }
    }

    private void accept() {
        SocketChannel channel;
        try {
            channel = acceptor.accept();
            if (channel == null) {
                return;
            }
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        } catch (IOException e) {
            LOG.warn("accepting a connection failed", e);
            return;
        }
        try {
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            TcpConnection connection = new TcpConnection(this, channel, key, tls == null ? null : tls.get());
            key.attach(connection);
            connection.attach(host.open(connection, "tcp"));
            connections.add(connection);
        } catch (IOException | IllegalStateException e) {
            LOG.debug("refusing a connection: {}", e.toString());
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do with a socket we refuse
            }
        }
    }

    private void shutdown() {
        for (TcpConnection connection : List.copyOf(connections)) {
            connection.closeNow("the in-memory EventStore shut down");
        }
        try {
            acceptor.close();
            selector.close();
        } catch (IOException e) {
            LOG.debug("closing the server socket failed", e);
        }
    }
}
