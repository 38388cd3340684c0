package io.extreme.error;

import java.util.Objects;

/**
 * A node did not handle the request (not ready, too busy, not the master) and the retries ran
 * out. {@link #reason()} says which: during a cluster's election every node is {@link
 * Reason#NOT_READY} for a second or two, so that one is worth trying again later.
 */
public class NotHandledException extends ServerRefusalException {
    private static final long serialVersionUID = 1L;

    /** Why the node did not handle the request. */
    public enum Reason {
        /** The node is starting, or its cluster is electing a master. */
        NOT_READY,
        /** The node's queues are full. */
        TOO_BUSY,
        /** The request needs the master and this node is not it. */
        NOT_MASTER,
        /** The node is a read-only replica (20.x) and the request writes. */
        IS_READ_ONLY,
        /** A reason this client does not know. */
        UNKNOWN
    }

    private final Reason reason;

    public NotHandledException(String message) {
        this(message, Reason.UNKNOWN);
    }

    public NotHandledException(String message, Throwable cause) {
        super(message, cause);
        this.reason = Reason.UNKNOWN;
    }

    public NotHandledException(String message, Reason reason) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the node did not handle the request. */
    public Reason reason() {
        return reason;
    }

    /** True for the reasons that pass by themselves: not ready, too busy, not the master. */
    public boolean isTransient() {
        return reason == Reason.NOT_READY || reason == Reason.TOO_BUSY || reason == Reason.NOT_MASTER;
    }

    /** The copy {@link #copy()} makes: the same fields and message, this as its cause. */
    private NotHandledException(NotHandledException original) {
        super(original.getMessage(), original);
        this.reason = original.reason;
    }

    @Override
    public NotHandledException copy() {
        return new NotHandledException(this);
    }
}
