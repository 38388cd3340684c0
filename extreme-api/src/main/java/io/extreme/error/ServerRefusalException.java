package io.extreme.error;

/**
 * The group of answers where the server refused or failed a request that reached it: access
 * denied, bad credentials, a request it could not understand or did not handle, its own errors
 * and timeouts. The message carries the server's own words where it gave any.
 */
public abstract class ServerRefusalException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    protected ServerRefusalException(String message) {
        super(message);
    }

    protected ServerRefusalException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A subclass copies itself as its own class, so a catch of the subclass still matches. */
    @Override
    public abstract ServerRefusalException copy();
}
