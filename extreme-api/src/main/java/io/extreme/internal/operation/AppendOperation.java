package io.extreme.internal.operation;

import io.extreme.UserCredentials;
import io.extreme.event.ConditionalWriteResult.Status;
import io.extreme.event.ConditionalWriteResult;
import io.extreme.event.EventData;
import io.extreme.event.WriteResult;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;
import java.util.List;
import java.util.OptionalLong;

/**
 * Appends events. Completes with a {@link ConditionalWriteResult}; the throwing form of the API
 * turns a conflict into an exception, the try form returns it as it is.
 */
public final class AppendOperation extends Operation<ConditionalWriteResult> {
    private final WriteEvents request;
    private final boolean conflictsAsValues;

    public AppendOperation(String stream, long expectedVersion, List<EventData> events, boolean requireMaster,
                    boolean conflictsAsValues, UserCredentials credentials) {
        super(credentials);
        this.request = new WriteEvents(stream, expectedVersion, Events.toNew(events), requireMaster);
        this.conflictsAsValues = conflictsAsValues;
    }

    @Override
    public Message request() {
        return request;
    }

    @Override
    public Outcome<ConditionalWriteResult> inspect(Message reply) {
        if (!(reply instanceof WriteEventsCompleted done)) {
            return Outcome.fail(Unexpected.reply(reply, this));
        }
        OperationResult result = done.result();
        if (result == OperationResult.SUCCESS) {
            WriteResult write = new WriteResult(done.lastEventNumber(), Events.position(done.commitPosition(), done.preparePosition()));
            return Outcome.done(new ConditionalWriteResult(Status.SUCCESS, write, OptionalLong.of(done.lastEventNumber())));
        }
        if (WriteErrors.isRetryable(result)) {
            return Outcome.retry(result.name(), WriteErrors.of(result, describe(), request.streamId(),
                    request.expectedVersion(), done.currentVersion(), done.message()));
        }
        OptionalLong current = done.currentVersion() == null ? OptionalLong.empty() : OptionalLong.of(done.currentVersion());
        if (conflictsAsValues && result == OperationResult.WRONG_EXPECTED_VERSION) {
            return Outcome.done(new ConditionalWriteResult(Status.WRONG_EXPECTED_VERSION, null, current));
        }
        if (conflictsAsValues && result == OperationResult.STREAM_DELETED) {
            return Outcome.done(new ConditionalWriteResult(Status.STREAM_DELETED, null, current));
        }
        return Outcome.fail(WriteErrors.of(result, describe(), request.streamId(), request.expectedVersion(),
                done.currentVersion(), done.message()));
    }

    @Override
    public String describe() {
        return "append to stream '" + request.streamId() + "'";
    }
}
