package io.extreme.internal.client;

import io.extreme.Transaction;
import io.extreme.event.EventData;
import io.extreme.event.WriteResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A transaction the server opened; writes and the commit go through the client that started it. */
final class OpenTransaction implements Transaction {
    private final ClientView client;
    private final long transactionId;
    private final String stream;
    private final long expectedVersion;

    OpenTransaction(ClientView client, long transactionId, String stream, long expectedVersion) {
        this.client = client;
        this.transactionId = transactionId;
        this.stream = stream;
        this.expectedVersion = expectedVersion;
    }

    @Override
    public long transactionId() {
        return transactionId;
    }

    @Override
    public CompletableFuture<Void> write(List<EventData> events) {
        return client.transactionWrite(transactionId, events);
    }

    @Override
    public CompletableFuture<WriteResult> commit() {
        return client.transactionCommit(transactionId, stream, expectedVersion);
    }

    @Override
    public String toString() {
        return "Transaction[" + transactionId + (stream == null ? "" : " on " + stream) + "]";
    }
}
