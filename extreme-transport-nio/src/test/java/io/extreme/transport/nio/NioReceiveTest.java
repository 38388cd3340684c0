package io.extreme.transport.nio;

import static io.extreme.testing.TestFrames.assertSameFrame;
import static io.extreme.testing.TestFrames.authenticated;
import static io.extreme.testing.TestFrames.lengthPrefix;
import static io.extreme.testing.TestFrames.numbered;
import static io.extreme.testing.TestFrames.wire;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeSettings;
import io.extreme.spi.Frame;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.TransportConnection;
import java.io.EOFException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the transport makes of the bytes a peer sends: whole frames, or a close with the reason. */
class NioReceiveTest {
    private static final int LIMIT = 8 * 1024 * 1024;

    private LoopbackPeer peer;
    private NioTransport transport;
    private final RecordingListener listener = new RecordingListener();
    private TransportConnection connection;
    private Socket socket;

    @BeforeEach
    void connect() throws Exception {
        peer = new LoopbackPeer();
        transport = new NioTransport(ExtremeSettings.builder().maxFrameLength(LIMIT).maxEventSize(LIMIT).build());
        var future = transport.connect(peer.endpoint(), listener);
        socket = peer.accept();
        connection = future.get(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void close() throws Exception {
        transport.close();
        socket.close();
        peer.close();
    }

    @Test
    void reassemblesFramesSentOneByteAtATime() throws Exception {
        Frame[] frames = {numbered(1, 0), authenticated(2, 40), numbered(3, 100)};
        OutputStream out = socket.getOutputStream();
        for (byte b : wire(frames)) {
            out.write(b); // one segment per byte: TCP_NODELAY is on at the peer
            out.flush();
        }

        for (Frame expected : frames) {
            assertSameFrame(listener.nextFrame(), expected);
        }
        assertThat(listener.callbackThreads).allSatisfy(t -> assertThat(t.getName()).startsWith("extreme-nio-"));
    }

    @Test
    void splitsManyFramesWrittenAtOnce() throws Exception {
        Frame[] frames = new Frame[2000];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = numbered(i, i % 100);
        }
        socket.getOutputStream().write(wire(frames));

        for (Frame expected : frames) {
            assertSameFrame(listener.nextFrame(), expected);
        }
    }

    @Test
    void receivesAFrameOfSeveralMegabytesBetweenSmallOnes() throws Exception {
        Frame before = numbered(1, 10);
        Frame big = authenticated(2, 5 * 1024 * 1024 + 1);
        Frame after = numbered(3, 10);
        socket.getOutputStream().write(wire(before, big, after));

        assertSameFrame(listener.nextFrame(), before);
        assertSameFrame(listener.nextFrame(), big);
        assertSameFrame(listener.nextFrame(), after);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -65536, 17, LIMIT + 1, Integer.MAX_VALUE})
    void closesOnABadLengthNamingItAndTheLimit(int length) throws Exception {
        socket.getOutputStream().write(lengthPrefix(length));

        Throwable cause = listener.awaitClosed();

        assertThat(cause).isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("Frame length " + length + " ")
                .hasMessageContaining(String.valueOf(LIMIT));
        assertThat(connection.isOpen()).isFalse();
        assertThat(listener.frames).isEmpty();
        assertThat(socket.getInputStream().read()).as("the transport closed the socket").isEqualTo(-1);
    }

    @Test
    void closesWhenThePeerCloses() throws Exception {
        socket.getOutputStream().write(wire(numbered(1, 1)));
        socket.close();

        assertSameFrame(listener.nextFrame(), numbered(1, 1));
        assertThat(listener.awaitClosed()).isInstanceOf(EOFException.class)
                .hasMessageContaining(peer.endpoint().toString());
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void closesWhenThePeerResets() throws Exception {
        socket.setSoLinger(true, 0); // close with RST instead of FIN
        socket.close();

        assertThat(listener.awaitClosed()).isNotNull();
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void closesWithTheListenersFailure() throws Exception {
        RuntimeException boom = new IllegalStateException("listener bug");
        RecordingListener failing = new RecordingListener() {
            @Override
            public void onFrame(TransportConnection c, Frame frame) {
                throw boom;
            }
        };
        var future = transport.connect(peer.endpoint(), failing);
        try (Socket second = peer.accept()) {
            TransportConnection other = future.get(LoopbackPeer.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            second.getOutputStream().write(wire(numbered(1, 1), numbered(2, 2)));

            assertThat(failing.awaitClosed()).isSameAs(boom);
            assertThat(other.isOpen()).isFalse();
            assertThat(connection.isOpen()).as("the other connection is untouched").isTrue();
        }
    }
}
