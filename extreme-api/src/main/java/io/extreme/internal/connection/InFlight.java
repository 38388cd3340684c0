package io.extreme.internal.connection;

import io.extreme.internal.operation.Operation;

/** An operation sent on the current connection, with the time its answer is due. */
final class InFlight {
    final Operation<?> operation;
    final long deadlineNanos;

    InFlight(Operation<?> operation, long deadlineNanos) {
        this.operation = operation;
        this.deadlineNanos = deadlineNanos;
    }
}
