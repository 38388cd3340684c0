package io.extreme;

import io.extreme.event.EventData;
import io.extreme.event.WriteResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An explicit transaction on one stream: events written to it become visible together at
 * {@link #commit()}. The expected version given at the start is checked then.
 */
public interface Transaction {
    /** The server's id of this transaction: give it to {@link ExtremeClient#continueTransaction} elsewhere. */
    long transactionId();

    /** Adds events to the transaction. */
    CompletableFuture<Void> write(List<EventData> events);

    /** Adds events to the transaction. */
    default CompletableFuture<Void> write(EventData... events) {
        return write(List.of(events));
    }

    /** Commits: the events are appended together, or not at all. */
    CompletableFuture<WriteResult> commit();
}
