package io.extreme.internal.connection;

import io.extreme.internal.operation.Operation;

/**
 * An operation sent on the current connection, with the time its answer is due; {@code custom}
 * when the call set its own limits, so that its due time may come before an earlier one's.
 */
final class InFlight {
    final Operation<?> operation;
    final long deadlineNanos;
    final boolean custom;

    InFlight(Operation<?> operation, long deadlineNanos) {
        this.operation = operation;
        this.deadlineNanos = deadlineNanos;
        this.custom = !operation.limits.isNone();
    }
}
