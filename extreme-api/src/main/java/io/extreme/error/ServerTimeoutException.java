package io.extreme.error;

/**
 * The server timed out inside a write (prepare, commit or forward to the master) and the retries ran out. The write may or may not have happened: repeating it with the same event ids is safe.
 */
public class ServerTimeoutException extends ServerRefusalException {
    private static final long serialVersionUID = 1L;

    public ServerTimeoutException(String message) {
        super(message);
    }

    public ServerTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ServerTimeoutException copy() {
        return new ServerTimeoutException(getMessage(), this);
    }
}
