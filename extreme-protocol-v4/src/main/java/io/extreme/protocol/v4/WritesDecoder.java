package io.extreme.protocol.v4;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.v4.proto.ClientMessages;
import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.DeleteStreamCompleted;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.TransactionCommit;
import io.extreme.spi.message.TransactionCommitCompleted;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionStartCompleted;
import io.extreme.spi.message.TransactionWrite;
import io.extreme.spi.message.TransactionWriteCompleted;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;

/** Reads the payloads of appends, deletes and transactions; an absent optional field becomes null. */
final class WritesDecoder {
    private WritesDecoder() {
    }

    static WriteEvents writeEvents(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.WriteEvents m = Wire.parse(ClientMessages.WriteEvents.parser(), payload);
        return new WriteEvents(m.getEventStreamId(), m.getExpectedVersion(),
                EventShapes.fromProto(m.getEventsList()), m.getRequireMaster());
    }

    static WriteEventsCompleted writeEventsCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.WriteEventsCompleted m = Wire.parse(ClientMessages.WriteEventsCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new WriteEventsCompleted(result(m.getResult()), m.hasMessage() ? m.getMessage() : null,
                m.getFirstEventNumber(), m.getLastEventNumber(),
                m.hasPreparePosition() ? m.getPreparePosition() : null,
                m.hasCommitPosition() ? m.getCommitPosition() : null,
                m.hasCurrentVersion() ? m.getCurrentVersion() : null);
    }

    static DeleteStream deleteStream(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.DeleteStream m = Wire.parse(ClientMessages.DeleteStream.parser(), payload);
        return new DeleteStream(m.getEventStreamId(), m.getExpectedVersion(), m.getRequireMaster(),
                m.hasHardDelete() ? m.getHardDelete() : null);
    }

    static DeleteStreamCompleted deleteStreamCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.DeleteStreamCompleted m = Wire.parse(ClientMessages.DeleteStreamCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new DeleteStreamCompleted(result(m.getResult()), m.hasMessage() ? m.getMessage() : null,
                m.hasPreparePosition() ? m.getPreparePosition() : null,
                m.hasCommitPosition() ? m.getCommitPosition() : null);
    }

    static TransactionStart transactionStart(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionStart m = Wire.parse(ClientMessages.TransactionStart.parser(), payload);
        return new TransactionStart(m.getEventStreamId(), m.getExpectedVersion(), m.getRequireMaster());
    }

    static TransactionStartCompleted transactionStartCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionStartCompleted m =
                Wire.parse(ClientMessages.TransactionStartCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 2);
        return new TransactionStartCompleted(m.getTransactionId(), result(m.getResult()),
                m.hasMessage() ? m.getMessage() : null);
    }

    static TransactionWrite transactionWrite(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionWrite m = Wire.parse(ClientMessages.TransactionWrite.parser(), payload);
        return new TransactionWrite(m.getTransactionId(), EventShapes.fromProto(m.getEventsList()), m.getRequireMaster());
    }

    static TransactionWriteCompleted transactionWriteCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionWriteCompleted m =
                Wire.parse(ClientMessages.TransactionWriteCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 2);
        return new TransactionWriteCompleted(m.getTransactionId(), result(m.getResult()),
                m.hasMessage() ? m.getMessage() : null);
    }

    static TransactionCommit transactionCommit(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionCommit m = Wire.parse(ClientMessages.TransactionCommit.parser(), payload);
        return new TransactionCommit(m.getTransactionId(), m.getRequireMaster());
    }

    static TransactionCommitCompleted transactionCommitCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionCommitCompleted m =
                Wire.parse(ClientMessages.TransactionCommitCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 2);
        return new TransactionCommitCompleted(m.getTransactionId(), result(m.getResult()),
                m.hasMessage() ? m.getMessage() : null, m.getFirstEventNumber(), m.getLastEventNumber(),
                m.hasPreparePosition() ? m.getPreparePosition() : null,
                m.hasCommitPosition() ? m.getCommitPosition() : null);
    }

    private static OperationResult result(ClientMessages.OperationResult result) {
        return OperationResult.fromCode(result.getNumber());
    }
}
