package io.extreme.internal.client;

import io.extreme.event.AllSlice;
import io.extreme.event.EventReadResult;
import io.extreme.event.Position;
import io.extreme.event.StreamSlice;
import io.extreme.internal.operation.ReadAllOperation;
import io.extreme.internal.operation.ReadEventOperation;
import io.extreme.internal.operation.ReadStreamOperation;
import io.extreme.spi.message.ReadDirection;
import java.util.concurrent.CompletableFuture;

/**
 * The reads of a client view: one event, a slice of a stream or of {@code $all}, either way,
 * each checked and sent with the view's credentials. Apart from {@link ClientView} so that the
 * view reads as a list of what a client does, and each kind of request as its own checks.
 */
final class Reads {
    private Reads() {
    }

    static CompletableFuture<EventReadResult> event(ClientView client, String stream, long eventNumber, boolean resolveLinkTos) {
        Arguments.stream(stream);
        Arguments.eventNumber(eventNumber);
        return client.submit(new ReadEventOperation(stream, eventNumber, resolveLinkTos, client.requireMaster(),
                client.credentials()));
    }

    static CompletableFuture<StreamSlice> streamForward(ClientView client, String stream, long fromEventNumber, int maxCount,
                                                        boolean resolveLinkTos) {
        Arguments.stream(stream);
        Arguments.fromForward(fromEventNumber);
        Arguments.maxCount(maxCount);
        return client.submit(new ReadStreamOperation(ReadDirection.FORWARD, stream, fromEventNumber, maxCount, resolveLinkTos,
                client.requireMaster(), client.credentials()));
    }

    static CompletableFuture<StreamSlice> streamBackward(ClientView client, String stream, long fromEventNumber, int maxCount,
                                                         boolean resolveLinkTos) {
        Arguments.stream(stream);
        Arguments.fromBackward(fromEventNumber);
        Arguments.maxCount(maxCount);
        return client.submit(new ReadStreamOperation(ReadDirection.BACKWARD, stream, fromEventNumber, maxCount, resolveLinkTos,
                client.requireMaster(), client.credentials()));
    }

    static CompletableFuture<AllSlice> allForward(ClientView client, Position position, int maxCount, boolean resolveLinkTos) {
        Arguments.notNull(position, "position");
        Arguments.maxCount(maxCount);
        return client.submit(new ReadAllOperation(ReadDirection.FORWARD, position, maxCount, resolveLinkTos, client.requireMaster(),
                client.credentials()));
    }

    static CompletableFuture<AllSlice> allBackward(ClientView client, Position position, int maxCount, boolean resolveLinkTos) {
        Arguments.notNull(position, "position");
        Arguments.maxCount(maxCount);
        return client.submit(new ReadAllOperation(ReadDirection.BACKWARD, position, maxCount, resolveLinkTos, client.requireMaster(),
                client.credentials()));
    }
}
