package io.extreme.internal.connection;

import io.extreme.Endpoint;
import io.extreme.error.ConnectionLostException;
import io.extreme.spi.Discovery;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background gossip (only EventStore.JVM has it among the anchor clients): while connected, ask
 * the cluster now and then which node to use, and move as soon as it names another one (a new
 * master was elected) instead of waiting for a write to be refused. Runs on the engine thread.
 */
final class GossipWatch {
    private static final Logger log = LoggerFactory.getLogger(GossipWatch.class);

    private final Discovery discovery;
    private final Consumer<Runnable> onLoop;
    private final Supplier<Endpoint> connectedTo;
    private final BiConsumer<Endpoint, Throwable> move;
    private final String name;
    /** A round is in flight: the next tick waits for it, so slow gossip never piles rounds up. On the engine thread. */
    private boolean asking;

    /**
     * @param onLoop      runs a task on the engine thread
     * @param connectedTo the node connected to now, or {@code null} while not connected
     * @param move        reconnects to the given node, for the given reason
     */
    GossipWatch(Discovery discovery, Consumer<Runnable> onLoop, Supplier<Endpoint> connectedTo,
                BiConsumer<Endpoint, Throwable> move, String name) {
        this.discovery = discovery;
        this.onLoop = onLoop;
        this.connectedTo = connectedTo;
        this.move = move;
        this.name = name;
    }

    /** One round: ask, and move if the answer is another node than the one still connected to. */
    void ask() {
        Endpoint current = connectedTo.get();
        if (current == null || asking) {
            return;
        }
        asking = true;
        discovery.preferred(current).whenComplete((best, error) -> onLoop.accept(() -> {
            asking = false;
            if (error != null) {
                log.debug("[{}] background gossip failed: {}", name, error.toString());
            } else if (best != null && current.equals(connectedTo.get()) && !best.equals(current)) {
                log.info("[{}] gossip names {} instead of {}; moving there", name, best, current);
                move.accept(best, new ConnectionLostException("Gossip named " + best + " as the node to use instead of "
                        + current + "."));
            }
        }));
    }
}
