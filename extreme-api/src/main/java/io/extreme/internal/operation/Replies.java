package io.extreme.internal.operation;

import io.extreme.Endpoint;
import io.extreme.error.BadRequestException;
import io.extreme.error.NotAuthenticatedException;
import io.extreme.error.NotHandledException;
import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.BadRequest;
import io.extreme.spi.message.MasterInfo;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NotAuthenticated;
import io.extreme.spi.message.NotHandled;

/**
 * What a reply frame means for the operation it answers: the answers every operation shares
 * (BadRequest, NotAuthenticated, NotHandled) are decided here, the rest by the operation itself.
 */
public final class Replies {
    private Replies() {
    }

    public static Outcome<?> outcome(Operation<?> operation, Frame frame, ProtocolCodec codec, Endpoint node) {
        if (operation instanceof RawOperation) {
            return Outcome.done(frame);
        }
        Message reply = codec.decode(frame); // a MalformedFrameException costs the connection: the engine's call
        if (reply instanceof BadRequest bad) {
            return Outcome.fail(new BadRequestException("Bad request in " + operation.describe() + ": " + bad.reason()));
        }
        if (reply instanceof NotAuthenticated refused) {
            return Outcome.fail(new NotAuthenticatedException("Not authenticated for " + operation.describe() + ": "
                    + refused.reason()));
        }
        if (reply instanceof NotHandled notHandled) {
            return notHandled(operation, notHandled, node);
        }
        return operation.inspect(reply);
    }

    /**
     * A busy or initialising node is asked again after a pause; a node that is not the master
     * sends the client to the master it names (PROTOCOL.md §4.13); anything else fails.
     */
    private static Outcome<?> notHandled(Operation<?> operation, NotHandled notHandled, Endpoint node) {
        MasterInfo master = notHandled.masterInfo();
        String where = master == null ? "" : "; the master is at " + master.externalTcpAddress() + ":" + master.externalTcpPort();
        NotHandledException error = new NotHandledException("Node " + node + " did not handle " + operation.describe()
                + ": " + notHandled.reason() + where, switch (notHandled.reason()) {
                    case NOT_READY -> NotHandledException.Reason.NOT_READY;
                    case TOO_BUSY -> NotHandledException.Reason.TOO_BUSY;
                    case NOT_MASTER -> NotHandledException.Reason.NOT_MASTER;
                    case IS_READ_ONLY -> NotHandledException.Reason.IS_READ_ONLY;
                });
        return switch (notHandled.reason()) {
            case NOT_READY, TOO_BUSY -> Outcome.retryLater(notHandled.reason().name(), error);
            case NOT_MASTER -> master == null || master.externalTcpAddress() == null || master.externalTcpPort() <= 0
                    ? Outcome.retryLater(notHandled.reason().name(), error)
                    : Outcome.redirect(new Endpoint(master.externalTcpAddress(), master.externalTcpPort()),
                            notHandled.reason().name(), error);
            default -> Outcome.fail(error);
        };
    }
}
