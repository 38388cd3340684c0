package io.extreme.transport.nio;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.Frame;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Keeps what a connection heard, and on which threads, for tests to wait on. */
class RecordingListener implements TransportListener {
    final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<Optional<Throwable>> closed = new CompletableFuture<>();
    final AtomicInteger closeCount = new AtomicInteger();
    final Set<Thread> callbackThreads = ConcurrentHashMap.newKeySet();
    /** One entry per onWritable. */
    final BlockingQueue<TransportConnection> writables = new LinkedBlockingQueue<>();

    @Override
    public void onFrame(TransportConnection connection, Frame frame) {
        callbackThreads.add(Thread.currentThread());
        frames.add(frame);
    }

    @Override
    public void onClosed(TransportConnection connection, Throwable cause) {
        callbackThreads.add(Thread.currentThread());
        closeCount.incrementAndGet();
        closed.complete(Optional.ofNullable(cause));
    }

    @Override
    public void onWritable(TransportConnection connection) {
        callbackThreads.add(Thread.currentThread());
        writables.add(connection);
    }

    Frame nextFrame() throws InterruptedException {
        Frame frame = frames.poll(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        assertThat(frame).as("a frame within the deadline").isNotNull();
        return frame;
    }

    /** The cause given to onClosed, or null for an orderly close; fails if it does not come in time. */
    Throwable awaitClosed() throws Exception {
        return closed.get(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).orElse(null);
    }
}
