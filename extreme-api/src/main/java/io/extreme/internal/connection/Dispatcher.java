package io.extreme.internal.connection;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.error.ConnectionLostException;
import io.extreme.error.NotHandledException;
import io.extreme.error.OperationTimeoutException;
import io.extreme.internal.operation.Operation;
import io.extreme.internal.operation.Outcome;
import io.extreme.internal.operation.RawOperation;
import io.extreme.internal.operation.Replies;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.spi.Frame;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.message.Message;
import io.extreme.subscription.DropReason;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations side of the engine: admits operations against the queue limit, sends them
 * while the connection is ready and below the in-flight limit, routes each answer to its
 * operation or subscription, and decides retries (now, after the retry delay, or on the master
 * a NotMaster named). Engine thread only, except {@link #admit}.
 *
 * <p>Operations go only while the connection is writable: past the transport's high water they
 * wait with the parked ones (bounded by {@code maxQueueSize}) and go on {@code onWritable}. Small
 * frames of the engine's own (acks, unsubscribes, heartbeats) go regardless.
 */
final class Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    /** What the dispatcher needs of the connection the engine holds. */
    interface Wire {
        /** The open, ready connection, or {@code null} while (re)connecting. */
        TransportConnection ready();

        /** Whether operations may go: ready, and the transport's outbound queue below its high water. */
        default boolean canSend() {
            TransportConnection connection = ready();
            return connection != null && connection.isWritable();
        }

        /** The node connected to (or last connected to), for messages. */
        Endpoint node();

        /** Lets the connection go because of {@code cause}; the engine reconnects. */
        void drop(Throwable cause);

        /** Reconnects to {@code master} and sends the parked operations there. */
        void redirect(Endpoint master, Throwable cause);
    }

    private final ExtremeSettings settings;
    private final ProtocolCodec codec;
    private final Executor callbacks;
    private final ScheduledExecutorService loop;
    private final Wire wire;
    private final String name;
    final OperationTable operations;
    final LiveSubscriptions subscriptions;
    private final QueueLimit queue;
    private final StrayFrames strays;
    private final Cancellations cancellations;
    private final BurstFlush burst;

    Dispatcher(ExtremeSettings settings, ProtocolCodec codec, Executor callbacks, ScheduledExecutorService loop, Wire wire) {
        this.settings = settings;
        this.codec = codec;
        this.callbacks = callbacks;
        this.loop = loop;
        this.wire = wire;
        this.name = settings.connectionName();
        this.operations = new OperationTable(settings.operationTimeout().toNanos());
        this.subscriptions = new LiveSubscriptions(codec, name, subscription -> {
            operations.park(subscription, System.nanoTime());
            drain();
        });
        this.queue = new QueueLimit(settings);
        this.strays = new StrayFrames(codec, name);
        this.cancellations = new Cancellations(operations, subscriptions, queue, callbacks);
        this.burst = new BurstFlush(loop);
    }

    /** Counts {@code operation} against the queue limit; false (and failed) when the queue is full. Any thread. */
    boolean admit(Operation<?> operation) {
        if (!queue.enter(operation)) {
            fail(operation, queue.full(operation));
            return false;
        }
        return true;
    }

    /** Sends an admitted operation now, or parks it behind those already waiting. */
    void accept(Operation<?> operation) {
        if (wire.canSend() && !operations.hasParked()
                && operations.inFlightCount() < settings.maxConcurrentOperations()) {
            send(operation);
        } else {
            operations.park(operation, System.nanoTime());
        }
    }

    /** Sends parked operations while connected and below the in-flight limit. */
    void drain() {
        Operation<?> parked;
        while (wire.canSend() && operations.inFlightCount() < settings.maxConcurrentOperations()
                && (parked = operations.nextParked()) != null) {
            send(parked);
        }
    }

    private void send(Operation<?> operation) {
        queue.leave(operation);
        UUID id = CorrelationIds.next();
        Frame frame;
        try {
            frame = operation instanceof RawOperation raw ? raw.frame(id)
                    : codec.encode(id, operation.credentials, operation.request());
        } catch (RuntimeException e) {
            fail(operation, e);
            return;
        }
        if (operation instanceof SubscribeOperation subscription) {
            if (subscription.cancelled) {
                subscription.feed.dropped(DropReason.UNSUBSCRIBED, null);
                return;
            }
            subscription.correlationId = id;
        }
        operation.attempts++;
        boolean answered = !(operation instanceof RawOperation raw) || raw.expectsReply();
        if (answered) {
            operations.sent(id, operation, System.nanoTime());
        }
        try {
            burst.write(wire.ready(), frame);
        } catch (RuntimeException refused) {
            operations.answered(id);
            fail(operation, refused);
            return;
        }
        if (!answered) {
            complete(operation, null);
        }
    }

    /**
     * A frame that is not the handshake's nor a heartbeat. One the client cannot read (an unknown
     * command, a payload that does not decode) costs the connection: after it nothing on the
     * stream can be trusted. The operation it answered is asked again on the next connection.
     */
    void received(Frame frame) {
        Operation<?> taken = null;
        try {
            if (!TcpCommand.isKnown(frame.command()) && !(operations.peek(frame.correlationId()) instanceof RawOperation)) {
                throw new MalformedFrameException("The server sent an unknown command " + frame.commandName() + ".");
            }
            if (subscriptions.route(frame.correlationId(), frame)) {
                return;
            }
            Operation<?> operation = operations.answered(frame.correlationId());
            taken = operation;
            if (operation instanceof SubscribeOperation subscription && frame.command() != TcpCommand.NOT_HANDLED) {
                subscriptions.answered(subscription, frame, wire.ready()::send);
            } else if (operation != null) {
                // NotHandled too for a subscribe: asked again later (an election) or on the master.
                answer(operation, frame);
            } else {
                strays.received(frame, wire.ready());
            }
            taken = null;
        } catch (RuntimeException unreadable) {
            // A codec throws MalformedFrameException for what does not decode; anything else it
            // throws on a server's bytes is the same news: this stream cannot be read any more.
            MalformedFrameException e = unreadable instanceof MalformedFrameException m ? m
                    : new MalformedFrameException("Could not read " + frame.commandName() + ": " + unreadable, unreadable);
            if (taken != null) {
                operations.park(taken, System.nanoTime());
            }
            log.error("[{}] {} sent a frame the client cannot read ({}): {}; reconnecting", name, wire.node(),
                    frame.commandName(), e.getMessage());
            wire.drop(e);
            return;
        }
        drain();
    }

    private void answer(Operation<?> operation, Frame frame) {
        Outcome<?> outcome = Replies.outcome(operation, frame, codec, wire.node());
        if (outcome.isRetry()) {
            retry(operation, outcome);
        } else if (outcome.failure != null) {
            fail(operation, outcome.failure);
        } else {
            complete(operation, outcome.value);
        }
    }

    private void retry(Operation<?> operation, Outcome<?> outcome) {
        if (operation.attempts > settings.maxOperationRetries()) {
            fail(operation, outcome.whenExhausted);
            return;
        }
        log.debug("[{}] retrying {} ({}), attempt {}", name, operation.describe(), outcome.retryReason, operation.attempts + 1);
        if (outcome.redirect != null) {
            operations.park(operation, System.nanoTime());
            wire.redirect(outcome.redirect, new NotHandledException("Node " + wire.node()
                    + " is not the master; the master is at " + outcome.redirect + ".", NotHandledException.Reason.NOT_MASTER));
        } else if (outcome.later) {
            operations.delay(operation);
            loop.schedule(() -> {
                if (operations.undelay(operation)) {
                    operations.park(operation, System.nanoTime());
                    drain();
                }
            }, ReconnectPolicy.laterPause(settings.retryDelay(), operation.attempts), TimeUnit.MILLISECONDS);
        } else {
            operations.park(operation, System.nanoTime());
        }
    }

    /**
     * The connection is gone: live subscriptions end or wait to resume, and what was in flight is
     * parked to be sent again, unless it has no retries left.
     */
    void connectionLost(Endpoint node, Throwable cause) {
        strays.connectionLost();
        List<SubscribeOperation> resume = subscriptions.connectionLost(
                new ConnectionLostException("The connection to " + node + " closed.", cause));
        for (Operation<?> operation : operations.takeAll(false)) {
            if (operation.attempts > settings.maxOperationRetries()) {
                fail(operation, new ConnectionLostException("Connection to " + node + " lost during "
                        + operation.describe() + " and no retries are left.", cause));
            } else {
                operations.park(operation, System.nanoTime());
            }
        }
        for (SubscribeOperation subscription : resume) {
            operations.park(subscription, System.nanoTime());
        }
    }

    /** Fails the operations whose time is up, sent or waiting. */
    void expire(long now) {
        operations.expireSent(now, operation -> fail(operation, Timeouts.unanswered(operation, wire.node(),
                operations.timeoutNanos(operation), now)));
        operations.expireParked(now, operation -> fail(operation, Timeouts.unsent(operation, operations.timeoutNanos(operation), now)));
        operations.expireDelayed(now, operation -> fail(operation, Timeouts.pastDeadline(operation, "the server was not ready")));
        drain();
    }

    /** The client is closing: every subscription and operation ends with {@code reason}. */
    void closeAll(RuntimeException reason) {
        subscriptions.dropAll(reason);
        for (Operation<?> operation : operations.takeAll(true)) {
            fail(operation, reason);
        }
    }

    /** Sends {@code message} under a live subscription's correlation id (acks, naks); nothing when it is not live. */
    void sendOnSubscription(SubscribeOperation subscription, Message message) {
        subscriptions.send(subscription, message, wire.ready());
    }

    /** Ends {@code subscription} at the user's request: the server confirms, or it ends here at once. */
    void unsubscribe(SubscribeOperation subscription) {
        cancellations.unsubscribe(subscription, wire.ready());
    }

    /** Withdraws {@code operation}, whose future the user cancelled; what waited behind it may go. */
    void cancel(Operation<?> operation) {
        cancellations.cancel(operation, wire.ready());
        drain();
    }

    void complete(Operation<?> operation, Object value) {
        queue.leave(operation);
        operation.complete(callbacks, value);
    }

    void fail(Operation<?> operation, Throwable error) {
        queue.leave(operation);
        operation.fail(callbacks, error);
    }
}
