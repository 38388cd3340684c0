package io.extreme.internal.operation;

import io.extreme.UserCredentials;
import io.extreme.error.AccessDeniedException;
import io.extreme.error.ServerErrorException;
import io.extreme.event.EventReadResult;
import io.extreme.event.ReadStatus;
import io.extreme.event.StreamPosition;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadEventCompleted;

/** Reads one event. */
public final class ReadEventOperation extends Operation<EventReadResult> {
    private final ReadEvent request;

    public ReadEventOperation(String stream, long eventNumber, boolean resolveLinkTos, boolean requireMaster, UserCredentials credentials) {
        super(credentials);
        request = new ReadEvent(stream, eventNumber, resolveLinkTos, requireMaster);
    }

    @Override
    public Message request() {
        return request;
    }

    @Override
    public Outcome<EventReadResult> inspect(Message reply) {
        if (!(reply instanceof ReadEventCompleted done)) {
            return Outcome.fail(Unexpected.reply(reply, this));
        }
        String stream = request.streamId();
        StreamPosition number = Events.streamPosition(request.eventNumber());
        return switch (done.result()) {
            case SUCCESS -> {
                boolean empty = done.event() == null || (done.event().event() == null && done.event().link() == null);
                yield Outcome.done(empty
                        ? new EventReadResult(ReadStatus.NOT_FOUND, stream, number, null)
                        : new EventReadResult(ReadStatus.SUCCESS, stream, number, Events.resolved(done.event())));
            }
            case NOT_FOUND -> Outcome.done(new EventReadResult(ReadStatus.NOT_FOUND, stream, number, null));
            case NO_STREAM -> Outcome.done(new EventReadResult(ReadStatus.NO_STREAM, stream, number, null));
            case STREAM_DELETED -> Outcome.done(new EventReadResult(ReadStatus.STREAM_DELETED, stream, number, null));
            case ACCESS_DENIED -> Outcome.fail(new AccessDeniedException("Access denied to " + describe()
                    + (done.error() == null ? "" : ": " + done.error())));
            case ERROR -> Outcome.fail(new ServerErrorException("Server error in " + describe() + ": " + done.error()));
        };
    }

    @Override
    public String describe() {
        return "read event " + request.eventNumber() + " of stream '" + request.streamId() + "'";
    }
}
