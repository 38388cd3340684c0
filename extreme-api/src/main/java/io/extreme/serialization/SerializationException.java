package io.extreme.serialization;

import io.extreme.error.ExtremeException;

/**
 * A serializer could not turn an object into bytes or bytes into an object: the message names
 * the class and the reason (a class the serializer was not told about, corrupt or truncated
 * bytes, a value the format cannot hold). Thrown by {@link io.extreme.serialization.Serializer}s; a typed
 * read wraps it in an {@link io.extreme.typed.EventDecodingException} that also names the event.
 */
public class SerializationException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    public SerializationException(String message) {
        super(message);
    }

    public SerializationException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public SerializationException copy() {
        return new SerializationException(getMessage(), this);
    }
}
