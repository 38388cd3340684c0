package io.extreme.internal.client;

import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.event.AllSlice;
import io.extreme.event.EventReadResult;
import io.extreme.event.EventStream;
import io.extreme.event.Position;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import java.util.concurrent.CompletableFuture;

/**
 * The reads over {@link ReadOptions} of a {@link ClientView}: the lazy reads of a stream and of
 * {@code $all}, their first page alone, one event. An interface of its own, sealed to the view,
 * so that the view's file stays one screen of "which collaborator does what" (it is at the
 * layout's size limit); each call is handed to {@link Reads} with the view it belongs to.
 */
sealed interface ReadCalls extends ExtremeClient permits ClientView {
    /** The view these calls belong to: the only implementation, by the seal. */
    private ClientView view() {
        return (ClientView) this;
    }

    @Override
    default EventStream readStream(String stream) {
        return Reads.stream(view(), stream, StreamPosition.START, ReadOptions.DEFAULTS);
    }

    @Override
    default EventStream readStream(String stream, StreamPosition from, ReadOptions options) {
        return Reads.stream(view(), stream, from, options);
    }

    @Override
    default EventStream readAll() {
        return Reads.all(view(), Position.START, ReadOptions.DEFAULTS);
    }

    @Override
    default EventStream readAll(Position from, ReadOptions options) {
        return Reads.all(view(), from, options);
    }

    @Override
    default CompletableFuture<StreamSlice> readStreamSlice(String stream, StreamPosition from, ReadOptions options) {
        return Reads.streamSlice(view(), stream, from, options);
    }

    @Override
    default CompletableFuture<AllSlice> readAllSlice(Position from, ReadOptions options) {
        return Reads.allSlice(view(), from, options);
    }

    @Override
    default CompletableFuture<EventReadResult> readEvent(String stream, StreamPosition event, ReadOptions options) {
        return Reads.event(view(), stream, event, options);
    }
}
