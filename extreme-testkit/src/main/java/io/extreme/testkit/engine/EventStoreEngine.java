package io.extreme.testkit.engine;

import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.DeletePersistentSubscription;
import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.PersistentSubscriptionAckEvents;
import io.extreme.spi.message.PersistentSubscriptionNakEvents;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.TransactionCommit;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionWrite;
import io.extreme.spi.message.UnsubscribeFromStream;
import io.extreme.spi.message.UpdatePersistentSubscription;
import io.extreme.spi.message.WriteEvents;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An EventStore in memory: takes the protocol-neutral requests and answers them as a real
 * EventStore 4.1.4 answers over TCP (PROTOCOL.md §3, §4, §12.1), or as 3.9.3 does for a session
 * whose {@link EngineSession#generation()} says so (see {@link ServerGeneration}), for writes, deletes,
 * transactions, reads of streams and of {@code $all}, volatile subscriptions and persistent
 * subscriptions (competing consumers, whose message timeouts a daemon ticker checks on the
 * engine's clock, see {@link #retryTimedOutMessages}). Connections,
 * framing, heartbeats and authentication of frames are the caller's: it passes the principal
 * it authenticated with {@link #authenticate}.
 *
 * <p>Thread-safe: one lock serialises every request, which also gives the log a single order.
 * Replies and subscription pushes go out through {@link EngineSession#send} while the lock is
 * held, so sessions must only queue them.
 */
public final class EventStoreEngine {
    private final Object lock = new Object();
    private final WriteRequests writes;
    private final TransactionRequests transactions;
    private final StreamReads streamReads;
    private final AllReads allReads;
    private final Subscriptions subscriptions;
    private final PersistentSubscriptions persistentSubscriptions;
    private final NodeStats nodeStats;
    private boolean tickerStarted;

    /** An empty store on the system UTC clock. */
    public EventStoreEngine() {
        this(Clock.systemUTC());
    }

    /** An empty store on {@code clock}, which dates events and decides what {@code $maxAge} hides. */
    public EventStoreEngine(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        TransactionLog log = new TransactionLog();
        StreamIndex index = new StreamIndex();
        AccessChecker access = new AccessChecker(index);
        subscriptions = new Subscriptions(index, log, access);
        StorageWriter writer = new StorageWriter(log, index, clock, this::eventCommitted);
        EventLookup lookup = new EventLookup(index, clock);
        LinkResolver links = new LinkResolver(lookup, access);
        subscriptions.useLinkResolver(links);
        writes = new WriteRequests(index, access, writer);
        transactions = new TransactionRequests(index, access, writer, writes);
        streamReads = new StreamReads(index, log, access, lookup, links);
        allReads = new AllReads(log, access, links);
        persistentSubscriptions = new PersistentSubscriptions(index, log, access, links, writer, clock);
        nodeStats = new NodeStats(index, writer);
    }

    /** admin/changeit ($admins), ops/changeit ($ops); empty when refused. */
    public Optional<Principal> authenticate(String login, String password) {
        return Users.authenticate(login, password);
    }

    /**
     * Answers {@code request} by calling {@code session.send(correlationId, reply)} (once for plain
     * requests; a subscription also receives its pushes there later, and unsubscribing something
     * not subscribed gets no answer, as on the real server). Returns false when the message is
     * not a request the engine handles, or has arguments the server refuses to unwrap (an empty
     * stream id, expected version -3...): the caller then answers BadRequest.
     *
     * @param principal who sends it; null is taken as {@link Principal#ANONYMOUS}
     */
    public boolean handle(EngineSession session, UUID correlationId, Principal principal, Message request) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(request, "request");
        Principal who = principal == null ? Principal.ANONYMOUS : principal;
        if (!RequestValidation.isWellFormed(request)) {
            return false;
        }
        synchronized (lock) {
            if (request instanceof SubscribeToStream subscribe) {
                subscriptions.subscribe(session, correlationId, subscribe, who);
                return true;
            }
            if (request instanceof UnsubscribeFromStream) {
                if (!persistentSubscriptions.unsubscribe(session, correlationId)) {
                    subscriptions.unsubscribe(session, correlationId);
                }
                return true;
            }
            if (handlePersistent(session, correlationId, who, request)) {
                return true;
            }
            Message reply = answer(request, who, session.generation());
            if (reply == null) {
                return false;
            }
            session.send(correlationId, reply);
            return true;
        }
    }

    /** The session's connection closed: forget its subscriptions. */
    public void sessionClosed(EngineSession session) {
        synchronized (lock) {
            subscriptions.sessionClosed(session);
            persistentSubscriptions.sessionClosed(session);
        }
    }

    /**
     * Retries (or parks) the persistent subscriptions' messages whose {@code message_timeout}
     * has passed on the engine's clock. A daemon ticker calls it every 100 ms once a group
     * exists; tests on a hand-moved clock may call it right after moving the clock.
     */
    public void retryTimedOutMessages() {
        synchronized (lock) {
            persistentSubscriptions.retryTimedOutMessages();
        }
    }

    /**
     * Appends a {@code $statsCollected} event with {@code statsJson} to {@code $stats-<node>}, as a
     * real node does on its own every 30 s (PROTOCOL.md §12.1 #14), setting the stream's metadata
     * to {@code {"$maxAge":864000}} the first time. Subscribers see it like any other write.
     *
     * @param node the node's HTTP endpoint as {@code ip:port}
     * @return the statistics stream's name
     */
    public String statsCollected(String node, byte[] statsJson) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(statsJson, "statsJson");
        synchronized (lock) {
            return nodeStats.collected(node, statsJson);
        }
    }

    /** PersistentSubscriptionAckEvents frames received since the engine started: how well clients batch acks. */
    public long persistentAckFrames() {
        synchronized (lock) {
            return persistentSubscriptions.ackFrames();
        }
    }

    /** Events a persistent group pushed that no consumer acked or nacked yet; -1 when the group does not exist. */
    public int persistentOutstanding(String streamId, String groupName) {
        synchronized (lock) {
            return persistentSubscriptions.outstanding(streamId, groupName);
        }
    }

    private boolean handlePersistent(EngineSession session, UUID correlationId, Principal who, Message request) {
        if (request instanceof ConnectToPersistentSubscription connect) {
            persistentSubscriptions.connect(session, correlationId, connect, who);
        } else if (request instanceof PersistentSubscriptionAckEvents ack) {
            persistentSubscriptions.ack(session, correlationId, ack);
        } else if (request instanceof PersistentSubscriptionNakEvents nak) {
            persistentSubscriptions.nak(session, correlationId, nak);
        } else if (request instanceof CreatePersistentSubscription create) {
            session.send(correlationId, persistentSubscriptions.create(create, who));
            if (!tickerStarted && persistentSubscriptions.hasGroups()) {
                tickerStarted = true;
                MessageTimeoutTicker.start(this);
            }
        } else if (request instanceof UpdatePersistentSubscription update) {
            session.send(correlationId, persistentSubscriptions.update(update, who));
        } else if (request instanceof DeletePersistentSubscription delete) {
            session.send(correlationId, persistentSubscriptions.delete(delete, who));
        } else {
            return false;
        }
        return true;
    }

    /** Every committed event goes to the volatile subscriptions, then to the persistent groups. */
    private void eventCommitted(StoredEvent event) {
        subscriptions.eventCommitted(event);
        persistentSubscriptions.eventCommitted(event);
    }

    private Message answer(Message request, Principal principal, ServerGeneration generation) {
        if (request instanceof WriteEvents write) {
            return writes.write(write, principal, generation);
        }
        if (request instanceof DeleteStream delete) {
            return writes.delete(delete, principal, generation);
        }
        if (request instanceof ReadEvent read) {
            return streamReads.readEvent(read, principal);
        }
        if (request instanceof ReadStreamEvents read) {
            return streamReads.readStream(read, principal);
        }
        if (request instanceof ReadAllEvents read) {
            return allReads.read(read, principal, generation);
        }
        if (request instanceof TransactionStart start) {
            return transactions.start(start, principal);
        }
        if (request instanceof TransactionWrite write) {
            return transactions.write(write, principal);
        }
        if (request instanceof TransactionCommit commit) {
            return transactions.commit(commit, principal);
        }
        return null;
    }
}
