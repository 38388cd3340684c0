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
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults one {@link SessionHost} is told to make, consulted by every {@link ConnectionSession}
 * of it: which requests to refuse with NotHandled instead of handing them to the engine, and
 * whether to swallow volatile subscription pushes. The user-facing face of it is
 * {@code io.extreme.testkit.ServerFaults}. Besides those one-off faults it may hold a standing
 * {@link Role}: the node's place in a simulated cluster (master, replica of another node, or
 * waiting for an election) and whether the node is frozen.
 *
 * <p>Threads: safe from any thread. {@link #refusal} runs on connection reader threads and takes
 * a short lock so that two connections never use up the same planned refusal;
 * {@link #dropsPush} runs under the engine's lock and only reads a volatile.
 */
public final class FaultInjector {
    /** A real node's external HTTP port; the MasterInfo of a NotMaster names it next to the TCP one. */
    static final int MASTER_HTTP_PORT = 2113;

    private final AtomicInteger notHandledSent = new AtomicInteger();
    private final Map<NotHandledReason, AtomicInteger> sentByReason = new EnumMap<>(NotHandledReason.class);
    private volatile boolean dropPushes;
    private volatile Role role;
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

    public FaultInjector() {
        for (NotHandledReason reason : NotHandledReason.values()) {
            sentByReason.put(reason, new AtomicInteger());
        }
    }

    /**
     * Gives the node a standing role in a cluster, asked on every request a master must answer;
     * {@code null}, the default, is a standalone store that serves everything. Unlike the one-off
     * faults it outlives {@link #clear()}.
     */
    public void role(Role value) {
        role = value;
    }

    /** True while the node's role says it is frozen: its sessions neither read nor write anything. */
    public boolean frozen() {
        Role current = role;
        return current != null && current.frozen();
    }

    public int notHandledSent() {
        return notHandledSent.get();
    }

    /** How many NotHandled answers with {@code reason} were sent, one-off faults and role alike. */
    public int notHandledSent(NotHandledReason reason) {
        return sentByReason.get(reason).get();
    }

    /** No refusals planned, pushes flow, and the counts of NotHandled answers start again from 0; the role stays. */
    public synchronized void clear() {
        plannedReason = null;
        plannedCount = 0;
        master = null;
        notMasterCount = 0;
        dropPushes = false;
        notHandledSent.set(0);
        sentByReason.values().forEach(count -> count.set(0));
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
        } else {
            answer = roleRefusal(request);
        }
        if (answer != null) {
            notHandledSent.incrementAndGet();
            sentByReason.get(answer.reason()).incrementAndGet();
            Role current = role;
            if (current != null) {
                current.refused(answer.reason());
            }
        }
        return answer;
    }

    /**
     * PROTOCOL.md §4.13: without a master every request that must reach one is NotReady, even a
     * write a replica would forward; a replica names the master to what it may not serve itself.
     */
    private NotHandled roleRefusal(Message request) {
        Role current = role;
        if (current == null) {
            return null;
        }
        Standing standing = current.standing();
        if (standing.electing()) {
            return needsMaster(request) || isWrite(request) ? new NotHandled(NotHandledReason.NOT_READY, null) : null;
        }
        if (standing.master() != null && needsMaster(request)) {
            return new NotHandled(NotHandledReason.NOT_MASTER, standing.master());
        }
        return null;
    }

    /** True when {@code message}, on its way to a client, is a volatile push that must be lost. */
    boolean dropsPush(Message message) {
        return (dropPushes && message instanceof StreamEventAppeared) || frozen();
    }

    /** Writes, deletes and transaction steps: a replica forwards them, so they need a master to exist. */
    private static boolean isWrite(Message request) {
        return request instanceof WriteEvents || request instanceof DeleteStream
                || request instanceof TransactionStart || request instanceof TransactionWrite
                || request instanceof TransactionCommit;
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

    /**
     * A node's standing role in a simulated cluster. Threads: asked on connection reader threads
     * and under the engine's lock, so every method must only read (volatile) state and return.
     */
    public interface Role {
        /** Where the node stands now. */
        Standing standing();

        /** True while the node is frozen: it reads nothing, answers nothing and pushes nothing. */
        boolean frozen();

        /** Told of every NotHandled the node sends, whatever made it; for counters. */
        default void refused(NotHandledReason reason) {
        }
    }

    /**
     * Where a node stands: master ({@code master} null, not electing), replica of the master
     * {@code master} names, or waiting for an election ({@code electing}).
     */
    public record Standing(MasterInfo master, boolean electing) {
        /** The node is master and serves everything. */
        public static final Standing MASTER = new Standing(null, false);
        /** There is no master: what needs one is refused with NotReady. */
        public static final Standing ELECTING = new Standing(null, true);

        /** A replica: what only a master serves is refused with NotMaster naming {@code master}. */
        public static Standing replicaOf(MasterInfo master) {
            if (master == null) {
                throw new IllegalArgumentException("master must not be null for a replica");
            }
            return new Standing(master, false);
        }
    }
}
