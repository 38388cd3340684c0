package io.extreme.internal.connection;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.error.ReconnectsExhaustedException;
import io.extreme.spi.Discovery;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attempts to connect: which node the next one goes to (the master a NotMaster answer named,
 * else the one discovery finds, told which node just failed), opening the transport connection,
 * counting failed attempts in a row against the limit, the pause before the next, and giving up.
 * Apart from {@link ConnectionLife} because this is what happens while there is no connection;
 * the life takes over once one is open. Engine thread only; its log lines keep the
 * {@link ConnectionEngine} logger, so that a log configuration that names it still hears them.
 */
final class ReconnectLoop {
    private static final Logger log = LoggerFactory.getLogger(ConnectionEngine.class);

    /** What the loop needs of the connection's life it serves. */
    interface Owner {
        /** Whether the engine has stopped for good: no attempt goes on after that. */
        boolean stopped();

        /** An attempt is about to be made, now or after a pause: no connection is ready meanwhile. */
        void connecting();

        /** The transport opened {@code connection} to {@code node}: its handshake starts. */
        void opened(Endpoint node, TransportConnection connection);

        /** The attempts are used up: the engine stops with {@code reason}. */
        void giveUp(RuntimeException reason);
    }

    private final Owner owner;
    private final ExtremeSettings settings;
    private final String name;
    private final Transport transport;
    private final TransportListener listener;
    private final Discovery discovery;
    private final ReconnectPolicy reconnects;
    private final Lifecycle lifecycle;
    private final ScheduledExecutorService loop;
    private final Consumer<Runnable> onLoop;
    private Endpoint lastFailed;
    /** The master a NotMaster answer named: the next connection goes there, not to discovery. */
    private Endpoint redirect;
    private int failedAttempts;

    /**
     * @param listener hears the frames and the close of every connection opened
     * @param onLoop   runs a task on the engine thread, or drops it once the engine stopped
     */
    ReconnectLoop(Owner owner, ExtremeSettings settings, Transport transport, TransportListener listener,
                  Discovery discovery, Lifecycle lifecycle, ScheduledExecutorService loop, Consumer<Runnable> onLoop) {
        this.owner = owner;
        this.settings = settings;
        this.name = settings.connectionName();
        this.transport = transport;
        this.listener = listener;
        this.discovery = discovery;
        this.reconnects = new ReconnectPolicy(settings);
        this.lifecycle = lifecycle;
        this.loop = loop;
        this.onLoop = onLoop;
    }

    /** Makes an attempt now. */
    void connect() {
        if (owner.stopped()) {
            return;
        }
        owner.connecting();
        if (redirect != null) {
            Endpoint master = redirect;
            redirect = null;
            open(master);
            return;
        }
        discovery.discover(lastFailed).whenComplete((found, error) -> onLoop.accept(() -> {
            if (owner.stopped()) {
                return;
            }
            if (error != null) {
                failed(null, error);
            } else {
                open(found);
            }
        }));
    }

    private void open(Endpoint target) {
        log.debug("[{}] connecting to {}", name, target);
        transport.connect(target, listener).whenComplete((opened, failure) -> onLoop.accept(() -> opened(target, opened, failure)));
    }

    private void opened(Endpoint target, TransportConnection opened, Throwable failure) {
        if (owner.stopped()) {
            if (opened != null) {
                opened.close();
            }
            return;
        }
        if (failure != null) {
            failed(target, failure);
            return;
        }
        owner.opened(target, opened);
    }

    /** An attempt failed, before or during its handshake: another one after the pause, or the end. */
    void failed(Endpoint target, Throwable error) {
        failedAttempts++;
        lastFailed = target;
        if (reconnects.exhausted(failedAttempts)) {
            owner.giveUp(new ReconnectsExhaustedException("Could not connect to EventStore" + (target == null ? "" : " at " + target)
                    + " after " + failedAttempts + (failedAttempts == 1 ? " attempt" : " attempts in a row") + " (maxReconnectAttempts "
                    + settings.maxReconnectAttempts() + "): " + error.getMessage(), error));
            return;
        }
        log.debug("[{}] connection attempt {} failed: {}", name, failedAttempts, error.toString());
        later();
    }

    /** A connection that was up is gone: the next attempt avoids its node, unless a master was named. */
    void lost(Endpoint node) {
        lastFailed = redirect == null ? node : null;
        later();
    }

    /** The handshake of a connection is done: the count of failed attempts starts over. */
    void succeeded() {
        failedAttempts = 0;
    }

    /** The next attempt goes to {@code master}, at once. */
    void redirect(Endpoint master) {
        redirect = master;
    }

    /** Whether a master was named for the next attempt. */
    boolean redirecting() {
        return redirect != null;
    }

    /** The engine stopped: lets the transport and discovery go, after the last connection. */
    void close() {
        transport.close();
        discovery.close();
    }

    private void later() {
        owner.connecting();
        Duration delay = redirect != null ? Duration.ZERO : reconnects.delay(failedAttempts);
        lifecycle.reconnecting(failedAttempts + 1, delay);
        loop.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
