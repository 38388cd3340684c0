package io.extreme.transport.nio;

import static io.extreme.testing.TestFrames.assertSameFrame;
import static io.extreme.testing.TestFrames.numbered;
import static io.extreme.testing.TestFrames.wire;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeSettings;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TransportConnection;
import java.io.InputStream;
import java.net.Socket;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Back-pressure at the socket: suspended reading takes nothing from it, and a peer that stops
 * reading makes the connection unwritable once the transport holds more than its high water,
 * until the peer reads again and the listener hears onWritable.
 */
class NioBackPressureTest {
    private static final int LIMIT = 8 * 1024 * 1024;
    private static final int MIB = 1024 * 1024;

    private LoopbackPeer peer;
    private NioTransport transport;
    private final RecordingListener listener = new RecordingListener();
    private NioConnection connection;
    private Socket socket;

    @BeforeEach
    void connect() throws Exception {
        peer = new LoopbackPeer();
        transport = new NioTransport(ExtremeSettings.builder().maxFrameLength(LIMIT).maxEventSize(LIMIT).build());
        var future = transport.connect(peer.endpoint(), listener);
        socket = peer.accept();
        connection = (NioConnection) future.get(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void close() throws Exception {
        transport.close();
        socket.close();
        peer.close();
    }

    /**
     * Returns once the I/O thread has gone round its loop twice: each round selects before it
     * runs its tasks, so the second round's select saw whatever the socket held when this began.
     */
    private void ioLoopWentRound() throws InterruptedException {
        CountDownLatch second = new CountDownLatch(1);
        transport.loop().execute(() -> transport.loop().execute(second::countDown));
        assertThat(second.await(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
    }

    @Test
    void suspendedReadingTakesNothingFromTheSocketUntilResumed() throws Exception {
        connection.suspendReading();
        connection.suspendReading(); // idempotent
        ioLoopWentRound();
        long before = connection.lastReceivedNanos();
        Frame frame = numbered(1, 100);
        socket.getOutputStream().write(wire(frame));
        socket.getOutputStream().flush();
        ioLoopWentRound();

        assertThat(listener.frames).as("nothing read while suspended").isEmpty();
        assertThat(connection.lastReceivedNanos()).as("no bytes arrived as far as the transport knows").isEqualTo(before);

        connection.resumeReading();
        assertSameFrame(listener.nextFrame(), frame);
        assertThat(connection.lastReceivedNanos() - before).as("stamped when the frame was read").isPositive();
    }

    /** Bytes that never make a frame are not proof of life: the heartbeat must see the silence. */
    @Test
    void onlyAWholeFrameMovesWhenThePeerWasLastHeardFrom() throws Exception {
        ioLoopWentRound();
        long before = connection.lastReceivedNanos();
        byte[] bytes = wire(numbered(2, 1_000));
        socket.getOutputStream().write(bytes, 0, 600); // the prefix and part of the body
        socket.getOutputStream().flush();
        ioLoopWentRound();
        ioLoopWentRound();
        assertThat(connection.lastReceivedNanos()).as("part of a frame read").isEqualTo(before);

        socket.getOutputStream().write(bytes, 600, bytes.length - 600);
        socket.getOutputStream().flush();
        assertSameFrame(listener.nextFrame(), numbered(2, 1_000));
        assertThat(connection.lastReceivedNanos() - before).as("stamped when the frame was whole").isPositive();
    }

    @Test
    void aPeerThatStopsReadingMakesTheConnectionUnwritableUntilItReadsAgain() throws Exception {
        assertThat(connection.isWritable()).isTrue();
        Frame megabyte = Frame.of(0x82, UUID.randomUUID(), new byte[MIB]);
        long sent = 0;
        int frames = 0;
        // The socket buffers take some megabytes first; past them the transport holds the rest. While
        // they still take bytes, the I/O thread may drain below the low water and turn back to
        // writable (reported, and legitimate): the loop goes on until the connection holds back.
        // The turns reported so far are counted between two looks that both saw it held back, so
        // that the turn the peer's reading brings is the next one. (The transport clears the mark
        // before it reports the turn.)
        boolean heldBack = false;
        int turnsBefore = 0;
        while (!heldBack && frames < 200) {
            connection.send(megabyte);
            sent += FrameFormat.LENGTH_PREFIX + FrameFormat.packageLength(megabyte);
            frames++;
            if (!connection.isWritable()) {
                turnsBefore = listener.writables.size();
                heldBack = !connection.isWritable();
            }
        }
        assertThat(heldBack).as("not writable after " + frames + " frames of 1 MiB").isTrue();

        long total = sent;
        CompletableFuture<Long> read = CompletableFuture.supplyAsync(() -> drain(socket, total));
        assertThat(read.get(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).as("every byte arrived").isEqualTo(total);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LoopbackPeer.TIMEOUT_MILLIS);
        while (listener.writables.size() <= turnsBefore && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        assertThat(listener.writables).as("onWritable once the peer read again").hasSize(turnsBefore + 1)
                .allMatch(c -> c == connection);
        assertThat(connection.isWritable()).isTrue();
        // The writer counts a write down once the socket took it; the peer may have read it already.
        while (connection.pendingBytes() != 0 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        assertThat(connection.pendingBytes()).isZero();
        assertThat(listener.callbackThreads).allMatch(t -> t.getName().startsWith("extreme-nio-"));
    }

    private static long drain(Socket socket, long total) {
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        try {
            InputStream in = socket.getInputStream();
            while (count < total) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                count += n;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return count;
    }
}
