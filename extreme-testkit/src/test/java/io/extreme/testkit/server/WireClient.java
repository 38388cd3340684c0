package io.extreme.testkit.server;

import io.extreme.Endpoint;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

/**
 * A plain blocking socket that speaks frames, for testing the server byte by byte. Every read
 * has a deadline (the socket timeout), so a missing answer fails the test instead of hanging it.
 */
final class WireClient implements AutoCloseable {
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    WireClient(Endpoint endpoint) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), (int) DEADLINE.toMillis());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) DEADLINE.toMillis());
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    void send(Frame frame) throws IOException {
        sendRaw(FrameFormat.toBytes(frame));
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next frame from the server; fails after the deadline or when the server closed. */
    Frame read() throws IOException {
        byte[] prefix = new byte[FrameFormat.LENGTH_PREFIX];
        in.readFully(prefix);
        int length = ByteBuffer.wrap(prefix).order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] body = new byte[length];
        in.readFully(body);
        return FrameFormat.read(ByteBuffer.wrap(body), length);
    }

    /** Waits (up to {@code within}) until the server closes, failing if a frame comes first. */
    boolean closedByServer(Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        try {
            int b = in.read();
            if (b >= 0) {
                throw new AssertionError("expected the server to close, but it sent more bytes");
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (EOFException | SocketException e) {
            return true; // reset by peer counts as closed
        } finally {
            socket.setSoTimeout((int) DEADLINE.toMillis());
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
