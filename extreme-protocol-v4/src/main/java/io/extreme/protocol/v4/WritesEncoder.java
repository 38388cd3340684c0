package io.extreme.protocol.v4;

import io.extreme.protocol.v4.proto.ClientMessages;
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

/** Payloads of appends, deletes and transactions (PROTOCOL.md §3.3). Optional fields are written only when set. */
final class WritesEncoder {
    private WritesEncoder() {
    }

    static byte[] writeEvents(WriteEvents m) {
        ClientMessages.WriteEvents.Builder b = ClientMessages.WriteEvents.newBuilder()
                .setEventStreamId(m.streamId())
                .setExpectedVersion(m.expectedVersion())
                .setRequireMaster(m.requireMaster());
        for (NewEvent event : m.events()) {
            b.addEvents(EventShapes.toProto(event));
        }
        return b.build().toByteArray();
    }

    static byte[] writeEventsCompleted(WriteEventsCompleted m) {
        ClientMessages.WriteEventsCompleted.Builder b = ClientMessages.WriteEventsCompleted.newBuilder()
                .setResult(result(m.result()))
                .setFirstEventNumber(m.firstEventNumber())
                .setLastEventNumber(m.lastEventNumber());
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        if (m.preparePosition() != null) {
            b.setPreparePosition(m.preparePosition());
        }
        if (m.commitPosition() != null) {
            b.setCommitPosition(m.commitPosition());
        }
        if (m.currentVersion() != null) {
            b.setCurrentVersion(m.currentVersion());
        }
        return b.build().toByteArray();
    }

    static byte[] deleteStream(DeleteStream m) {
        ClientMessages.DeleteStream.Builder b = ClientMessages.DeleteStream.newBuilder()
                .setEventStreamId(m.streamId())
                .setExpectedVersion(m.expectedVersion())
                .setRequireMaster(m.requireMaster());
        if (m.hardDelete() != null) {
            b.setHardDelete(m.hardDelete());
        }
        return b.build().toByteArray();
    }

    static byte[] deleteStreamCompleted(DeleteStreamCompleted m) {
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

    static byte[] transactionStart(TransactionStart m) {
        return ClientMessages.TransactionStart.newBuilder()
                .setEventStreamId(m.streamId())
                .setExpectedVersion(m.expectedVersion())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    static byte[] transactionStartCompleted(TransactionStartCompleted m) {
        ClientMessages.TransactionStartCompleted.Builder b = ClientMessages.TransactionStartCompleted.newBuilder()
                .setTransactionId(m.transactionId())
                .setResult(result(m.result()));
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        return b.build().toByteArray();
    }

    static byte[] transactionWrite(TransactionWrite m) {
        ClientMessages.TransactionWrite.Builder b = ClientMessages.TransactionWrite.newBuilder()
                .setTransactionId(m.transactionId())
                .setRequireMaster(m.requireMaster());
        for (NewEvent event : m.events()) {
            b.addEvents(EventShapes.toProto(event));
        }
        return b.build().toByteArray();
    }

    static byte[] transactionWriteCompleted(TransactionWriteCompleted m) {
        ClientMessages.TransactionWriteCompleted.Builder b = ClientMessages.TransactionWriteCompleted.newBuilder()
                .setTransactionId(m.transactionId())
                .setResult(result(m.result()));
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        return b.build().toByteArray();
    }

    static byte[] transactionCommit(TransactionCommit m) {
        return ClientMessages.TransactionCommit.newBuilder()
                .setTransactionId(m.transactionId())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    static byte[] transactionCommitCompleted(TransactionCommitCompleted m) {
        ClientMessages.TransactionCommitCompleted.Builder b = ClientMessages.TransactionCommitCompleted.newBuilder()
                .setTransactionId(m.transactionId())
                .setResult(result(m.result()))
                .setFirstEventNumber(m.firstEventNumber())
                .setLastEventNumber(m.lastEventNumber());
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
