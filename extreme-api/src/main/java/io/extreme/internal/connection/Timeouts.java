package io.extreme.internal.connection;

import io.extreme.Endpoint;
import io.extreme.error.OperationTimeoutException;
import io.extreme.internal.operation.Operation;
import java.util.concurrent.TimeUnit;

/**
 * What a call whose time ran out fails with: which limit it was (the attempt's timeout, the settings'
 * or its own, or the call's deadline) and what the call was waiting for then.
 */
final class Timeouts {
    private Timeouts() {
    }

    /** Sent, and no answer came in time. */
    static OperationTimeoutException unanswered(Operation<?> operation, Endpoint node, long timeoutNanos, long now) {
        if (operation.limits.pastDeadline(now)) {
            return pastDeadline(operation, "no answer from " + node);
        }
        return new OperationTimeoutException("No answer from " + node + " to " + operation.describe() + " within "
                + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms.");
    }

    /** Never sent: no connection came in time. */
    static OperationTimeoutException unsent(Operation<?> operation, long timeoutNanos, long now) {
        if (operation.limits.pastDeadline(now)) {
            return pastDeadline(operation, "no connection to EventStore");
        }
        return new OperationTimeoutException("Could not " + operation.describe() + ": no connection to EventStore within "
                + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms.");
    }

    /** The call's own deadline passed while it was {@code state}. */
    static OperationTimeoutException pastDeadline(Operation<?> operation, String state) {
        return new OperationTimeoutException("The " + operation.describe() + " did not finish before its deadline (" + state
                + " when it passed).");
    }
}
