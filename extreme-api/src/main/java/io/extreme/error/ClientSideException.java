package io.extreme.error;

/**
 * The group of failures the client decides on its own, with no word from the server: it cannot
 * be set up as asked ({@link ConfigurationException}), its own limits refused or ended a call
 * ({@link OperationQueueFullException}, {@link OperationTimeoutException}). Misuse or a limit
 * of this process, to fix in the settings or in the calling code.
 */
public abstract class ClientSideException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    protected ClientSideException(String message) {
        super(message);
    }

    protected ClientSideException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A subclass copies itself as its own class, so a catch of the subclass still matches. */
    @Override
    public abstract ClientSideException copy();
}
