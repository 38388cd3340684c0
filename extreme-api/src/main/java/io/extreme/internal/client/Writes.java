package io.extreme.internal.client;

import io.extreme.ExtremeSettings;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.ConditionalWriteResult;
import io.extreme.event.DeleteResult;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.WriteResult;
import io.extreme.event.WrongExpectedVersionException;
import io.extreme.internal.operation.AppendOperation;
import io.extreme.internal.operation.DeleteOperation;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The writes of a client view: appends (conflicts as exceptions, or as values with the try form)
 * and deletes, each checked and sent with the view's credentials. Apart from {@link ClientView}
 * so that the view reads as a list of what a client does, and each kind of request as its own
 * checks.
 */
final class Writes {
    private Writes() {
    }

    static CompletableFuture<WriteResult> append(ClientView client, String stream, ExpectedVersion expectedVersion,
                                                 List<EventData> events) {
        return conditionalAppend(client, stream, expectedVersion, events, false).thenApply(outcome -> {
            if (!outcome.isSuccess()) {
                // Only the try form returns conflicts as values; this one never gets here with one.
                throw outcome.status() == ConditionalWriteResult.Status.STREAM_DELETED
                        ? new StreamDeletedException(stream)
                        : new WrongExpectedVersionException(stream, expectedVersion.value(), outcome.currentVersion().orElse(-1), null);
            }
            return outcome.result().orElseThrow();
        });
    }

    /** @param conflictsAsValues whether a wrong expected version or a deleted stream is a result, not a failure */
    static CompletableFuture<ConditionalWriteResult> conditionalAppend(ClientView client, String stream, ExpectedVersion expectedVersion,
                                                               List<EventData> events, boolean conflictsAsValues) {
        Arguments.stream(stream);
        Arguments.notNull(expectedVersion, "expectedVersion");
        ExtremeSettings s = client.core().settings;
        Arguments.events(events, s.maxEventSize(), s.maxFrameLength());
        return client.submit(new AppendOperation(stream, expectedVersion.value(), events, client.requireMaster(), conflictsAsValues,
                client.credentials()));
    }

    static CompletableFuture<DeleteResult> delete(ClientView client, String stream, ExpectedVersion expectedVersion,
                                                  boolean hardDelete) {
        Arguments.stream(stream);
        Arguments.notNull(expectedVersion, "expectedVersion");
        return client.submit(new DeleteOperation(stream, expectedVersion.value(), hardDelete, client.requireMaster(),
                client.credentials()));
    }
}
