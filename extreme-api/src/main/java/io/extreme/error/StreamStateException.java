package io.extreme.error;

/**
 * The group of failures that depend on the state of a stream rather than on the connection or
 * the request's form: the stream is deleted or missing, an event is missing, the stream is at
 * another version than expected ({@link io.extreme.event.WrongExpectedVersionException}), or a
 * transaction on it is no longer open. Retrying the same request gives the same answer until the
 * stream changes.
 */
public abstract class StreamStateException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    protected StreamStateException(String message) {
        super(message);
    }

    protected StreamStateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A subclass copies itself as its own class, so a catch of the subclass still matches. */
    @Override
    public abstract StreamStateException copy();
}
