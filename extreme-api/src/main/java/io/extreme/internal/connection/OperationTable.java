package io.extreme.internal.connection;

import io.extreme.internal.operation.Operation;
import io.extreme.internal.subscription.SubscribeOperation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The operations of one client: those sent on the current connection, by correlation id, and
 * those waiting for a connection. Engine thread only.
 */
final class OperationTable {
    private final Map<UUID, InFlight> inFlight = new LinkedHashMap<>();
    private final ArrayDeque<Operation<?>> waiting = new ArrayDeque<>();
    /** Operations between a NotReady/TooBusy answer and their retry, which a timer will send. */
    private final Set<Operation<?>> delayed = new LinkedHashSet<>();
    private final long timeoutNanos;
    /** How many in-flight operations set their own limits; while none, due times grow in send order. */
    private int custom;

    OperationTable(long timeoutNanos) {
        this.timeoutNanos = timeoutNanos;
    }

    /** Records {@code operation} as sent under {@code id}; its answer is due one timeout from now. */
    void sent(UUID id, Operation<?> operation, long now) {
        InFlight sent = new InFlight(operation, operation.limits.dueNanos(now, timeoutNanos));
        if (sent.custom) {
            custom++;
        }
        operation.correlationId = id;
        inFlight.put(id, sent);
    }

    /**
     * Takes {@code operation} out wherever it is, waiting, delayed or sent (then a late answer
     * finds no one); false when it is none of these (answered, failed, expired).
     */
    boolean withdraw(Operation<?> operation) {
        if (waiting.remove(operation) || delayed.remove(operation)) {
            return true;
        }
        InFlight sent = operation.correlationId == null ? null : inFlight.get(operation.correlationId);
        if (sent == null || sent.operation != operation) {
            return false;
        }
        removed(inFlight.remove(operation.correlationId));
        return true;
    }

    /** Each attempt's timeout of {@code operation}, in nanoseconds. */
    long timeoutNanos(Operation<?> operation) {
        return operation.limits.timeoutNanos(timeoutNanos);
    }

    private InFlight removed(InFlight sent) {
        if (sent != null && sent.custom) {
            custom--;
        }
        return sent;
    }

    /** The operation sent under {@code id}, removed; {@code null} when there is none. */
    Operation<?> answered(UUID id) {
        InFlight sent = removed(inFlight.remove(id));
        return sent == null ? null : sent.operation;
    }

    /** The operation sent under {@code id}, left in place; {@code null} when there is none. */
    Operation<?> peek(UUID id) {
        InFlight sent = inFlight.get(id);
        return sent == null ? null : sent.operation;
    }

    /** How many operations await their answer. */
    int inFlightCount() {
        return inFlight.size();
    }

    /** Whether any operation waits to be sent. */
    boolean hasParked() {
        return !waiting.isEmpty();
    }

    /** Holds {@code operation} until its retry timer fires. */
    void delay(Operation<?> operation) {
        delayed.add(operation);
    }

    /** Ends the delay of {@code operation}; false when it was taken meanwhile (the client closed). */
    boolean undelay(Operation<?> operation) {
        return delayed.remove(operation);
    }

    /** Whether an operation was sent under {@code id} and awaits its answer. */
    boolean isSent(UUID id) {
        return inFlight.containsKey(id);
    }

    /** Parks {@code operation} until there is a connection. */
    void park(Operation<?> operation, long now) {
        operation.queuedAtNanos = now;
        waiting.add(operation);
    }

    /** The next parked operation, or {@code null}. */
    Operation<?> nextParked() {
        return waiting.poll();
    }

    /**
     * Every operation sent on a connection that is gone, in the order sent, then the parked ones;
     * all removed. With {@code withDelayed}, also those waiting for a retry timer.
     */
    List<Operation<?>> takeAll(boolean withDelayed) {
        List<Operation<?>> all = new ArrayList<>(inFlight.size() + waiting.size() + delayed.size());
        for (InFlight sent : inFlight.values()) {
            all.add(sent.operation);
        }
        inFlight.clear();
        custom = 0;
        all.addAll(waiting);
        waiting.clear();
        if (withDelayed) {
            all.addAll(delayed);
            delayed.clear();
        }
        return all;
    }

    /** Removes the sent operations whose answer is overdue and hands them to {@code expired}. */
    void expireSent(long now, Consumer<Operation<?>> expired) {
        // With the settings' timeout only, due times grow with insertion order, so the first
        // unexpired entry ends the scan; a call with its own limits may be due before older ones.
        Iterator<InFlight> it = inFlight.values().iterator();
        while (it.hasNext()) {
            InFlight sent = it.next();
            if (sent.deadlineNanos - now > 0) {
                if (custom == 0) {
                    break;
                }
                continue;
            }
            it.remove();
            removed(sent);
            expired.accept(sent.operation);
        }
    }

    /**
     * Removes the parked operations that waited too long and hands them to {@code expired}: a whole
     * timeout, or, for a call with a deadline, until the deadline. A deadline is the caller saying
     * how long the call may take in all, so waiting out an outage for a connection counts against
     * it alone; the timeout is each attempt's wait for its answer.
     */
    void expireParked(long now, Consumer<Operation<?>> expired) {
        Iterator<Operation<?>> it = waiting.iterator();
        while (it.hasNext()) {
            Operation<?> operation = it.next();
            if (operation instanceof SubscribeOperation subscription && subscription.resuming) {
                continue;
            }
            boolean overdue = operation.limits.hasDeadline() ? operation.limits.pastDeadline(now)
                    : now - operation.queuedAtNanos >= timeoutNanos(operation);
            if (overdue) {
                it.remove();
                expired.accept(operation);
            }
        }
    }

    /** Removes the operations waiting for a retry timer whose deadline passed and hands them to {@code expired}. */
    void expireDelayed(long now, Consumer<Operation<?>> expired) {
        Iterator<Operation<?>> it = delayed.iterator();
        while (it.hasNext()) {
            Operation<?> operation = it.next();
            if (operation.limits.pastDeadline(now)) {
                it.remove();
                expired.accept(operation);
            }
        }
    }
}
