package io.extreme.testkit.fault;

import io.extreme.Endpoint;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One client connection through a {@link FaultProxy} and the upstream connection opened for it,
 * with a pump thread each way. A clean end on one side is passed on as a half-close, so a client
 * that stops sending still reads the server's last replies; an error or a cut resets both sides.
 *
 * <p>Threads: safe from any thread; {@link #cutAbruptly()} may race with the pumps.
 */
final class ProxiedConnection {
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final Socket client;
    private final Socket upstream;
    private final ClientOutput toClient;
    private final Thread toServerPump;
    private final Thread toClientPump;
    private final FaultSwitches switches;
    private final Consumer<ProxiedConnection> onEnded;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger pumpsRunning = new AtomicInteger(2);

    private ProxiedConnection(Socket client, Socket upstream, FaultSwitches switches, String threadName,
                              Consumer<ProxiedConnection> onEnded) throws IOException {
        this.client = client;
        this.upstream = upstream;
        this.switches = switches;
        this.onEnded = onEnded;
        this.toClient = new ClientOutput(client.getOutputStream(), switches, this::cutAbruptly);
        OutputStream upstreamOutput = upstream.getOutputStream();
        Pump.Sink toServer = (chunk, length) -> upstreamOutput.write(chunk, 0, length);
        // One pump thread each way: each copies what its side sends, through the faults, to the other side.
        this.toServerPump = ProxyThreads.daemon(
                new Pump(this, Direction.TO_SERVER, client.getInputStream(), toServer, switches), threadName + "-to-server");
        this.toClientPump = ProxyThreads.daemon(
                new Pump(this, Direction.TO_CLIENT, upstream.getInputStream(), toClient::forward, switches),
                threadName + "-to-client");
    }

    /** Connects to {@code server} for {@code client}; the pumps start with {@link #start()}. */
    static ProxiedConnection open(Socket client, Endpoint server, FaultSwitches switches, String threadName,
                                  Consumer<ProxiedConnection> onEnded) throws IOException {
        Socket upstream = new Socket();
        try {
            upstream.setTcpNoDelay(true);
            upstream.connect(new InetSocketAddress(server.host(), server.port()), CONNECT_TIMEOUT_MILLIS);
            client.setTcpNoDelay(true);
            return new ProxiedConnection(client, upstream, switches, threadName, onEnded);
        } catch (IOException | RuntimeException e) {
            upstream.close();
            throw e;
        }
    }

    void start() {
        toServerPump.start();
        toClientPump.start();
    }

    List<Thread> threads() {
        return List.of(toServerPump, toClientPump);
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Resets both sockets now; true if this call closed the connection, false if it was closed already. */
    boolean cutAbruptly() {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        reset(client);
        reset(upstream);
        switches.wakeAll();
        return true;
    }

    /** Writes {@code bytes} to the client as if the server sent them, between two of the server's frames. */
    void injectToClient(byte[] bytes) {
        if (isClosed()) {
            return;
        }
        try {
            toClient.inject(bytes);
        } catch (IOException e) {
            cutAbruptly();
        }
    }

    /** The side {@code way} reads from ended cleanly: end the other side's input the same way. */
    void endOfStream(Direction way) {
        try {
            (way == Direction.TO_SERVER ? upstream : client).shutdownOutput();
        } catch (IOException e) {
            // The other side is gone too; its own pump sees that.
        }
    }

    void pumpEnded() {
        if (pumpsRunning.decrementAndGet() == 0) {
            if (closed.compareAndSet(false, true)) {
                closeQuietly(client);
                closeQuietly(upstream);
            }
            onEnded.accept(this);
        }
    }

    static void reset(Socket socket) {
        try {
            // Linger 0 makes close send RST instead of FIN: the peer sees a connection reset.
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // Already closed: nothing to reset.
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all we wanted.
        }
    }
}
