package io.extreme.internal.operation;

import io.extreme.UserCredentials;
import io.extreme.error.AccessDeniedException;
import io.extreme.error.ServerErrorException;
import io.extreme.event.AllSlice;
import io.extreme.event.Direction;
import io.extreme.event.Position;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadAllResult;
import io.extreme.spi.message.ReadDirection;

/** Reads a page of {@code $all}. */
public final class ReadAllOperation extends Operation<AllSlice> {
    private final ReadAllEvents request;

    public ReadAllOperation(ReadDirection direction, Position from, int maxCount, boolean resolveLinkTos,
                     boolean requireMaster, UserCredentials credentials) {
        super(credentials);
        request = new ReadAllEvents(direction, from.commitPosition(), from.preparePosition(), maxCount, resolveLinkTos, requireMaster);
    }

    @Override
    public Message request() {
        return request;
    }

    @Override
    public Outcome<AllSlice> inspect(Message reply) {
        if (!(reply instanceof ReadAllEventsCompleted done)) {
            return Outcome.fail(Unexpected.reply(reply, this));
        }
        ReadAllResult result = done.result() == null ? ReadAllResult.SUCCESS : done.result();
        return switch (result) {
            case SUCCESS -> Outcome.done(new AllSlice(new Position(request.commitPosition(), request.preparePosition()),
                    request.direction() == ReadDirection.FORWARD ? Direction.FORWARD : Direction.BACKWARD,
                    Events.resolvedAll(done.events()),
                    next(done.nextCommitPosition(), done.nextPreparePosition())));
            case ACCESS_DENIED -> Outcome.fail(new AccessDeniedException("Access denied to " + describe()
                    + (done.error() == null ? "" : ": " + done.error())));
            case NOT_MODIFIED, ERROR -> Outcome.fail(new ServerErrorException("Server error in " + describe() + ": "
                    + (done.error() == null ? result : done.error())));
        };
    }

    /** A next position the server gave; a negative part (backward reads at the start) becomes START. */
    private static Position next(long commit, long prepare) {
        if (commit == -1 && prepare == -1) {
            return Position.END;
        }
        return new Position(Math.max(commit, 0), Math.max(prepare, 0));
    }

    @Override
    public String describe() {
        return "read $all " + request.direction().name().toLowerCase() + " from "
                + request.commitPosition() + "/" + request.preparePosition();
    }
}
