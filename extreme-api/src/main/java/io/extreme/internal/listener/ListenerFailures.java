package io.extreme.internal.listener;

import io.extreme.error.AccessDeniedException;
import io.extreme.error.ExtremeException;
import io.extreme.error.StreamDeletedException;
import io.extreme.subscription.DropReason;

/** Turns a subscription's drop into the exception a listener stops with. */
public final class ListenerFailures {
    private ListenerFailures() {
    }

    public static Throwable of(String stream, DropReason reason, Throwable cause) {
        return switch (reason) {
            // The handler's own exception, as it threw it, so callers can catch what they know.
            case HANDLER_ERROR -> cause != null ? cause : new ExtremeException("The handler of " + stream + " failed.");
            case STREAM_DELETED -> cause instanceof StreamDeletedException ? cause : new StreamDeletedException(stream);
            case ACCESS_DENIED -> cause instanceof AccessDeniedException ? cause
                    : new AccessDeniedException("Access to '" + stream + "' denied.");
            default -> cause != null ? cause
                    : new ExtremeException("The subscription to '" + stream + "' ended: " + reason + ".");
        };
    }
}
