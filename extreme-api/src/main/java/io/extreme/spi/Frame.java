package io.extreme.spi;

import io.extreme.UserCredentials;
import java.util.Objects;
import java.util.UUID;

/**
 * One package of the EventStore TCP protocol, without its length prefix: a command byte, the
 * correlation id that ties a reply to its request, optional credentials (flag
 * {@link #FLAG_AUTHENTICATED}) and the payload, usually one protobuf message.
 *
 * <p>The correlation id is a {@link UUID}; on the wire it is written in .NET byte order
 * ({@link Guids}). The payload array is owned by the frame once built: nobody writes to it.
 *
 * @param command     the command code, 0 to 255 ({@link TcpCommand})
 * @param flags       the flags byte as sent or received; credentials set {@link #FLAG_AUTHENTICATED}
 * @param correlationId the request's id, echoed by the reply
 * @param credentials the authentication section, or {@code null} for none
 * @param payload     the bytes after the header and the authentication section; never null
 */
public record Frame(int command, int flags, UUID correlationId, UserCredentials credentials, byte[] payload) {
    /** No flags: no authentication section. */
    public static final int FLAG_NONE = 0x00;
    /** The frame carries an authentication section after the correlation id. */
    public static final int FLAG_AUTHENTICATED = 0x01;
    /** Node-to-node only; a server refuses it on the external interface. Clients never set it. */
    public static final int FLAG_TRUSTED_WRITE = 0x02;
    /** The correlation id of connection-wide frames, such as a BadRequest for a framing error. */
    public static final UUID ZERO_ID = new UUID(0, 0);

    private static final byte[] EMPTY = new byte[0];

    public Frame {
        if (command < 0 || command > 255) {
            throw new IllegalArgumentException("command must be 0..255, was " + command);
        }
        if (flags < 0 || flags > 255) {
            throw new IllegalArgumentException("flags must be 0..255, was " + flags);
        }
        Objects.requireNonNull(correlationId, "correlationId");
        payload = payload == null ? EMPTY : payload;
    }

    /** A frame whose flags follow from the credentials: authenticated when there are any. */
    public static Frame of(int command, UUID correlationId, UserCredentials credentials, byte[] payload) {
        return new Frame(command, credentials == null ? FLAG_NONE : FLAG_AUTHENTICATED, correlationId, credentials, payload);
    }

    /** A frame without credentials. */
    public static Frame of(int command, UUID correlationId, byte[] payload) {
        return new Frame(command, FLAG_NONE, correlationId, null, payload);
    }

    /** The command's name, or its hex code when unknown. */
    public String commandName() {
        return TcpCommand.nameOf(command);
    }

    @Override
    public String toString() {
        return "Frame[" + commandName() + ", flags=" + flags + ", corr=" + correlationId
                + (credentials == null ? "" : ", login=" + credentials.login())
                + ", payload=" + payload.length + " bytes]";
    }
}
