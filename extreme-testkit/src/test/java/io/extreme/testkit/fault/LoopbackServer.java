package io.extreme.testkit.fault;

import io.extreme.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny server on 127.0.0.1 and a free port for the proxy tests: it either echoes every byte
 * back, or hands each accepted socket to the test, which then plays the server by hand.
 */
final class LoopbackServer implements AutoCloseable {
    private final ServerSocket listener;
    private final boolean echo;
    private final BlockingQueue<Socket> handedOver = new LinkedBlockingQueue<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    private LoopbackServer(boolean echo) throws IOException {
        this.echo = echo;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
        start("loopback-test-server-accept", this::acceptLoop);
    }

    /** A server that writes back every byte it reads. */
    static LoopbackServer echo() throws IOException {
        return new LoopbackServer(true);
    }

    /** A server that does nothing by itself: the test takes each connection with {@link #nextConnection}. */
    static LoopbackServer manual() throws IOException {
        return new LoopbackServer(false);
    }

    Endpoint endpoint() {
        return new Endpoint("127.0.0.1", listener.getLocalPort());
    }

    int acceptedConnections() {
        return accepted.get();
    }

    /** The next connection accepted, waiting up to {@code timeout}. */
    Socket nextConnection(Duration timeout) throws InterruptedException {
        Socket socket = handedOver.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (socket == null) {
            throw new AssertionError("no connection reached the server within " + timeout);
        }
        return socket;
    }

    private void acceptLoop() {
        try {
            while (true) {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                sockets.add(socket);
                accepted.incrementAndGet();
                if (echo) {
                    start("loopback-test-server-echo", () -> echo(socket));
                } else {
                    handedOver.add(socket);
                }
            }
        } catch (IOException e) {
            // Closed: the test is over.
        }
    }

    private static void echo(Socket socket) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            // Reset or closed: the echo ends with its connection.
        }
    }

    private void start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    @Override
    public void close() throws Exception {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        for (Thread thread : threads) {
            thread.join(5_000);
        }
    }
}
