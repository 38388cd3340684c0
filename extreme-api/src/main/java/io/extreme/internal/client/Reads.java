package io.extreme.internal.client;

import io.extreme.ReadOptions;
import io.extreme.UserCredentials;
import io.extreme.event.AllSlice;
import io.extreme.event.Direction;
import io.extreme.event.EventReadResult;
import io.extreme.event.EventStream;
import io.extreme.event.Position;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.internal.operation.Operation;
import io.extreme.internal.operation.ReadAllOperation;
import io.extreme.internal.operation.ReadEventOperation;
import io.extreme.internal.operation.ReadStreamOperation;
import io.extreme.internal.read.LazyRead;
import io.extreme.internal.read.Slices;
import io.extreme.spi.message.ReadDirection;
import java.util.concurrent.CompletableFuture;

/**
 * The reads of a client view: one event, a slice of a stream or of {@code $all}, either way,
 * each checked and sent with the view's credentials; and the lazy reads over {@link ReadOptions},
 * whose per-call credentials and require-master win over the view's. Apart from {@link ClientView}
 * so that the view reads as a list of what a client does, and each kind of request as its own checks.
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

    static EventStream stream(ClientView client, String stream, StreamPosition from, ReadOptions options) {
        check(stream, from, options);
        return LazyRead.of(Slices.stream((number, count) -> streamPage(client, stream, number, count, options)),
                from.eventNumber(), options.pageSize(), options.maxCount(), client.core().callbacks);
    }

    static EventStream all(ClientView client, Position from, ReadOptions options) {
        check(from, options);
        return LazyRead.of(Slices.all((position, count) -> allPage(client, position, count, options)),
                from, options.pageSize(), options.maxCount(), client.core().callbacks);
    }

    static CompletableFuture<StreamSlice> streamSlice(ClientView client, String stream, StreamPosition from, ReadOptions options) {
        check(stream, from, options);
        return streamPage(client, stream, from.eventNumber(), options.firstPageSize(), options);
    }

    static CompletableFuture<AllSlice> allSlice(ClientView client, Position from, ReadOptions options) {
        check(from, options);
        return allPage(client, from, options.firstPageSize(), options);
    }

    /** One event; of the options only resolveLinkTos and the call's settings count. */
    static CompletableFuture<EventReadResult> event(ClientView client, String stream, StreamPosition event, ReadOptions options) {
        Arguments.stream(stream);
        Arguments.notNull(event, "event");
        Arguments.notNull(options, "options");
        return client.submit(limited(new ReadEventOperation(stream, event.eventNumber(), options.resolveLinkTos(),
                requireMaster(client, options), credentials(client, options)), options));
    }

    private static CompletableFuture<StreamSlice> streamPage(ClientView client, String stream, long from, int count,
                                                             ReadOptions options) {
        return client.submit(limited(new ReadStreamOperation(wire(options.direction()), stream, from, count,
                options.resolveLinkTos(), requireMaster(client, options), credentials(client, options)), options));
    }

    private static CompletableFuture<AllSlice> allPage(ClientView client, Position from, int count, ReadOptions options) {
        return client.submit(limited(new ReadAllOperation(wire(options.direction()), from, count, options.resolveLinkTos(),
                requireMaster(client, options), credentials(client, options)), options));
    }

    /** The call's timeout and deadline on one page's operation; each page is a call of its own. */
    private static <O extends Operation<?>> O limited(O operation, ReadOptions options) {
        // TODO(issue 14): set the call's timeout and deadline once CallLimits is on main.
        return operation;
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

    private static UserCredentials credentials(ClientView client, ReadOptions options) {
        return options.call().credentials().orElse(client.credentials());
    }

    private static boolean requireMaster(ClientView client, ReadOptions options) {
        return options.call().requireMaster().orElse(client.requireMaster());
    }

    private static ReadDirection wire(Direction direction) {
        return direction == Direction.FORWARD ? ReadDirection.FORWARD : ReadDirection.BACKWARD;
    }
}
