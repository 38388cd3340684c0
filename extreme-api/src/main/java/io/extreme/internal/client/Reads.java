package io.extreme.internal.client;

import io.extreme.ReadOptions;
import io.extreme.event.AllSlice;
import io.extreme.event.Direction;
import io.extreme.event.EventReadResult;
import io.extreme.event.EventStream;
import io.extreme.event.Position;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.internal.operation.ReadAllOperation;
import io.extreme.internal.operation.ReadEventOperation;
import io.extreme.internal.operation.ReadStreamOperation;
import io.extreme.internal.read.LazyRead;
import io.extreme.internal.read.Slices;
import io.extreme.spi.message.ReadDirection;
import java.util.concurrent.CompletableFuture;

/**
 * The reads of a client view over {@link ReadOptions}: lazy reads, one page, one event, each
 * checked and sent through the view of its call options ({@link ClientView#with}). Apart from {@link ClientView}
 * so that the view reads as a list of what a client does, and each kind of request as its own checks.
 */
final class Reads {
    private Reads() {
    }

    static EventStream stream(ClientView client, String stream, StreamPosition from, ReadOptions options) {
        check(stream, from, options);
        ClientView call = client.with(options.call());
        return LazyRead.of(Slices.stream((number, count) -> streamPage(call, stream, number, count, options)),
                from.eventNumber(), options.pageSize(), options.maxCount(), client.core().callbacks);
    }

    static EventStream all(ClientView client, Position from, ReadOptions options) {
        check(from, options);
        ClientView call = client.with(options.call());
        return LazyRead.of(Slices.all((position, count) -> allPage(call, position, count, options)),
                from, options.pageSize(), options.maxCount(), client.core().callbacks);
    }

    static CompletableFuture<StreamSlice> streamSlice(ClientView client, String stream, StreamPosition from, ReadOptions options) {
        check(stream, from, options);
        return streamPage(client.with(options.call()), stream, from.eventNumber(), options.firstPageSize(), options);
    }

    static CompletableFuture<AllSlice> allSlice(ClientView client, Position from, ReadOptions options) {
        check(from, options);
        return allPage(client.with(options.call()), from, options.firstPageSize(), options);
    }

    /** One event; of the options only resolveLinkTos and the call's settings count. */
    static CompletableFuture<EventReadResult> event(ClientView client, String stream, StreamPosition event, ReadOptions options) {
        Arguments.stream(stream);
        Arguments.notNull(event, "event");
        Arguments.notNull(options, "options");
        ClientView call = client.with(options.call());
        return call.submit(new ReadEventOperation(stream, event.eventNumber(), options.resolveLinkTos(), call.requireMaster(),
                call.credentials()));
    }

    /**
     * One page through {@code call}, the view of the read's call options: their user and
     * require-master over the client's, and their timeout and deadline set on the page's operation
     * as it is submitted. A lazy read's pages are each a call of their own: a deadline counts from
     * each page's request, not from the first, since the consumer sets the pace between them.
     */
    private static CompletableFuture<StreamSlice> streamPage(ClientView call, String stream, long from, int count,
                                                             ReadOptions options) {
        return call.submit(new ReadStreamOperation(wire(options.direction()), stream, from, count, options.resolveLinkTos(),
                call.requireMaster(), call.credentials()));
    }

    private static CompletableFuture<AllSlice> allPage(ClientView call, Position from, int count, ReadOptions options) {
        return call.submit(new ReadAllOperation(wire(options.direction()), from, count, options.resolveLinkTos(),
                call.requireMaster(), call.credentials()));
    }

    private static void check(String stream, StreamPosition from, ReadOptions options) {
        Arguments.stream(stream);
        Arguments.notNull(from, "from");
        Arguments.notNull(options, "options");
        if (from.isEnd() && options.direction() == Direction.FORWARD) {
            // fromEventNumber -1 has a meaning only backward (PROTOCOL.md §3.4): forward it names nothing.
            throw new IllegalArgumentException("from must not be StreamPosition.END for a forward read: "
                    + "read backward from END, or forward from START or an event number");
        }
    }

    private static void check(Position from, ReadOptions options) {
        Arguments.notNull(from, "from");
        Arguments.notNull(options, "options");
        if (from.equals(Position.END) && options.direction() == Direction.FORWARD) {
            // PROTOCOL.md §4.3: END is valid only as the start of a backward read.
            throw new IllegalArgumentException("from must not be Position.END for a forward read of $all: "
                    + "read backward from END, or forward from START or a position");
        }
    }

    private static ReadDirection wire(Direction direction) {
        return direction == Direction.FORWARD ? ReadDirection.FORWARD : ReadDirection.BACKWARD;
    }
}
