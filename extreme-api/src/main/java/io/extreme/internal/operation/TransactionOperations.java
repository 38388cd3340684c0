package io.extreme.internal.operation;

import io.extreme.UserCredentials;
import io.extreme.event.EventData;
import io.extreme.event.WriteResult;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.TransactionCommit;
import io.extreme.spi.message.TransactionCommitCompleted;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionStartCompleted;
import io.extreme.spi.message.TransactionWrite;
import io.extreme.spi.message.TransactionWriteCompleted;
import java.util.List;

/** The three steps of an explicit transaction: start, write, commit. */
public final class TransactionOperations {
    private TransactionOperations() {
    }

    /** Starts a transaction; completes with its id. */
    public static final class Start extends Operation<Long> {
        private final TransactionStart request;

        public Start(String stream, long expectedVersion, boolean requireMaster, UserCredentials credentials) {
            super(credentials);
            request = new TransactionStart(stream, expectedVersion, requireMaster);
        }

        @Override
        public Message request() {
            return request;
        }

        @Override
        public Outcome<Long> inspect(Message reply) {
            if (!(reply instanceof TransactionStartCompleted done)) {
                return Outcome.fail(Unexpected.reply(reply, this));
            }
            if (done.result() == OperationResult.SUCCESS) {
                return Outcome.done(done.transactionId());
            }
            return WriteErrors.notDone(done.result(), describe(), request.streamId(), request.expectedVersion(), null,
                    done.message());
        }

        @Override
        public String describe() {
            return "start of a transaction on stream '" + request.streamId() + "'";
        }
    }

    /** Writes events into a transaction. */
    public static final class Write extends Operation<Void> {
        private final TransactionWrite request;

        public Write(long transactionId, List<EventData> events, boolean requireMaster, UserCredentials credentials) {
            super(credentials);
            request = new TransactionWrite(transactionId, Events.toNew(events), requireMaster);
        }

        @Override
        public Message request() {
            return request;
        }

        @Override
        public Outcome<Void> inspect(Message reply) {
            if (!(reply instanceof TransactionWriteCompleted done)) {
                return Outcome.fail(Unexpected.reply(reply, this));
            }
            if (done.result() == OperationResult.SUCCESS) {
                return Outcome.done(null);
            }
            return WriteErrors.notDone(done.result(), describe(), "transaction " + request.transactionId(), -2, null,
                    done.message());
        }

        @Override
        public String describe() {
            return "write to transaction " + request.transactionId();
        }
    }

    /** Commits a transaction. */
    public static final class Commit extends Operation<WriteResult> {
        private final TransactionCommit request;
        private final String stream;
        private final long expectedVersion;

        public Commit(long transactionId, String stream, long expectedVersion, boolean requireMaster, UserCredentials credentials) {
            super(credentials);
            request = new TransactionCommit(transactionId, requireMaster);
            this.stream = stream;
            this.expectedVersion = expectedVersion;
        }

        @Override
        public Message request() {
            return request;
        }

        @Override
        public Outcome<WriteResult> inspect(Message reply) {
            if (!(reply instanceof TransactionCommitCompleted done)) {
                return Outcome.fail(Unexpected.reply(reply, this));
            }
            if (done.result() == OperationResult.SUCCESS) {
                return Outcome.done(new WriteResult(done.lastEventNumber(),
                        Events.position(done.commitPosition(), done.preparePosition())));
            }
            String target = stream != null ? stream : "transaction " + request.transactionId();
            return WriteErrors.notDone(done.result(), describe(), target, expectedVersion, null, done.message());
        }

        @Override
        public String describe() {
            return "commit of transaction " + request.transactionId() + (stream == null ? "" : " on stream '" + stream + "'");
        }
    }
}
