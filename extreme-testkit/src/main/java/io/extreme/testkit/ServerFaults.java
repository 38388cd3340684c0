package io.extreme.testkit;

import io.extreme.Endpoint;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.testkit.server.FaultInjector;
import java.util.Objects;

/**
 * Makes an {@link EmbeddedEventStore} misbehave on purpose, the way a real EventStore node in
 * trouble does, so that a test can prove a client's retry, reconnect and watchdog logic. Reach
 * it with {@link EmbeddedEventStore#faults()}; the faults apply to every connection of that
 * store, over TCP and over the {@code in-memory} transport alike, including connections opened
 * after the fault was set.
 *
 * <pre>{@code
 * store.faults().notHandled(NotHandledReason.NOT_READY, 2);   // two refusals, then normal service
 * client.append("orders-1", event).get(5, SECONDS);
 * assertThat(store.faults().notHandledSent()).isEqualTo(2);  // the client retried twice
 *
 * store.faults().notMaster(otherStore.endpoint(), 1);         // "the master is over there"
 * store.faults().dropSubscriptionPushes(true);               // subscriptions go quiet
 * store.faults().clear();                                    // back to normal
 * }</pre>
 *
 * <p>What a refusal is: the request is answered with a {@code NotHandled} under its own
 * correlation id and never reaches the store, so nothing is written. A refusal happens after
 * the request's credentials were checked (a request that fails them is still answered
 * NotAuthenticated), as in the real server's pipeline. Only requests a node decides on are
 * refused: writes, deletes, transactions, reads, volatile and catch-up subscribe, and the
 * persistent-subscription create, update, delete and connect. Heartbeats, Ping,
 * IdentifyClient, Authenticate, BadRequest, unsubscribe and persistent-subscription ack/nak
 * are always served, and so is a request whose bytes the server cannot unwrap (it gets
 * BadRequest), with one exception: a request that decodes but has arguments the engine
 * refuses (an empty stream id...) is refused with NotHandled while a refusal is planned.
 *
 * <p>Each setter replaces the earlier plan of its kind rather than adding to it. When both a
 * {@link #notHandled} and a {@link #notMaster} plan are pending, the not-handled one is used
 * first, as a node that is not ready says so before it looks for a master.
 *
 * <p>Threads: safe from any thread, also while clients are sending. Two connections never use
 * up the same planned refusal: a plan of {@code count} refuses exactly {@code count} requests
 * in all.
 */
public final class ServerFaults {
    private final FaultInjector injector;

    ServerFaults(FaultInjector injector) {
        this.injector = Objects.requireNonNull(injector, "injector");
    }

    /**
     * Answers the next {@code count} requests (of any connection) with
     * {@code NotHandled(reason)} and no MasterInfo, as a node still starting
     * ({@link NotHandledReason#NOT_READY NOT_READY}) or with a full queue
     * ({@link NotHandledReason#TOO_BUSY TOO_BUSY}) does. A well-behaved client retries the same
     * operation. Replaces an earlier {@code notHandled} plan; a count of 0 cancels it.
     *
     * @param reason NOT_READY or TOO_BUSY; for NOT_MASTER use {@link #notMaster}
     * @param count  how many requests to refuse, 0 or more
     * @throws IllegalArgumentException for another reason or a negative count
     */
    public void notHandled(NotHandledReason reason, int count) {
        Objects.requireNonNull(reason, "reason");
        if (reason != NotHandledReason.NOT_READY && reason != NotHandledReason.TOO_BUSY) {
            throw new IllegalArgumentException("reason must be NOT_READY or TOO_BUSY, was " + reason
                    + (reason == NotHandledReason.NOT_MASTER ? " (use notMaster(master, count))" : ""));
        }
        injector.notHandled(reason, checkCount(count));
    }

    /**
     * Answers the next {@code count} requests that a real non-master node refuses with
     * {@code NotHandled(NOT_MASTER)} and a MasterInfo naming {@code master} as the external TCP
     * address and port (external HTTP: the same host, port 2113; no secure TCP). Those
     * requests are (PROTOCOL.md §4.13) writes, deletes and transaction steps with
     * {@code requireMaster}, reads with {@code requireMaster}, and the persistent-subscription
     * create, update, delete and connect. Other requests are served as usual and do not use up
     * the count, as a real slave serves reads locally and forwards writes without
     * {@code requireMaster}. A well-behaved client reconnects to {@code master} and retries.
     * Replaces an earlier {@code notMaster} plan; a count of 0 cancels it.
     *
     * @param master where the client is told the master is; it need not be running
     * @param count  how many requests to refuse, 0 or more
     * @throws IllegalArgumentException for a negative count
     */
    public void notMaster(Endpoint master, int count) {
        Objects.requireNonNull(master, "master");
        injector.notMaster(master.host(), master.port(), checkCount(count));
    }

    /**
     * While {@code on}, the store silently stops pushing events (StreamEventAppeared) to the
     * volatile and catch-up subscriptions of every connection: subscriptions are still
     * confirmed and every other request is answered, so only a client that watches for silence
     * notices. This reproduces a real-server failure where a subscription goes quiet. Events
     * committed meanwhile are lost to those subscriptions, not replayed when switched off;
     * later events arrive again. Persistent-subscription deliveries are not affected.
     */
    public void dropSubscriptionPushes(boolean on) {
        injector.dropSubscriptionPushes(on);
    }

    /**
     * How many NotHandled answers the faults have sent, from both {@link #notHandled} and
     * {@link #notMaster}, since the store started or {@link #clear()} was last called.
     */
    public int notHandledSent() {
        return injector.notHandledSent();
    }

    /** Back to normal: no refusals pending, pushes flow, and {@link #notHandledSent()} is 0 again. */
    public void clear() {
        injector.clear();
    }

    private static int checkCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, was " + count);
        }
        return count;
    }
}
