package io.extreme.testkit.engine;

import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.TransactionCommit;
import io.extreme.spi.message.TransactionCommitCompleted;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionStartCompleted;
import io.extreme.spi.message.TransactionWrite;
import io.extreme.spi.message.TransactionWriteCompleted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explicit transactions (PROTOCOL.md §4.12 with the real server's answers of §12.1 #2): the id is
 * the position of the begin record; writes add prepare records that nobody sees; the commit
 * checks the expected version and the event ids and makes the events visible under one commit
 * position. As recorded on 4.1.4: writing to an unknown id succeeds without effect, committing
 * an unknown id is AccessDenied, a committed transaction stays known (writing to it succeeds,
 * committing it again is an idempotent success with positions -1), and successful commits carry
 * an empty message where failed ones carry the reason, numbers -2147483648 and positions 0.
 */
final class TransactionRequests {
    private static final long INVALID_NUMBER = Integer.MIN_VALUE;

    private static final class Transaction {
        final String streamId;
        final long expectedVersion;
        final List<PreparedEvent> prepared = new ArrayList<>();

        Transaction(String streamId, long expectedVersion) {
            this.streamId = streamId;
            this.expectedVersion = expectedVersion;
        }
    }

    private final Map<Long, Transaction> transactions = new HashMap<>();
    private final StreamIndex index;
    private final AccessChecker access;
    private final StorageWriter writer;
    private final WriteRequests writes;

    TransactionRequests(StreamIndex index, AccessChecker access, StorageWriter writer, WriteRequests writes) {
        this.index = index;
        this.access = access;
        this.writer = writer;
        this.writes = writes;
    }

    TransactionStartCompleted start(TransactionStart request, Principal principal) {
        if (!access.canWrite(principal, request.streamId())) {
            return new TransactionStartCompleted(-1, OperationResult.ACCESS_DENIED, WriteRequests.ACCESS_DENIED);
        }
        long transactionId = writer.beginTransaction(request.streamId());
        transactions.put(transactionId, new Transaction(request.streamId(), request.expectedVersion()));
        return new TransactionStartCompleted(transactionId, OperationResult.SUCCESS, null);
    }

    TransactionWriteCompleted write(TransactionWrite request, Principal principal) {
        long transactionId = request.transactionId();
        Transaction transaction = transactions.get(transactionId);
        if (transaction == null) {
            return new TransactionWriteCompleted(transactionId, OperationResult.SUCCESS, null);
        }
        if (!access.canWrite(principal, transaction.streamId)) {
            return new TransactionWriteCompleted(transactionId, OperationResult.ACCESS_DENIED,
                    WriteRequests.ACCESS_DENIED);
        }
        for (NewEvent event : request.events()) {
            transaction.prepared.add(writer.prepare(transaction.streamId, event));
        }
        return new TransactionWriteCompleted(transactionId, OperationResult.SUCCESS, null);
    }

    TransactionCommitCompleted commit(TransactionCommit request, Principal principal) {
        long transactionId = request.transactionId();
        Transaction transaction = transactions.get(transactionId);
        // The server finds the stream to check access on through the transaction: none, no access.
        if (transaction == null || !access.canWrite(principal, transaction.streamId)) {
            return failed(transactionId, OperationResult.ACCESS_DENIED, WriteRequests.ACCESS_DENIED);
        }
        String streamId = transaction.streamId;
        CommitCheck.Result check = CommitCheck.check(index, streamId, transaction.expectedVersion,
                transaction.prepared.stream().map(PreparedEvent::eventId).toList());
        switch (check.decision()) {
            case DELETED:
                return failed(transactionId, OperationResult.STREAM_DELETED, WriteRequests.STREAM_DELETED);
            case WRONG_EXPECTED_VERSION:
            case CORRUPTED_IDEMPOTENCY:
                return failed(transactionId, OperationResult.WRONG_EXPECTED_VERSION,
                        WriteRequests.WRONG_EXPECTED_VERSION);
            case IDEMPOTENT:
                return new TransactionCommitCompleted(transactionId, OperationResult.SUCCESS, "",
                        check.firstEventNumber(), check.lastEventNumber(), -1L, -1L);
            default:
                break;
        }
        boolean revivesStream = writes.revivesByMetadata(streamId);
        long first = check.currentVersion() + 1;
        long position = writer.commitTransaction(streamId, first, transaction.prepared);
        writes.afterWrite(streamId, check, revivesStream);
        return new TransactionCommitCompleted(transactionId, OperationResult.SUCCESS, "", first,
                first + transaction.prepared.size() - 1, position, position);
    }

    private static TransactionCommitCompleted failed(long transactionId, OperationResult result, String message) {
        return new TransactionCommitCompleted(transactionId, result, message, INVALID_NUMBER, INVALID_NUMBER, 0L, 0L);
    }
}
