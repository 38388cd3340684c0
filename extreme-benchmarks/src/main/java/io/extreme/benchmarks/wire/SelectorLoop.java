package io.extreme.benchmarks.wire;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One thread, one selector, any number of loopback connections: accepts, reads frames, hands each
 * to a {@link FrameHandler}, writes what it answered, and calls the handler's pump for pushes.
 * Nothing is queued but in the connections' bounded buffers ({@link WireConnection}).
 */
final class SelectorLoop implements AutoCloseable {
    private final FrameHandler handler;
    private final Selector selector;
    private final ServerSocketChannel server;
    private final List<WireConnection> connections = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** Binds 127.0.0.1:{@code port} (0: the kernel picks) and starts the loop's thread. */
    SelectorLoop(String name, int port, FrameHandler handler) throws IOException {
        this.handler = handler;
        this.selector = Selector.open();
        this.server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        // The thread's one job: every socket of this server. Not a daemon: main serves until killed.
        this.thread = new Thread(this::run, name);
        thread.start();
    }

    /** The port the server listens on. */
    int port() {
        return server.socket().getLocalPort();
    }

    private void run() {
        try {
            while (running) {
                long wake = pumpAll(System.nanoTime());
                long now = System.nanoTime();
                if (wake <= now) {
                    selector.selectNow();
                } else if (wake == Long.MAX_VALUE) {
                    selector.select();
                } else {
                    selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wake - now)));
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            System.err.println("wire-speed loop stopped: " + e);
        } finally {
            connections.forEach(WireConnection::close);
            try {
                selector.close();
                server.close();
            } catch (IOException ignored) {
                // Shutting down.
            }
        }
    }

    /** Pushes to every connection that is owed some; the earliest time one wants to be called again. */
    private long pumpAll(long now) {
        long wake = Long.MAX_VALUE;
        for (int i = connections.size() - 1; i >= 0; i--) {
            WireConnection connection = connections.get(i);
            long next;
            try {
                // A connection holding a frame back for room gets its answer out before more pushes.
                next = connection.held ? Long.MAX_VALUE : handler.pump(connection, now);
            } catch (RuntimeException e) {
                drop(connection);
                continue;
            }
            if (next != Long.MAX_VALUE && !serve(connection)) {
                continue;
            }
            // A connection whose socket is full is woken by OP_WRITE, not by the clock.
            if (!connection.pending() || next > now) {
                wake = Math.min(wake, next);
            }
        }
        return wake;
    }

    private void handle(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            accept();
            return;
        }
        WireConnection connection = (WireConnection) key.attachment();
        try {
            if (key.isReadable() && !connection.held && connection.channel.read(connection.in) < 0) {
                drop(connection);
                return;
            }
        } catch (IOException e) {
            drop(connection);
            return;
        }
        serve(connection);
    }

    private void accept() {
        try {
            SocketChannel channel = server.accept();
            if (channel == null) {
                return;
            }
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            WireConnection connection = new WireConnection(channel);
            channel.register(selector, SelectionKey.OP_READ, connection);
            connections.add(connection);
        } catch (IOException e) {
            System.err.println("wire-speed accept failed: " + e);
        }
    }

    /** Answers every complete frame in the input, until one does not fit in the output. */
    private void answer(WireConnection connection) {
        connection.held = false;
        ByteBuffer in = connection.in;
        int end = in.position();
        int frame = 0;
        while (end - frame >= FrameFormat.LENGTH_PREFIX) {
            int length = in.getInt(frame);
            if (length < FrameFormat.HEADER || length > FrameFormat.DEFAULT_MAX_FRAME_LENGTH) {
                throw new IllegalStateException("bad frame length " + length);
            }
            int total = FrameFormat.LENGTH_PREFIX + length;
            if (end - frame < total) {
                if (total > in.capacity()) {
                    compact(connection, frame);
                    connection.growInput(total);
                    return;
                }
                break;
            }
            if (!handler.onFrame(connection, in, frame, length, payloadIndex(in, frame, length))) {
                connection.held = true;
                break;
            }
            frame += total;
        }
        compact(connection, frame);
    }

    /** Where the payload starts: past the header and, when flagged, the login and password. */
    private static int payloadIndex(ByteBuffer in, int frame, int length) {
        int header = frame + FrameFormat.LENGTH_PREFIX + FrameFormat.HEADER;
        if ((in.get(frame + FrameFormat.LENGTH_PREFIX + 1) & Frame.FLAG_AUTHENTICATED) == 0) {
            return header;
        }
        int end = frame + FrameFormat.LENGTH_PREFIX + length;
        int password = header + 1 + (in.get(header) & 0xFF);
        if (password >= end) {
            throw new IllegalStateException("login length does not fit the package");
        }
        int payload = password + 1 + (in.get(password) & 0xFF);
        if (payload > end) {
            throw new IllegalStateException("password length does not fit the package");
        }
        return payload;
    }

    private static void compact(WireConnection connection, int consumed) {
        if (consumed > 0) {
            ByteBuffer in = connection.in;
            in.limit(in.position()).position(consumed);
            in.compact();
        }
    }

    /**
     * Answers what can be answered, writes what the socket takes, and again while the socket
     * took everything and a frame was held for room; then reads the connection only if nothing
     * is held, and watches for writability only if something waits. False when it was dropped.
     */
    private boolean serve(WireConnection connection) {
        try {
            answer(connection);
            boolean drained = connection.flush();
            while (connection.held && drained) {
                answer(connection);
                drained = connection.flush();
            }
            SelectionKey key = connection.channel.keyFor(selector);
            if (key != null && key.isValid()) {
                key.interestOps((drained ? 0 : SelectionKey.OP_WRITE) | (connection.held ? 0 : SelectionKey.OP_READ));
            }
            return true;
        } catch (IOException | RuntimeException e) {
            drop(connection);
            return false;
        }
    }

    private void drop(WireConnection connection) {
        connections.remove(connection);
        connection.close();
    }

    /** Stops the loop and closes every connection, waiting up to ten seconds for the thread. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        selector.wakeup();
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }
}
