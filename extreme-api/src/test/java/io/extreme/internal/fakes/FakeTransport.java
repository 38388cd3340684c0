package io.extreme.internal.fakes;

import io.extreme.Endpoint;
import io.extreme.spi.Frame;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A transport whose connections the test plays the server side of. */
public final class FakeTransport implements Transport {
    public final BlockingQueue<Connection> connections = new LinkedBlockingQueue<>();
    public final AtomicInteger attempts = new AtomicInteger();
    public volatile boolean refuse;
    public volatile boolean closed;
    /** How many of the next connections are closed before their connect completes, as a peer that accepts and resets. */
    public final AtomicInteger resetOnConnect = new AtomicInteger();

    @Override
    public CompletableFuture<TransportConnection> connect(Endpoint endpoint, TransportListener listener) {
        attempts.incrementAndGet();
        if (refuse) {
            return CompletableFuture.failedFuture(new ConnectException("Connection refused: " + endpoint));
        }
        Connection connection = new Connection(endpoint, listener);
        connections.add(connection);
        if (resetOnConnect.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            connection.close(); // its onClosed reaches the engine before the connection does
        }
        return CompletableFuture.completedFuture(connection);
    }

    /** The next connection the client opens, within five seconds. */
    public Connection nextConnection() throws InterruptedException {
        Connection c = connections.poll(5, TimeUnit.SECONDS);
        if (c == null) {
            throw new AssertionError("the client opened no connection");
        }
        return c;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** One connection: what the client sent, and a way to answer. */
    public static final class Connection implements TransportConnection {
        public final BlockingQueue<Frame> sent = new LinkedBlockingQueue<>();
        private final Endpoint endpoint;
        private final TransportListener listener;
        private volatile boolean open = true;
        /** Whether the client has reading suspended, and how often it suspended and resumed. */
        public volatile boolean suspended;
        public final AtomicInteger suspensions = new AtomicInteger();
        public final AtomicInteger resumptions = new AtomicInteger();
        /** What {@link #lastReceivedNanos} says: stamped by {@link #deliver}, or set by the test. */
        public volatile long lastReceived = System.nanoTime();
        /** What {@link #isWritable} says; {@link #writable()} turns it back on as a drained queue would. */
        public volatile boolean writable = true;

        Connection(Endpoint endpoint, TransportListener listener) {
            this.endpoint = endpoint;
            this.listener = listener;
        }

        @Override
        public void send(Frame frame) {
            if (open) {
                sent.add(frame);
            }
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                listener.onClosed(this, null);
            }
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public Endpoint remote() {
            return endpoint;
        }

        @Override
        public void suspendReading() {
            suspended = true;
            suspensions.incrementAndGet();
        }

        @Override
        public void resumeReading() {
            suspended = false;
            resumptions.incrementAndGet();
        }

        @Override
        public long lastReceivedNanos() {
            return lastReceived;
        }

        @Override
        public boolean isWritable() {
            return open && writable;
        }

        /** The outbound queue drained: writable again, and the listener hears it. */
        public void writable() {
            writable = true;
            listener.onWritable(this);
        }

        /** The next frame the client sent, within five seconds. */
        public Frame next() throws InterruptedException {
            Frame f = sent.poll(5, TimeUnit.SECONDS);
            if (f == null) {
                throw new AssertionError("the client sent nothing");
            }
            return f;
        }

        public void deliver(Frame frame) {
            lastReceived = System.nanoTime();
            listener.onFrame(this, frame);
        }

        public void drop() {
            open = false;
            listener.onClosed(this, new IOException("Connection reset by peer"));
        }
    }
}
