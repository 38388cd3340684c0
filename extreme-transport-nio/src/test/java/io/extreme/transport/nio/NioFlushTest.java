package io.extreme.transport.nio;

import static io.extreme.testing.TestFrames.assertSameFrame;
import static io.extreme.testing.TestFrames.numbered;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeSettings;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TransportConnection;
import java.io.InputStream;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The caller's own writing: frames queued with {@code write} leave on the caller's {@code flush},
 * in order with those sent, and whatever the socket does not take then is finished by the I/O
 * thread; the caller's thread, whatever its state, never costs the connection.
 */
class NioFlushTest {
    private static final int LIMIT = 8 * 1024 * 1024;

    private LoopbackPeer peer;
    private NioTransport transport;
    private final RecordingListener listener = new RecordingListener();
    private NioConnection connection;
    private Socket socket;
    private InputStream in;

    @BeforeEach
    void connect() throws Exception {
        peer = new LoopbackPeer();
        transport = new NioTransport(ExtremeSettings.builder().maxFrameLength(LIMIT).maxEventSize(LIMIT).build());
        var future = transport.connect(peer.endpoint(), listener);
        socket = peer.accept();
        in = socket.getInputStream();
        connection = (NioConnection) future.get(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void close() throws Exception {
        Thread.interrupted(); // a test that interrupts itself must not leave it to the next
        transport.close();
        socket.close();
        peer.close();
    }

    @Test
    void writtenFramesLeaveOnTheFlushInOrderWithSentOnes() throws Exception {
        Frame[] frames = new Frame[300];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = numbered(i, i % 200);
            if (i % 7 == 0) {
                connection.send(frames[i]);
            } else {
                connection.write(frames[i]);
            }
            if (i % 50 == 49) {
                connection.flush();
            }
        }
        connection.flush();

        for (Frame expected : frames) {
            assertSameFrame(LoopbackPeer.readFrame(in), expected);
        }
    }

    @Test
    void aBurstTheSocketCannotTakeAtOnceIsFinishedByTheIoThread() throws Exception {
        // Far more than the socket buffers hold while the peer does not read: the caller's write stops
        // part way and the I/O thread goes on from there, on OP_WRITE.
        Frame[] frames = new Frame[40];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = numbered(i, 512 * 1024 + i);
            connection.write(frames[i]);
        }
        connection.flush();

        for (Frame expected : frames) {
            assertSameFrame(LoopbackPeer.readFrame(in), expected);
        }
        assertThat(connection.isOpen()).isTrue();
    }

    @Test
    void aCallerWithItsInterruptSetLeavesTheConnectionOpen() throws Exception {
        // A blocking channel's write by an interrupted thread closes the channel (ClosedByInterruptException);
        // a non-blocking one's does not (JDK 11 on). Pinned here since flush writes on the caller's
        // thread: a flag some code left set there must not cost every operation on the wire.
        Frame first = numbered(1, 10);
        Frame second = numbered(2, 10);
        Thread.currentThread().interrupt();
        try {
            connection.write(first);
            connection.flush();
        } finally {
            assertThat(Thread.interrupted()).as("the caller's interrupt is left as it was").isTrue();
        }
        connection.write(second);
        connection.flush();

        assertSameFrame(LoopbackPeer.readFrame(in), first);
        assertSameFrame(LoopbackPeer.readFrame(in), second);
        assertThat(connection.isOpen()).isTrue();
        assertThat(listener.closed).isNotDone();
    }

    @Test
    void flushedPastTheHighWaterTheConnectionIsWritableAgainOnceThePeerReads() throws Exception {
        Frame megabyte = numbered(0, 1024 * 1024);
        long sent = 0;
        int frames = 0;
        // As with send: while the socket buffers still take bytes the queue may drain back below the
        // low water (reported, legitimate), so turns are counted between two looks that saw it held back.
        boolean heldBack = false;
        int turnsBefore = 0;
        while (!heldBack && frames < 200) {
            connection.write(megabyte);
            connection.flush();
            sent += FrameFormat.LENGTH_PREFIX + FrameFormat.packageLength(megabyte);
            frames++;
            if (!connection.isWritable()) {
                turnsBefore = listener.writables.size();
                heldBack = !connection.isWritable();
            }
        }
        assertThat(heldBack).as("not writable after " + frames + " frames of 1 MiB").isTrue();

        byte[] buffer = new byte[64 * 1024];
        for (long read = 0; read < sent; ) {
            int n = in.read(buffer);
            assertThat(n).as("bytes before the end of the stream").isPositive();
            read += n;
        }
        TransportConnection writable = listener.writables.poll(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        for (int turn = 0; turn < turnsBefore && writable != null; turn++) {
            writable = listener.writables.poll(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        }
        assertThat(writable).as("onWritable once the peer read again").isSameAs(connection);
        assertThat(connection.isWritable()).isTrue();
        // The writer counts a write down after the socket took it, which may be after the peer read it.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LoopbackPeer.TIMEOUT_MILLIS);
        while (connection.pendingBytes() != 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        assertThat(connection.pendingBytes()).isZero();
    }
}
