package io.extreme.transport.nio;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;

/**
 * TLS over a non-blocking socket: an {@link SSLEngine} between the socket and the bytes of the
 * frames, for the client's {@link NioConnection} and the testkit's server alike (hence public).
 * {@link #handshake()} is driven by the caller's readiness events until it says {@link Step#DONE};
 * then {@link #read} and {@link #write} carry plaintext, and never block.
 *
 * <p>Buffers, each bounded by the engine's sizes: {@code netIn} (one TLS record and what arrived
 * behind it), {@code netOut} (up to {@value #RECORDS_PER_WRITE} records, so a burst of frames leaves
 * in one socket write) and {@code appIn} (the plaintext of one record not yet taken by a read).
 * Threads: one reader (the I/O thread) and one writer at a time (the caller holds the connection's
 * write lock); the engine allows one wrap and one unwrap at once. Handshake messages after the
 * handshake (TLS 1.3 session tickets) are read; a key update the peer asks for is answered with
 * the next write.
 */
public final class TlsChannel implements ByteChannel {
    /** What {@link #handshake()} waits for next. */
    public enum Step { NEED_READ, NEED_WRITE, DONE }

    /** Records {@code netOut} holds: the coalesced frames of one write go out in one syscall. */
    private static final int RECORDS_PER_WRITE = 4;
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final SocketChannel socket;
    private final SSLEngine engine;
    /** Write mode: bytes from the socket not yet unwrapped, from 0 to its position. */
    private ByteBuffer netIn;
    /** Write mode: wrapped bytes not yet taken by the socket. */
    private ByteBuffer netOut;
    /** Read mode: plaintext unwrapped and not yet read. */
    private ByteBuffer appIn;

