package io.extreme.error;

/**
 * The server refused the operation to this user (the stream's ACL, or a system stream).
 */
public class AccessDeniedException extends ServerRefusalException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    public AccessDeniedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public AccessDeniedException copy() {
        return new AccessDeniedException(getMessage(), this);
    }
}
