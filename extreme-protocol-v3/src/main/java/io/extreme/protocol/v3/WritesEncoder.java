package io.extreme.protocol.v3;

import io.extreme.protocol.v3.proto.ClientMessagesV3;
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
 * only when set; event numbers and expected versions are 32-bit ({@link EventNumbers}); v3 has no
 * {@code WriteEventsCompleted.current_version}, so a neutral one is left out.
 */
final class WritesEncoder {
    private WritesEncoder() {
    }

    static byte[] writeEvents(WriteEvents m) {
        ClientMessagesV3.WriteEvents.Builder b = ClientMessagesV3.WriteEvents.newBuilder()
                .setEventStreamId(m.streamId())
                .setExpectedVersion(EventNumbers.toWire(m.expectedVersion(), "WriteEvents.expected_version"))
                .setRequireMaster(m.requireMaster());
        for (NewEvent event : m.events()) {
            b.addEvents(EventShapes.toProto(event));
        }
        return b.build().toByteArray();
    }

    static byte[] writeEventsCompleted(WriteEventsCompleted m) {
        ClientMessagesV3.WriteEventsCompleted.Builder b = ClientMessagesV3.WriteEventsCompleted.newBuilder()
                .setResult(result(m.result()))
                .setFirstEventNumber(EventNumbers.toWire(m.firstEventNumber(), "WriteEventsCompleted.first_event_number"))
                .setLastEventNumber(EventNumbers.toWire(m.lastEventNumber(), "WriteEventsCompleted.last_event_number"));
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

    static byte[] deleteStream(DeleteStream m) {
        ClientMessagesV3.DeleteStream.Builder b = ClientMessagesV3.DeleteStream.newBuilder()
                .setEventStreamId(m.streamId())
                .setExpectedVersion(EventNumbers.toWire(m.expectedVersion(), "DeleteStream.expected_version"))
                .setRequireMaster(m.requireMaster());
        if (m.hardDelete() != null) {
            b.setHardDelete(m.hardDelete());
        }
        return b.build().toByteArray();
    }

    static byte[] deleteStreamCompleted(DeleteStreamCompleted m) {
        ClientMessagesV3.DeleteStreamCompleted.Builder b = ClientMessagesV3.DeleteStreamCompleted.newBuilder()
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
        return ClientMessagesV3.TransactionStart.newBuilder()
                .setEventStreamId(m.streamId())
                .setExpectedVersion(EventNumbers.toWire(m.expectedVersion(), "TransactionStart.expected_version"))
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    static byte[] transactionStartCompleted(TransactionStartCompleted m) {
        ClientMessagesV3.TransactionStartCompleted.Builder b = ClientMessagesV3.TransactionStartCompleted.newBuilder()
                .setTransactionId(m.transactionId())
                .setResult(result(m.result()));
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        return b.build().toByteArray();
    }

    static byte[] transactionWrite(TransactionWrite m) {
        ClientMessagesV3.TransactionWrite.Builder b = ClientMessagesV3.TransactionWrite.newBuilder()
                .setTransactionId(m.transactionId())
                .setRequireMaster(m.requireMaster());
        for (NewEvent event : m.events()) {
            b.addEvents(EventShapes.toProto(event));
        }
        return b.build().toByteArray();
    }

    static byte[] transactionWriteCompleted(TransactionWriteCompleted m) {
        ClientMessagesV3.TransactionWriteCompleted.Builder b = ClientMessagesV3.TransactionWriteCompleted.newBuilder()
                .setTransactionId(m.transactionId())
                .setResult(result(m.result()));
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        return b.build().toByteArray();
    }

    static byte[] transactionCommit(TransactionCommit m) {
        return ClientMessagesV3.TransactionCommit.newBuilder()
                .setTransactionId(m.transactionId())
                .setRequireMaster(m.requireMaster())
                .build().toByteArray();
    }

    static byte[] transactionCommitCompleted(TransactionCommitCompleted m) {
        ClientMessagesV3.TransactionCommitCompleted.Builder b = ClientMessagesV3.TransactionCommitCompleted.newBuilder()
                .setTransactionId(m.transactionId())
                .setResult(result(m.result()))
                .setFirstEventNumber(EventNumbers.toWire(m.firstEventNumber(), "TransactionCommitCompleted.first_event_number"))
                .setLastEventNumber(EventNumbers.toWire(m.lastEventNumber(), "TransactionCommitCompleted.last_event_number"));
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

    private static ClientMessagesV3.OperationResult result(OperationResult result) {
        return ClientMessagesV3.OperationResult.forNumber(result.code());
    }
}
