package io.extreme;

import java.util.Objects;
import java.util.UUID;

/**
 * What the server answered to a command sent with {@link ExtremeClient#execute}: the reply's
 * command code, the correlation id it came back under and its payload, exactly as they came
 * off the wire. Nothing is interpreted: a BadRequest or NotHandled is a reply like any other.
 *
 * <p>The command codes are listed in {@code io.extreme.spi.TcpCommand}; the payload is the
 * serialized message of the protocol version spoken ({@link ExtremeClient#protocol()}).
 *
 * @param command       the reply's command code, 0 to 255
 * @param correlationId the id the request was sent under
 * @param payload       the reply's bytes; empty, never null, when it carried none
 */
public record RawReply(int command, UUID correlationId, byte[] payload) {
    private static final byte[] EMPTY = new byte[0];

    public RawReply {
        if (command < 0 || command > 255) {
            throw new IllegalArgumentException("command must be 0..255, was " + command);
        }
        Objects.requireNonNull(correlationId, "correlationId");
        payload = payload == null ? EMPTY : payload;
    }

    @Override
    public String toString() {
        return "RawReply[command=0x" + Integer.toHexString(command) + ", corr=" + correlationId
                + ", " + payload.length + " bytes]";
    }
}
