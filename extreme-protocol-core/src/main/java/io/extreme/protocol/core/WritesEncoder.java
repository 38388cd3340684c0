package io.extreme.protocol.core;

import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.DeleteStreamCompleted;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.TransactionCommit;
import io.extreme.spi.message.TransactionCommitCompleted;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionStartCompleted;
import io.extreme.spi.message.TransactionWrite;
import io.extreme.spi.message.TransactionWriteCompleted;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;

/**
 * Payloads of appends, deletes and transactions (PROTOCOL.md §3.3). Optional fields are written
 * only when set; event numbers and expected versions go through the dialect, and a dialect
 * without {@code WriteEventsCompleted.current_version} (v3) leaves a neutral one out.
 */
final class WritesEncoder {
    private final Dialect dialect;
    private final EventShapes shapes;

    WritesEncoder(Dialect dialect, EventShapes shapes) {
        this.dialect = dialect;
        this.shapes = shapes;
    }

    byte[] writeEvents(WriteEvents m) {
        return WriteEventsPayload.encode(m.streamId(), dialect.toWire(m.expectedVersion(), "WriteEvents.expected_version"),
                m.events(), m.requireMaster());
    }

    byte[] writeEventsCompleted(WriteEventsCompleted m) {
        ClientMessages.WriteEventsCompleted.Builder b = ClientMessages.WriteEventsCompleted.newBuilder()
                .setResult(result(m.result()))
                .setFirstEventNumber(dialect.toWire(m.firstEventNumber(), "WriteEventsCompleted.first_event_number"))
                .setLastEventNumber(dialect.toWire(m.lastEventNumber(), "WriteEventsCompleted.last_event_number"));
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        if (m.preparePosition() != null) {
            b.setPreparePosition(m.preparePosition());
        }
        if (m.commitPosition() != null) {
            b.setCommitPosition(m.commitPosition());
        }
        if (m.currentVersion() != null && dialect.has(Feature.CURRENT_VERSION)) {
            b.setCurrentVersion(m.currentVersion());
        }
        return b.build().toByteArray();
    }

    byte[] deleteStream(DeleteStream m) {
        ClientMessages.DeleteStream.Builder b = ClientMessages.DeleteStream.newBuilder()
                .setEventStreamId(m.streamId())
                .setExpectedVersion(dialect.toWire(m.expectedVersion(), "DeleteStream.expected_version"))
                .setRequireMaster(m.requireMaster());
        if (m.hardDelete() != null) {
            b.setHardDelete(m.hardDelete());
        }
        return b.build().toByteArray();
    }

    byte[] deleteStreamCompleted(DeleteStreamCompleted m) {
        ClientMessages.DeleteStreamCompleted.Builder b = ClientMessages.DeleteStreamCompleted.newBuilder()
                .setResult(result(m.result()));
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        if (m.preparePosition() != null) {
            b.setPreparePosition(m.preparePosition());
        }
        if (m.commitPosition() != null) {
            b.setCommitPosition(m.commitPosition());
        }
        return b.build().toByteArray();
    }

    byte[] transactionStart(TransactionStart m) {
        return ClientMessages.TransactionStart.newBuilder()
                .setEventStreamId(m.streamId())
                .setExpectedVersion(dialect.toWire(m.expectedVersion(), "TransactionStart.expected_version"))
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    byte[] transactionStartCompleted(TransactionStartCompleted m) {
        ClientMessages.TransactionStartCompleted.Builder b = ClientMessages.TransactionStartCompleted.newBuilder()
                .setTransactionId(m.transactionId())
                .setResult(result(m.result()));
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        return b.build().toByteArray();
    }

    byte[] transactionWrite(TransactionWrite m) {
        ClientMessages.TransactionWrite.Builder b = ClientMessages.TransactionWrite.newBuilder()
                .setTransactionId(m.transactionId())
                .setRequireMaster(m.requireMaster());
        for (NewEvent event : m.events()) {
            b.addEvents(shapes.toProto(event));
        }
        return b.build().toByteArray();
    }

    byte[] transactionWriteCompleted(TransactionWriteCompleted m) {
        ClientMessages.TransactionWriteCompleted.Builder b = ClientMessages.TransactionWriteCompleted.newBuilder()
                .setTransactionId(m.transactionId())
                .setResult(result(m.result()));
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        return b.build().toByteArray();
    }

    byte[] transactionCommit(TransactionCommit m) {
        return ClientMessages.TransactionCommit.newBuilder()
                .setTransactionId(m.transactionId())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    byte[] transactionCommitCompleted(TransactionCommitCompleted m) {
        ClientMessages.TransactionCommitCompleted.Builder b = ClientMessages.TransactionCommitCompleted.newBuilder()
                .setTransactionId(m.transactionId())
                .setResult(result(m.result()))
                .setFirstEventNumber(dialect.toWire(m.firstEventNumber(), "TransactionCommitCompleted.first_event_number"))
                .setLastEventNumber(dialect.toWire(m.lastEventNumber(), "TransactionCommitCompleted.last_event_number"));
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        if (m.preparePosition() != null) {
            b.setPreparePosition(m.preparePosition());
        }
        if (m.commitPosition() != null) {
            b.setCommitPosition(m.commitPosition());
        }
        return b.build().toByteArray();
    }

    private static ClientMessages.OperationResult result(OperationResult result) {
        return ClientMessages.OperationResult.forNumber(result.code());
    }
}
