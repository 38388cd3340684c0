package io.extreme.testkit.server;

import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.DeletePersistentSubscription;
import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.MasterInfo;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.TransactionCommit;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionWrite;
import io.extreme.spi.message.UpdatePersistentSubscription;
import io.extreme.spi.message.WriteEvents;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults one {@link SessionHost} is told to make, consulted by every {@link ConnectionSession}
 * of it: which requests to refuse with NotHandled instead of handing them to the engine, and
 * whether to swallow volatile subscription pushes. The user-facing face of it is
 * {@code io.extreme.testkit.ServerFaults}.
 *
 * <p>Threads: safe from any thread. {@link #refusal} runs on connection reader threads and takes
 * a short lock so that two connections never use up the same planned refusal;
 * {@link #dropsPush} runs under the engine's lock and only reads a volatile.
 */
public final class FaultInjector {
    /** A real node's external HTTP port; the MasterInfo of a NotMaster names it next to the TCP one. */
    static final int MASTER_HTTP_PORT = 2113;

    private final AtomicInteger notHandledSent = new AtomicInteger();
    private volatile boolean dropPushes;
    /** Guarded by {@code this}. */
    private NotHandledReason plannedReason;
    private int plannedCount;
    private MasterInfo master;
    private int notMasterCount;

    /** Answers the next {@code count} counted requests with NotHandled({@code reason}), replacing any earlier plan. */
    public synchronized void notHandled(NotHandledReason reason, int count) {
        plannedReason = reason;
        plannedCount = count;
    }

    /** Answers the next {@code count} requests that need a master with NotHandled(NOT_MASTER) naming it. */
    public synchronized void notMaster(String host, int port, int count) {
        master = new MasterInfo(host, port, host, MASTER_HTTP_PORT, null, null);
        notMasterCount = count;
    }

    public void dropSubscriptionPushes(boolean on) {
        dropPushes = on;
    }

    public int notHandledSent() {
        return notHandledSent.get();
    }

    /** No refusals planned, pushes flow, and the count of NotHandled answers starts again from 0. */
    public synchronized void clear() {
        plannedReason = null;
        plannedCount = 0;
        master = null;
        notMasterCount = 0;
        dropPushes = false;
        notHandledSent.set(0);
    }

    /**
     * What to answer instead of handing {@code request} to the engine, or {@code null} to handle
     * it. A node that is not ready refuses before it looks at who is master, so a planned
     * NotReady/TooBusy goes first.
     */
    synchronized NotHandled refusal(Message request) {
        if (!counts(request)) {
            return null;
        }
        NotHandled answer = null;
        if (plannedCount > 0) {
            plannedCount--;
            answer = new NotHandled(plannedReason, null);
        } else if (notMasterCount > 0 && needsMaster(request)) {
            notMasterCount--;
            answer = new NotHandled(NotHandledReason.NOT_MASTER, master);
        }
        if (answer != null) {
            notHandledSent.incrementAndGet();
        }
        return answer;
    }

    /** True when {@code message}, on its way to a client, is a volatile push that must be lost. */
    boolean dropsPush(Message message) {
        return dropPushes && message instanceof StreamEventAppeared;
    }

    /**
     * The requests a node's state decides on: unsubscribing and persistent acks/naks only touch
     * a subscription the connection already has, so a node in trouble still takes them.
     */
    private static boolean counts(Message request) {
        return request instanceof WriteEvents || request instanceof DeleteStream
                || request instanceof TransactionStart || request instanceof TransactionWrite
                || request instanceof TransactionCommit || request instanceof ReadEvent
                || request instanceof ReadStreamEvents || request instanceof ReadAllEvents
                || request instanceof SubscribeToStream || isPersistentManagement(request);
    }

    /** PROTOCOL.md §4.13: what a non-master node refuses rather than forwards or serves itself. */
    private static boolean needsMaster(Message request) {
        if (request instanceof WriteEvents write) {
            return write.requireMaster();
        }
        if (request instanceof DeleteStream delete) {
            return delete.requireMaster();
        }
        if (request instanceof TransactionStart start) {
            return start.requireMaster();
        }
        if (request instanceof TransactionWrite write) {
            return write.requireMaster();
        }
        if (request instanceof TransactionCommit commit) {
            return commit.requireMaster();
        }
        if (request instanceof ReadEvent read) {
            return read.requireMaster();
        }
        if (request instanceof ReadStreamEvents read) {
            return read.requireMaster();
        }
        if (request instanceof ReadAllEvents read) {
            return read.requireMaster();
        }
        return isPersistentManagement(request);
    }

    /** Every persistent-subscription command but ack and nak. */
    private static boolean isPersistentManagement(Message request) {
        return request instanceof CreatePersistentSubscription || request instanceof UpdatePersistentSubscription
                || request instanceof DeletePersistentSubscription || request instanceof ConnectToPersistentSubscription;
    }
}
