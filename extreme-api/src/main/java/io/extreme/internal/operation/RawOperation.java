package io.extreme.internal.operation;

import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.Message;
import java.util.UUID;

/**
 * A command sent as it is, answered with the first frame under its correlation id. The engine
 * neither encodes nor decodes it.
 */
public final class RawOperation extends Operation<Frame> {
    private final int command;
    private final byte[] payload;

    public RawOperation(int command, byte[] payload, UserCredentials credentials) {
        super(credentials);
        this.command = command;
        this.payload = payload;
    }

    public Frame frame(UUID correlationId) {
        return Frame.of(command, correlationId, credentials, payload);
    }

    /** Commands the server never answers: the future completes once the frame is sent. */
    public boolean expectsReply() {
        return command != TcpCommand.PERSISTENT_SUBSCRIPTION_ACK_EVENTS
                && command != TcpCommand.PERSISTENT_SUBSCRIPTION_NAK_EVENTS
                && command != TcpCommand.HEARTBEAT_RESPONSE
                && command != TcpCommand.BAD_REQUEST;
    }

    @Override
    public Message request() {
        throw new IllegalStateException("a raw operation has no message");
    }

    @Override
    public Outcome<Frame> inspect(Message reply) {
        throw new IllegalStateException("a raw operation takes frames");
    }

    @Override
    public String describe() {
        return "raw command " + TcpCommand.nameOf(command);
    }
}
