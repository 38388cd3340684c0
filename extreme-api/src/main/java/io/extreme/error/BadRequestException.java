package io.extreme.error;

/**
 * The server could not understand a request (BadRequest); the message is its own text.
 */
public class BadRequestException extends ServerRefusalException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }

    public BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public BadRequestException copy() {
        return new BadRequestException(getMessage(), this);
    }
}
