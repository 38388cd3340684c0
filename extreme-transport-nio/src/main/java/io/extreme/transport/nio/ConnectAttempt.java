package io.extreme.transport.nio;

import io.extreme.Endpoint;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connect, from name resolution to an open {@link NioConnection}, under one deadline: the
 * timer fails the future if the connection is not up in time. Runs on the loop thread except
 * for the resolution, which the {@link NioTransport.Resolver} does elsewhere.
 */
final class ConnectAttempt implements IoHandler {
    private static final Logger log = LoggerFactory.getLogger(ConnectAttempt.class);

    private final NioTransport transport;
    private final Endpoint endpoint;
    private final TransportListener listener;
    private final long deadline;
    private final CompletableFuture<TransportConnection> future = new CompletableFuture<>();
    private IoLoop.Timer timer;
    private SocketChannel channel;
    private SelectionKey key;
    /** Set once TCP is up when the transport speaks TLS: the handshake then runs before the connection opens. */
    private TlsChannel tls;

    ConnectAttempt(NioTransport transport, Endpoint endpoint, TransportListener listener, long deadline) {
        this.transport = transport;
        this.endpoint = endpoint;
        this.listener = listener;
        this.deadline = deadline;
    }

    CompletableFuture<TransportConnection> future() {
        return future;
    }

    /** Starts the timer and the resolution. */
    void start() {
        if (transport.isStopping()) {
            future.completeExceptionally(NioTransport.closedError(endpoint));
            return;
        }
        transport.track(this);
        timer = transport.loop().schedule(deadline, this::timedOut);
        transport.resolver().resolve(endpoint)
                .whenComplete((address, error) -> transport.loop().execute(() -> resolved(address, error)));
    }

    private void resolved(InetSocketAddress address, Throwable error) {
        if (future.isDone()) {
            return; // timed out, cancelled or the transport closed meanwhile
        }
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            fail(withCause(new UnknownHostException("Cannot resolve " + endpoint + ": " + cause.getMessage()), cause));
            return;
        }
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            // EventStore packages are small request/response pairs: Nagle would only add latency.
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
            if (channel.connect(address)) {
                connected();
            } else {
                key = transport.loop().register(channel, SelectionKey.OP_CONNECT, this);
            }
        } catch (IOException e) {
            fail(refused(e));
        }
    }

    @Override
    public void onReady(int readyOps) {
        if (tls != null) {
            handshake();
            return;
        }
        try {
            if (channel.finishConnect()) {
                connected();
            }
        } catch (IOException e) {
            fail(refused(e));
        }
    }

    private void connected() throws IOException {
        if (System.nanoTime() - deadline > 0) {
            timedOut(); // came up, but later than allowed: the deadline is the contract
            return;
        }
        if (key == null) {
            key = transport.loop().register(channel, SelectionKey.OP_READ, this);
        }
        if (transport.tls() != null) {
            // TLS before any frame, under the same deadline: a server that never answers cannot hold the attempt.
            tls = new TlsChannel(channel, transport.tls().engineFor(endpoint));
            tls.engine().beginHandshake();
            handshake();
            return;
        }
        open();
    }

    /** Goes on with the handshake; waits for the socket when it must, opens the connection when it is done. */
    private void handshake() {
        try {
            switch (tls.handshake()) {
                case NEED_READ -> key.interestOps(SelectionKey.OP_READ);
                case NEED_WRITE -> key.interestOps(SelectionKey.OP_WRITE);
                case DONE -> {
                    log.debug("[{}] TLS handshake done: {}", endpoint, tls.engine().getSession().getProtocol());
                    open();
                }
            }
        } catch (IOException | RuntimeException e) {
            fail(TlsHandshakeException.of(endpoint, e));
        }
    }

    private void open() throws IOException {
        timer.cancel();
        transport.untrack(this);
        key.interestOps(SelectionKey.OP_READ);
        NioConnection connection = new NioConnection(transport, channel, tls, key, endpoint, listener);
        key.attach(connection);
        transport.track(connection);
        log.debug("[{}] connected from {}", endpoint, channel.getLocalAddress());
        if (!future.complete(connection)) {
            connection.abandon(); // the caller cancelled the connect: nobody listens to it
        }
    }

    private void timedOut() {
        long millis = TimeUnit.NANOSECONDS.toMillis(transport.connectTimeoutNanos());
        if (tls != null) {
            fail(TlsHandshakeException.timedOut(endpoint, millis));
            return;
        }
        fail(new SocketTimeoutException("Connect to " + endpoint + " timed out after " + millis + " ms"));
    }

    @Override
    public void closeNow(Throwable cause) {
        fail(cause != null ? cause : NioTransport.closedError(endpoint));
    }

    private void fail(Throwable cause) {
        if (timer != null) {
            timer.cancel();
        }
        transport.untrack(this);
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("[{}] closing an unconnected channel failed", endpoint, e);
            }
        }
        if (future.completeExceptionally(cause)) {
            log.debug("[{}] connect failed: {}", endpoint, cause.toString());
        }
    }

    private ConnectException refused(IOException e) {
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return withCause(new ConnectException("Could not connect to " + endpoint + ": " + reason), e);
    }

    private static <T extends Throwable> T withCause(T error, Throwable cause) {
        error.initCause(cause);
        return error;
    }
}
