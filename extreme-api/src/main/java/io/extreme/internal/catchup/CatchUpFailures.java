package io.extreme.internal.catchup;

import io.extreme.error.AccessDeniedException;
import io.extreme.error.ClientClosedException;
import io.extreme.error.ConnectionClosedException;
import io.extreme.error.ExtremeException;
import io.extreme.error.NotHandledException;
import io.extreme.error.OperationQueueFullException;
import io.extreme.error.OperationTimeoutException;
import io.extreme.error.StreamDeletedException;
import io.extreme.subscription.DropReason;
import java.util.concurrent.CompletionException;

/**
 * What a failed read or subscribe means to a catch-up subscription: the drop reason it ends
 * with, or that it is only the connection's trouble and worth trying again.
 */
final class CatchUpFailures {
    private CatchUpFailures() {
    }

    static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    static DropReason reasonOf(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof AccessDeniedException) {
            return DropReason.ACCESS_DENIED;
        }
        if (cause instanceof StreamDeletedException) {
            return DropReason.STREAM_DELETED;
        }
        if (cause instanceof ConnectionClosedException) {
            return DropReason.CONNECTION_CLOSED;
        }
        return DropReason.SERVER_ERROR;
    }

    /**
     * Whether the failure comes from the connection, not from the stream: the engine ran out of
     * retries while disconnected, or the request waited for a connection longer than the
     * operation timeout, or the node was not ready (a cluster electing its master) or too busy
     * for longer than the retries lasted, or the queue was full (the client's own reads are
     * admitted past it; this is the second line of defence). All pass; while the client is not closed, the catch-up
     * tries again instead of ending.
     */
    static boolean isTransient(DropReason reason, Throwable error) {
        Throwable cause = error == null ? null : unwrap(error);
        return reason == DropReason.CONNECTION_CLOSED || cause instanceof ConnectionClosedException
                || cause instanceof OperationTimeoutException || cause instanceof OperationQueueFullException
                || cause instanceof NotHandledException notHandled && notHandled.isTransient();
    }

    /** What the start of the catch-up on {@code name} fails with when it ended before its first read was answered. */
    static RuntimeException startFailure(String name, DropReason reason, Throwable cause) {
        Throwable unwrapped = cause == null ? null : unwrap(cause);
        if (unwrapped instanceof RuntimeException runtime) {
            return runtime; // the server's answer as the read got it: AccessDeniedException, StreamDeletedException...
        }
        return switch (reason) {
            case ACCESS_DENIED -> new AccessDeniedException("Access denied to the catch-up on " + name + ".");
            case STREAM_DELETED -> new StreamDeletedException(name);
            case CONNECTION_CLOSED -> new ClientClosedException("The client closed before the catch-up on " + name
                    + " read its first page.");
            default -> new ExtremeException("The catch-up on " + name + " ended before it read its first page: " + reason + ".",
                    unwrapped);
        };
    }
}
