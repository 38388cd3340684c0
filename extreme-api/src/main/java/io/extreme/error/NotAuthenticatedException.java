package io.extreme.error;

/**
 * The server refused the credentials (wrong login or password).
 */
public class NotAuthenticatedException extends ServerRefusalException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String message) {
        super(message);
    }

    public NotAuthenticatedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public NotAuthenticatedException copy() {
        return new NotAuthenticatedException(getMessage(), this);
    }
}
