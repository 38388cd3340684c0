package io.extreme.internal.operation;

import io.extreme.UserCredentials;
import io.extreme.error.AccessDeniedException;
import io.extreme.error.ServerErrorException;
import io.extreme.event.Direction;
import io.extreme.event.ReadStatus;
import io.extreme.event.StreamSlice;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import java.util.List;

/** Reads a page of a stream. */
public final class ReadStreamOperation extends Operation<StreamSlice> {
    private final ReadStreamEvents request;

    public ReadStreamOperation(ReadDirection direction, String stream, long from, int maxCount, boolean resolveLinkTos,
                        boolean requireMaster, UserCredentials credentials) {
        super(credentials);
        request = new ReadStreamEvents(direction, stream, from, maxCount, resolveLinkTos, requireMaster);
    }

    @Override
    public Message request() {
        return request;
    }

    @Override
    public Outcome<StreamSlice> inspect(Message reply) {
        if (!(reply instanceof ReadStreamEventsCompleted done)) {
            return Outcome.fail(Unexpected.reply(reply, this));
        }
        Direction forward = request.direction() == ReadDirection.FORWARD ? Direction.FORWARD : Direction.BACKWARD;
        return switch (done.result()) {
            case SUCCESS -> Outcome.done(new StreamSlice(ReadStatus.SUCCESS, request.streamId(),
                    Events.streamPosition(request.fromEventNumber()), forward, Events.resolvedIndexed(done.events()),
                    Events.streamPosition(done.nextEventNumber()), Events.eventNumber(done.lastEventNumber()),
                    done.endOfStream()));
            case NO_STREAM -> Outcome.done(empty(ReadStatus.NO_STREAM, forward, done));
            case STREAM_DELETED -> Outcome.done(empty(ReadStatus.STREAM_DELETED, forward, done));
            case ACCESS_DENIED -> Outcome.fail(new AccessDeniedException("Access denied to " + describe()
                    + (done.error() == null ? "" : ": " + done.error())));
            case NOT_MODIFIED, ERROR -> Outcome.fail(new ServerErrorException("Server error in " + describe() + ": "
                    + (done.error() == null ? done.result() : done.error())));
        };
    }

    private StreamSlice empty(ReadStatus status, Direction forward, ReadStreamEventsCompleted done) {
        return new StreamSlice(status, request.streamId(), Events.streamPosition(request.fromEventNumber()), forward,
                List.of(), Events.streamPosition(done.nextEventNumber()), Events.eventNumber(done.lastEventNumber()), true);
    }

    @Override
    public String describe() {
        return "read stream '" + request.streamId() + "' " + request.direction().name().toLowerCase()
                + " from " + request.fromEventNumber();
    }
}
