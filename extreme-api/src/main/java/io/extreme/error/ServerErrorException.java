package io.extreme.error;

/**
 * The server failed while handling a request; the message is its own text.
 */
public class ServerErrorException extends ServerRefusalException {
    private static final long serialVersionUID = 1L;

    public ServerErrorException(String message) {
        super(message);
    }

    public ServerErrorException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ServerErrorException copy() {
        return new ServerErrorException(getMessage(), this);
    }
}
