package io.extreme.transport.nio;

import static io.extreme.testing.TestFrames.assertSameFrame;
import static io.extreme.testing.TestFrames.numbered;
import static io.extreme.testing.TestFrames.wire;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeSettings;
import io.extreme.spi.Frame;
import io.extreme.spi.TransportConnection;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Closing a connection or the whole transport: onClosed once, in order, and the thread ends. */
class NioCloseTest {
    private LoopbackPeer peer;
    private NioTransport transport;

    @BeforeEach
    void start() throws Exception {
        peer = new LoopbackPeer();
        transport = new NioTransport(ExtremeSettings.defaults());
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        peer.close();
    }

    private TransportConnection connect(RecordingListener listener, List<Socket> sockets) throws Exception {
        var future = transport.connect(peer.endpoint(), listener);
        sockets.add(peer.accept());
        return future.get(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Test
    void aLocalCloseFlushesWhatWasSentThenClosesOnce() throws Exception {
        RecordingListener listener = new RecordingListener();
        List<Socket> sockets = new ArrayList<>();
        TransportConnection connection = connect(listener, sockets);
        Socket socket = sockets.get(0);

        connection.send(numbered(1, 100));
        connection.send(numbered(2, 100));
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> closers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread closer = new Thread(() -> {
                try {
                    go.await();
                    connection.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            closer.start();
            closers.add(closer);
        }
        go.countDown();
        connection.close();
        connection.send(numbered(3, 100)); // after the close: dropped, no error
        for (Thread closer : closers) {
            closer.join(LoopbackPeer.TIMEOUT_MILLIS);
        }

        assertThat(connection.isOpen()).isFalse();
        assertThat(listener.awaitClosed()).isNull();
        assertSameFrame(LoopbackPeer.readFrame(socket.getInputStream()), numbered(1, 100));
        assertSameFrame(LoopbackPeer.readFrame(socket.getInputStream()), numbered(2, 100));
        assertThat(LoopbackPeer.readFrame(socket.getInputStream())).as("end of stream").isNull();

        transport.close(); // joins the I/O thread: every queued task has run
        assertThat(listener.closeCount).hasValue(1);
        socket.close();
    }

    @Test
    void closingTheTransportClosesEveryConnectionAndEndsTheThread() throws Exception {
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();
        List<Socket> sockets = new ArrayList<>();
        TransportConnection a = connect(first, sockets);
        TransportConnection b = connect(second, sockets);
        for (Socket socket : sockets) {
            socket.getOutputStream().write(wire(numbered(1, 1)));
        }
        first.nextFrame();
        second.nextFrame();
        Thread ioThread = first.callbackThreads.iterator().next();

        transport.close();
        transport.close();

        assertThat(ioThread.isAlive()).as("I/O thread alive after close").isFalse();
        assertThat(first.awaitClosed()).isNull();
        assertThat(second.awaitClosed()).isNull();
        assertThat(first.closeCount).hasValue(1);
        assertThat(second.closeCount).hasValue(1);
        assertThat(a.isOpen()).isFalse();
        assertThat(b.isOpen()).isFalse();
        assertThat(first.callbackThreads).containsOnly(ioThread);
        for (Socket socket : sockets) {
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            socket.close();
        }
    }

    @Test
    void aCloseFromTheListenerStopsTheFramesThatFollow() throws Exception {
        RecordingListener listener = new RecordingListener() {
            @Override
            public void onFrame(TransportConnection connection, Frame frame) {
                super.onFrame(connection, frame);
                connection.close();
            }
        };
        List<Socket> sockets = new ArrayList<>();
        TransportConnection connection = connect(listener, sockets);

        sockets.get(0).getOutputStream().write(wire(numbered(1, 1), numbered(2, 2), numbered(3, 3)));

        assertThat(listener.awaitClosed()).isNull();
        assertThat(connection.isOpen()).isFalse();
        transport.close();
        assertThat(listener.frames).hasSize(1);
        assertThat(listener.closeCount).hasValue(1);
        sockets.get(0).close();
    }

    @Test
    void theTransportMayBeClosedFromAListener() throws Exception {
        RecordingListener listener = new RecordingListener() {
            @Override
            public void onFrame(TransportConnection connection, Frame frame) {
                super.onFrame(connection, frame);
                transport.close(); // on the I/O thread: must not wait for itself
            }
        };
        List<Socket> sockets = new ArrayList<>();
        connect(listener, sockets);

        sockets.get(0).getOutputStream().write(wire(numbered(1, 1)));

        assertThat(listener.awaitClosed()).isNull();
        Thread ioThread = listener.callbackThreads.iterator().next();
        ioThread.join(LoopbackPeer.TIMEOUT_MILLIS);
        assertThat(ioThread.isAlive()).isFalse();
        sockets.get(0).close();
    }
}
