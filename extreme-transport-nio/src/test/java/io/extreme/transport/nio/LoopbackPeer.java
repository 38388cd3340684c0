package io.extreme.transport.nio;

import io.extreme.Endpoint;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The other end of the wire in tests: a plain blocking server socket on 127.0.0.1 that accepts
 * only when asked, with timeouts on every blocking call so a broken test fails instead of hanging.
 */
final class LoopbackPeer implements AutoCloseable {
    static final int TIMEOUT_MILLIS = 10_000;

    private final ServerSocket server;

    LoopbackPeer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        server.setSoTimeout(TIMEOUT_MILLIS);
    }

    Endpoint endpoint() {
        return new Endpoint("127.0.0.1", server.getLocalPort());
    }

    /** The next connection from the transport. */
    Socket accept() throws IOException {
        Socket socket = server.accept();
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        return socket;
    }

    /** Reads one frame as the server would; null at the end of the stream. */
    static Frame readFrame(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] prefix = new byte[FrameFormat.LENGTH_PREFIX];
        int first = data.read();
        if (first < 0) {
            return null;
        }
        prefix[0] = (byte) first;
        data.readFully(prefix, 1, 3);
        int length = ByteBuffer.wrap(prefix).order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] pkg = new byte[length];
        data.readFully(pkg);
        return FrameFormat.read(ByteBuffer.wrap(pkg), length);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
