package io.extreme.internal.operation;

import io.extreme.error.ExtremeException;
import io.extreme.spi.message.Message;

/** The error for a reply an operation did not expect: a protocol mismatch, not a user error. */
final class Unexpected {
    private Unexpected() {
    }

    static ExtremeException reply(Message reply, Operation<?> operation) {
        return new ExtremeException("Unexpected reply " + reply.getClass().getSimpleName() + " to " + operation.describe());
    }
}
