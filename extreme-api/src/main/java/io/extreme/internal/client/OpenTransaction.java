package io.extreme.internal.client;

import io.extreme.Transaction;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.WriteResult;
import io.extreme.internal.operation.TransactionOperations;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A transaction the server opened; its start, its writes and its commit go through the client
 * view that started it, with that view's credentials. The whole of a transaction is here, not in
 * {@link ClientView}, because after the start every call is the transaction's own.
 */
final class OpenTransaction implements Transaction {
    private final ClientView client;
    private final long transactionId;
    private final String stream;
    private final long expectedVersion;

    private OpenTransaction(ClientView client, long transactionId, String stream, long expectedVersion) {
        this.client = client;
        this.transactionId = transactionId;
        this.stream = stream;
        this.expectedVersion = expectedVersion;
    }

    /** Asks the server to open a transaction on {@code stream}; completes with it once open. */
    static CompletableFuture<Transaction> start(ClientView client, String stream, ExpectedVersion expectedVersion) {
        Arguments.stream(stream);
        Arguments.notNull(expectedVersion, "expectedVersion");
        return client.submit(new TransactionOperations.Start(stream, expectedVersion.value(), client.requireMaster(),
                        client.credentials()))
                .thenApply(id -> new OpenTransaction(client, id, stream, expectedVersion.value()));
    }

    /** A transaction another client (or an earlier run) opened, known by its id only. */
    static Transaction resume(ClientView client, long transactionId) {
        if (transactionId < 0) {
            throw new IllegalArgumentException("transactionId must be >= 0, was " + transactionId);
        }
        return new OpenTransaction(client, transactionId, null, -2);
    }

    @Override
    public long transactionId() {
        return transactionId;
    }

    @Override
    public CompletableFuture<Void> write(List<EventData> events) {
        ClientCore core = client.core();
        Arguments.events(events, core.settings.maxEventSize(), core.settings.maxFrameLength());
        return client.submit(new TransactionOperations.Write(transactionId, events, client.requireMaster(), client.credentials()));
    }

    @Override
    public CompletableFuture<WriteResult> commit() {
        return client.submit(new TransactionOperations.Commit(transactionId, stream, expectedVersion, client.requireMaster(),
                client.credentials()));
    }

    @Override
    public String toString() {
        return "Transaction[" + transactionId + (stream == null ? "" : " on " + stream) + "]";
    }
}
