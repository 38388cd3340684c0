package io.extreme.protocol.v3;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.v3.proto.ClientMessagesV3;
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

/**
 * Reads the payloads of appends, deletes and transactions; an absent optional field becomes null,
 * and so does {@code current_version}, which v3 does not have. Event numbers widen through
 * {@link EventNumbers}.
 */
final class WritesDecoder {
    private WritesDecoder() {
    }

    static WriteEvents writeEvents(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.WriteEvents m = Wire.parse(ClientMessagesV3.WriteEvents.parser(), payload);
        return new WriteEvents(m.getEventStreamId(), EventNumbers.fromWire(m.getExpectedVersion()),
                EventShapes.fromProto(m.getEventsList()), m.getRequireMaster());
    }

    static WriteEventsCompleted writeEventsCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.WriteEventsCompleted m = Wire.parse(ClientMessagesV3.WriteEventsCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new WriteEventsCompleted(result(m.getResult()), m.hasMessage() ? m.getMessage() : null,
                EventNumbers.fromWire(m.getFirstEventNumber()), EventNumbers.fromWire(m.getLastEventNumber()),
                m.hasPreparePosition() ? m.getPreparePosition() : null,
                m.hasCommitPosition() ? m.getCommitPosition() : null,
                null);
    }

    static DeleteStream deleteStream(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.DeleteStream m = Wire.parse(ClientMessagesV3.DeleteStream.parser(), payload);
        return new DeleteStream(m.getEventStreamId(), EventNumbers.fromWire(m.getExpectedVersion()), m.getRequireMaster(),
                m.hasHardDelete() ? m.getHardDelete() : null);
    }

    static DeleteStreamCompleted deleteStreamCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.DeleteStreamCompleted m = Wire.parse(ClientMessagesV3.DeleteStreamCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new DeleteStreamCompleted(result(m.getResult()), m.hasMessage() ? m.getMessage() : null,
                m.hasPreparePosition() ? m.getPreparePosition() : null,
                m.hasCommitPosition() ? m.getCommitPosition() : null);
    }

    static TransactionStart transactionStart(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.TransactionStart m = Wire.parse(ClientMessagesV3.TransactionStart.parser(), payload);
        return new TransactionStart(m.getEventStreamId(), EventNumbers.fromWire(m.getExpectedVersion()),
                m.getRequireMaster());
    }

    static TransactionStartCompleted transactionStartCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.TransactionStartCompleted m =
                Wire.parse(ClientMessagesV3.TransactionStartCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 2);
        return new TransactionStartCompleted(m.getTransactionId(), result(m.getResult()),
                m.hasMessage() ? m.getMessage() : null);
    }

    static TransactionWrite transactionWrite(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.TransactionWrite m = Wire.parse(ClientMessagesV3.TransactionWrite.parser(), payload);
        return new TransactionWrite(m.getTransactionId(), EventShapes.fromProto(m.getEventsList()), m.getRequireMaster());
    }

    static TransactionWriteCompleted transactionWriteCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.TransactionWriteCompleted m =
                Wire.parse(ClientMessagesV3.TransactionWriteCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 2);
        return new TransactionWriteCompleted(m.getTransactionId(), result(m.getResult()),
                m.hasMessage() ? m.getMessage() : null);
    }

    static TransactionCommit transactionCommit(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.TransactionCommit m = Wire.parse(ClientMessagesV3.TransactionCommit.parser(), payload);
        return new TransactionCommit(m.getTransactionId(), m.getRequireMaster());
    }

    static TransactionCommitCompleted transactionCommitCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.TransactionCommitCompleted m =
                Wire.parse(ClientMessagesV3.TransactionCommitCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 2);
        return new TransactionCommitCompleted(m.getTransactionId(), result(m.getResult()),
                m.hasMessage() ? m.getMessage() : null, EventNumbers.fromWire(m.getFirstEventNumber()),
                EventNumbers.fromWire(m.getLastEventNumber()),
                m.hasPreparePosition() ? m.getPreparePosition() : null,
                m.hasCommitPosition() ? m.getCommitPosition() : null);
    }

    private static OperationResult result(ClientMessagesV3.OperationResult result) {
        return OperationResult.fromCode(result.getNumber());
    }
}
