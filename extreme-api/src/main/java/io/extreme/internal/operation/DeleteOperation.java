package io.extreme.internal.operation;

import io.extreme.UserCredentials;
import io.extreme.event.DeleteResult;
import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.DeleteStreamCompleted;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.OperationResult;

/** Deletes a stream, soft or hard. */
public final class DeleteOperation extends Operation<DeleteResult> {
    private final DeleteStream request;

    public DeleteOperation(String stream, long expectedVersion, boolean hardDelete, boolean requireMaster, UserCredentials credentials) {
        super(credentials);
        request = new DeleteStream(stream, expectedVersion, requireMaster, hardDelete);
    }

    @Override
    public Message request() {
        return request;
    }

    @Override
    public Outcome<DeleteResult> inspect(Message reply) {
        if (!(reply instanceof DeleteStreamCompleted done)) {
            return Outcome.fail(Unexpected.reply(reply, this));
        }
        if (done.result() == OperationResult.SUCCESS) {
            return Outcome.done(new DeleteResult(Events.position(done.commitPosition(), done.preparePosition())));
        }
        return WriteErrors.notDone(done.result(), describe(), request.streamId(), request.expectedVersion(), null,
                done.message());
    }

    @Override
    public String describe() {
        return (Boolean.TRUE.equals(request.hardDelete()) ? "hard delete" : "delete") + " of stream '" + request.streamId() + "'";
    }
}
