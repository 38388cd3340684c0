package io.extreme.internal;

/** An operation sent on the current connection, with the time its answer is due. */
final class InFlight {
    final Operation<?> operation;
    final long deadlineNanos;

    InFlight(Operation<?> operation, long deadlineNanos) {
        this.operation = operation;
        this.deadlineNanos = deadlineNanos;
    }
}
