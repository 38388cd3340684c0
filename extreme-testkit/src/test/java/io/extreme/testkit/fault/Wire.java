package io.extreme.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Raw socket helpers for the proxy tests: frames by hand, reads with deadlines. */
final class Wire {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Wire() {
    }

    /** A client socket connected to {@code endpoint}, reads failing after {@link #TIMEOUT}. */
    static Socket connect(Endpoint endpoint) throws IOException {
        Socket socket = new Socket();
        // Options first: a refused connection may be reset before a later option call could run.
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), (int) TIMEOUT.toMillis());
        return socket;
    }

    /**
     * Connects and reads until the proxy ends the connection; returns what came first. A reset
     * can beat the end of {@code connect} itself, which counts as the same refusal.
     */
    static byte[] attemptRefused(Endpoint endpoint) throws IOException {
        Socket socket;
        try {
            socket = connect(endpoint);
        } catch (SocketException resetWhileConnecting) {
            return new byte[0];
        }
        try (socket) {
            return readToEnd(socket);
        }
    }

    /** A frame: 4-byte little-endian length, then {@code body}. */
    static byte[] frame(byte[] body) {
        byte[] frame = new byte[4 + body.length];
        int length = body.length;
        frame[0] = (byte) length;
        frame[1] = (byte) (length >>> 8);
        frame[2] = (byte) (length >>> 16);
        frame[3] = (byte) (length >>> 24);
        System.arraycopy(body, 0, frame, 4, body.length);
        return frame;
    }

    /** A frame whose body is {@code length} bytes counting up from {@code seed}. */
    static byte[] frame(int length, int seed) {
        byte[] body = new byte[length];
        for (int i = 0; i < length; i++) {
            body[i] = (byte) (seed + i);
        }
        return frame(body);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] read(Socket socket, int count) throws IOException {
        byte[] bytes = socket.getInputStream().readNBytes(count);
        assertThat(bytes).as("bytes before the stream ended").hasSize(count);
        return bytes;
    }

    /**
     * Reads until the peer ends the stream, by FIN or by reset; returns what came before. A read
     * timeout fails the test: the connection was meant to end.
     */
    static byte[] readToEnd(Socket socket) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                received.write(buffer, 0, read);
            }
        } catch (SocketException reset) {
            // A reset is how the proxy ends connections abruptly.
        }
        return received.toByteArray();
    }

    /** Whether nothing arrives on {@code socket} for {@code quiet}; restores the normal read timeout. */
    static boolean staysQuiet(Socket socket, Duration quiet) throws IOException {
        socket.setSoTimeout((int) quiet.toMillis());
        try {
            socket.getInputStream().read();
            return false; // a byte came, or the stream ended: either way it did not stay quiet
        } catch (SocketTimeoutException expected) {
            return true;
        } catch (SocketException reset) {
            return false;
        } finally {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
        }
    }

    /** Polls {@code condition} until it holds or {@link #TIMEOUT} passes. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + TIMEOUT + " waiting for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(10); // the poll interval of this condition wait, which has a deadline
        }
    }
}
