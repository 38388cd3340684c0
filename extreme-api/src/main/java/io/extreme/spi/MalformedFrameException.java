package io.extreme.spi;

import io.extreme.error.ExtremeException;

/**
 * A frame or payload that does not follow the protocol: a bad length, a header too short, an
 * authentication section that overruns the package, or a payload that does not decode as the
 * command's message. A server answers it with BadRequest; a client closes the connection.
 */
public class MalformedFrameException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    public MalformedFrameException(String message) {
        super(message);
    }

    public MalformedFrameException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public MalformedFrameException copy() {
        return new MalformedFrameException(getMessage(), this);
    }
}