    public TlsChannel(SocketChannel socket, SSLEngine engine) {
        this.socket = socket;
        this.engine = engine;
        int packet = engine.getSession().getPacketBufferSize();
        this.netIn = ByteBuffer.allocate(packet);
        this.netOut = ByteBuffer.allocate(packet * RECORDS_PER_WRITE);
        this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize()).flip();
    }

    /** The engine, for its session once the handshake is done. */
    public SSLEngine engine() {
        return engine;
    }

    /**
     * Goes on with the handshake as far as the socket allows now.
     *
     * @throws SSLException for a refused handshake (the peer's alert or this side's check)
     * @throws EOFException when the peer closed during the handshake
     */
    public Step handshake() throws IOException {
        try {
            return handshakeSteps();
        } catch (SSLException e) {
            sendAlert();
            throw e;
        }
    }

    /** The engine's alert for a refused handshake, as far as the socket takes it now: the peer then knows why. */
    private void sendAlert() {
        try {
            engine.closeOutbound();
            while (!engine.isOutboundDone() && engine.wrap(EMPTY, netOut).bytesProduced() > 0 && flush()) {
                // each round wraps and writes one more piece of the alert
            }
            flush();
        } catch (IOException ignored) {
            // the handshake failed already: its exception says why, not this one
        }
    }

    private Step handshakeSteps() throws IOException {
        while (true) {
            if (!flush()) {
                return Step.NEED_WRITE;
            }
            switch (engine.getHandshakeStatus()) {
                case NOT_HANDSHAKING, FINISHED -> {
                    return Step.DONE;
                }
                case NEED_TASK -> runTasks();
                case NEED_WRAP -> {
                    SSLEngineResult r = engine.wrap(EMPTY, netOut);
                    if (r.getStatus() == SSLEngineResult.Status.CLOSED && !flush()) {
                        return Step.NEED_WRITE;
                    }
                    if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                        throw new SSLException("the TLS engine closed during the handshake");
                    }
                }
                default -> {
                    SSLEngineResult.Status status = unwrap().getStatus();
                    if (status == SSLEngineResult.Status.CLOSED) {
                        throw new EOFException("the peer ended TLS during the handshake");
                    }
                    if (status == SSLEngineResult.Status.BUFFER_UNDERFLOW) {
                        int n = socket.read(netIn);
                        if (n < 0) {
                            throw new EOFException("the peer closed the connection during the TLS handshake");
                        }
                        if (n == 0) {
                            return Step.NEED_READ;
                        }
                    }
                }
            }
        }
    }

    /** Plaintext into {@code dst}: what is unwrapped already, then as much as the socket has now; -1 at the end. */
    @Override
    public int read(ByteBuffer dst) throws IOException {
        int total = 0;
        while (true) {
            total += copy(dst);
            if (!dst.hasRemaining()) {
                return total;
            }
            SSLEngineResult r = unwrap();
            SSLEngineResult.Status status = r.getStatus();
            if (status == SSLEngineResult.Status.CLOSED) {
                return total > 0 || appIn.hasRemaining() ? total : -1;
            }
            boolean stuck = status == SSLEngineResult.Status.OK && r.bytesConsumed() == 0 && r.bytesProduced() == 0;
            if (status == SSLEngineResult.Status.BUFFER_UNDERFLOW || stuck) {
                int n = socket.read(netIn);
                if (n < 0) {
                    return total > 0 ? total : -1;
                }
                if (n == 0) {
                    return total;
                }
            }
        }
    }

    /** Wraps what it can of {@code src}; returns the plaintext bytes taken, 0 while the socket is full. */
    @Override
    public int write(ByteBuffer src) throws IOException {
        if (!flush()) {
            return 0;
        }
        int taken = 0;
        while (src.hasRemaining()) {
            SSLEngineResult r = engine.wrap(src, netOut);
            taken += r.bytesConsumed();
            if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                throw new SSLException("TLS is closed on this connection");
            }
            if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW && !flush()) {
                return taken;
            }
            if (r.getStatus() == SSLEngineResult.Status.OK && r.bytesConsumed() == 0 && r.bytesProduced() == 0) {
                break; // the engine waits for the peer (a handshake message): the next write goes on
            }
            runTasks();
        }
        flush();
        return taken;
    }

    /** Writes wrapped bytes left over; true when none is left. */
    public boolean flush() throws IOException {
        if (netOut.position() == 0) {
            return true;
        }
        netOut.flip();
        try {
            socket.write(netOut);
        } finally {
            netOut.compact();
        }
        return netOut.position() == 0;
    }

    /** Whether bytes read from the socket wait here: a read can go on without the socket being readable. */
    public boolean hasBufferedInput() {
        return appIn.hasRemaining() || netIn.position() > 0;
    }

    /** Sends close_notify (as far as the socket takes it now) and shuts the socket's output. */
    public void shutdownOutput() throws IOException {
        engine.closeOutbound();
        try {
            while (!engine.isOutboundDone() && engine.wrap(EMPTY, netOut).bytesProduced() > 0) {
                if (!flush()) {
                    return;
                }
            }
            if (flush()) {
                socket.shutdownOutput();
            }
        } catch (SSLException e) {
            // Closing anyway: an engine that cannot say goodbye has nothing left to send.
        }
    }

    @Override
    public boolean isOpen() {
        return socket.isOpen();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private int copy(ByteBuffer dst) {
        int n = Math.min(appIn.remaining(), dst.remaining());
        if (n > 0) {
            ByteBuffer slice = appIn.slice(appIn.position(), n);
            dst.put(slice);
            appIn.position(appIn.position() + n);
        }
        return n;
    }

    /** One unwrap from {@code netIn} into {@code appIn}; grows a buffer that is too small for a record. */
    private SSLEngineResult unwrap() throws SSLException {
        netIn.flip();
        appIn.compact();
        SSLEngineResult r;
        try {
            r = engine.unwrap(netIn, appIn);
        } finally {
            appIn.flip();
            netIn.compact();
        }
        runTasks();
        if (r.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW && !netIn.hasRemaining()) {
            netIn = grow(netIn, engine.getSession().getPacketBufferSize());
        } else if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
            appIn = grow(appIn.compact(), engine.getSession().getApplicationBufferSize()).flip();
            return new SSLEngineResult(SSLEngineResult.Status.OK, r.getHandshakeStatus(), 0, 1); // room made: go again
        }
        return r;
    }

    /** Room for one more record: {@code buffer} (write mode) with {@code room} more bytes. */
    private static ByteBuffer grow(ByteBuffer buffer, int room) {
        ByteBuffer bigger = ByteBuffer.allocate(buffer.capacity() + room);
        return bigger.put(buffer.flip());
    }

    /** Runs the engine's delegated tasks here: certificate checks of a handshake, short and rare. */
    private void runTasks() {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
        }
    }
}
