package io.extreme.transport.nio;

import static io.extreme.testing.TestFrames.assertSameFrame;
import static io.extreme.testing.TestFrames.authenticated;
import static io.extreme.testing.TestFrames.numbered;
import static io.extreme.testing.TestFrames.sequenced;
import static io.extreme.testing.TestFrames.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeSettings;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.TransportConnection;
import java.io.InputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the peer reads of the frames sent: all of them, whole and in order. */
class NioSendTest {
    private static final int LIMIT = 8 * 1024 * 1024;

    private LoopbackPeer peer;
    private NioTransport transport;
    private final RecordingListener listener = new RecordingListener();
    private TransportConnection connection;
    private Socket socket;
    private InputStream in;

    @BeforeEach
    void connect() throws Exception {
        peer = new LoopbackPeer();
        transport = new NioTransport(ExtremeSettings.builder().maxFrameLength(LIMIT).maxEventSize(LIMIT).build());
        var future = transport.connect(peer.endpoint(), listener);
        socket = peer.accept();
        in = socket.getInputStream();
        connection = future.get(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void close() throws Exception {
        transport.close();
        socket.close();
        peer.close();
    }

    @Test
    void sendsFramesWholeAndInOrder() throws Exception {
        Frame[] frames = new Frame[1000];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = i % 5 == 0 ? authenticated(i, i % 300) : numbered(i, i % 300);
            connection.send(frames[i]);
        }

        for (Frame expected : frames) {
            assertSameFrame(LoopbackPeer.readFrame(in), expected);
        }
    }

    @Test
    void keepsEachSendersOrderAcrossThreads() throws Exception {
        int senders = 4;
        int perSender = 5000;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int sender = s;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perSender; i++) {
                    connection.send(sequenced(sender, i));
                }
                return null;
            }));
        }
        start.countDown();

        int[] next = new int[senders];
        for (int n = 0; n < senders * perSender; n++) {
            ByteBuffer payload = ByteBuffer.wrap(LoopbackPeer.readFrame(in).payload());
            int sender = payload.getInt();
            assertThat(payload.getInt()).as("sequence of sender %d", sender).isEqualTo(next[sender]++);
        }
        for (Future<?> f : done) {
            f.get(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        }
        pool.shutdown();
        assertThat(next).containsOnly(perSender);
    }

    @Test
    void waitsForASlowPeerWithoutLosingBytes() throws Exception {
        // Far more than the socket buffers hold while the peer does not read: the partial-write path.
        Frame[] frames = new Frame[40];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = numbered(i, 512 * 1024 + i);
            connection.send(frames[i]);
        }

        for (Frame expected : frames) {
            assertSameFrame(LoopbackPeer.readFrame(in), expected);
        }
    }

    @Test
    void sendsAFrameOfSeveralMegabytes() throws Exception {
        Frame big = authenticated(1, 6 * 1024 * 1024 + 5);
        connection.send(numbered(0, 3));
        connection.send(big);
        connection.send(numbered(2, 3));

        assertSameFrame(LoopbackPeer.readFrame(in), numbered(0, 3));
        assertSameFrame(LoopbackPeer.readFrame(in), big);
        assertSameFrame(LoopbackPeer.readFrame(in), numbered(2, 3));
    }

    @Test
    void refusesAFrameOverTheLimitAndStaysOpen() throws Exception {
        Frame tooBig = numbered(1, LIMIT - FrameFormat.HEADER + 1);

        assertThatThrownBy(() -> connection.send(tooBig))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(LIMIT + 1))
                .hasMessageContaining(String.valueOf(LIMIT));

        assertThat(connection.isOpen()).isTrue();
        Frame atLimit = numbered(2, LIMIT - FrameFormat.HEADER);
        connection.send(atLimit);
        assertSameFrame(LoopbackPeer.readFrame(in), atLimit);
    }

    @Test
    void answersFromTheListenerOnTheIoThread() throws Exception {
        // A heartbeat answered inside onFrame: send on the I/O thread itself must flush too.
        var future = transport.connect(peer.endpoint(), new RecordingListener() {
            @Override
            public void onFrame(TransportConnection c, Frame frame) {
                c.send(Frame.of(TcpCommand.HEARTBEAT_RESPONSE, frame.correlationId(), null));
            }
        });
        try (Socket second = peer.accept()) {
            future.get(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            for (int i = 0; i < 100; i++) {
                Frame request = Frame.of(TcpCommand.HEARTBEAT_REQUEST, numbered(i, 0).correlationId(), null);
                second.getOutputStream().write(wire(request));

                Frame response = LoopbackPeer.readFrame(second.getInputStream());
                assertThat(response.command()).isEqualTo(TcpCommand.HEARTBEAT_RESPONSE);
                assertThat(response.correlationId()).isEqualTo(request.correlationId());
            }
        }
    }
}
