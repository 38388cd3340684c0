package io.extreme.protocol.core;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.core.proto.ClientMessages;
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
 * and so does {@code current_version} under a dialect without it (v3), whose schema reads the
 * field as unknown. Event numbers come through the dialect.
 */
final class WritesDecoder {
    private final Dialect dialect;
    private final EventShapes shapes;
    private final AppendReplies replies;

    WritesDecoder(Dialect dialect, EventShapes shapes) {
        this.dialect = dialect;
        this.shapes = shapes;
        this.replies = new AppendReplies(dialect);
    }

    WriteEvents writeEvents(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.WriteEvents m = Wire.parse(ClientMessages.WriteEvents.parser(), payload);
        return new WriteEvents(m.getEventStreamId(), dialect.fromWire(m.getExpectedVersion()),
                shapes.fromProto(m.getEventsList()), m.getRequireMaster());
    }

    WriteEventsCompleted writeEventsCompleted(byte[] payload) throws InvalidProtocolBufferException {
        WriteEventsCompleted reply = replies.writeEventsCompleted(payload);
        return reply != null ? reply : parseWriteEventsCompleted(payload);
    }

    /** With the generated parser: for a reply {@link AppendReplies} leaves to it. */
    WriteEventsCompleted parseWriteEventsCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.WriteEventsCompleted m = Wire.parse(ClientMessages.WriteEventsCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new WriteEventsCompleted(result(m.getResult()), m.hasMessage() ? m.getMessage() : null,
                dialect.fromWire(m.getFirstEventNumber()), dialect.fromWire(m.getLastEventNumber()),
                m.hasPreparePosition() ? m.getPreparePosition() : null,
                m.hasCommitPosition() ? m.getCommitPosition() : null,
                dialect.has(Feature.CURRENT_VERSION) && m.hasCurrentVersion() ? m.getCurrentVersion() : null);
    }

    DeleteStream deleteStream(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.DeleteStream m = Wire.parse(ClientMessages.DeleteStream.parser(), payload);
        return new DeleteStream(m.getEventStreamId(), dialect.fromWire(m.getExpectedVersion()), m.getRequireMaster(),
                m.hasHardDelete() ? m.getHardDelete() : null);
    }

    DeleteStreamCompleted deleteStreamCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.DeleteStreamCompleted m = Wire.parse(ClientMessages.DeleteStreamCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new DeleteStreamCompleted(result(m.getResult()), m.hasMessage() ? m.getMessage() : null,
                m.hasPreparePosition() ? m.getPreparePosition() : null,
                m.hasCommitPosition() ? m.getCommitPosition() : null);
    }

    TransactionStart transactionStart(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionStart m = Wire.parse(ClientMessages.TransactionStart.parser(), payload);
        return new TransactionStart(m.getEventStreamId(), dialect.fromWire(m.getExpectedVersion()),
                m.getRequireMaster());
    }

    TransactionStartCompleted transactionStartCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionStartCompleted m =
                Wire.parse(ClientMessages.TransactionStartCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 2);
        return new TransactionStartCompleted(m.getTransactionId(), result(m.getResult()),
                m.hasMessage() ? m.getMessage() : null);
    }

    TransactionWrite transactionWrite(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionWrite m = Wire.parse(ClientMessages.TransactionWrite.parser(), payload);
        return new TransactionWrite(m.getTransactionId(), shapes.fromProto(m.getEventsList()), m.getRequireMaster());
    }

    TransactionWriteCompleted transactionWriteCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionWriteCompleted m =
                Wire.parse(ClientMessages.TransactionWriteCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 2);
        return new TransactionWriteCompleted(m.getTransactionId(), result(m.getResult()),
                m.hasMessage() ? m.getMessage() : null);
    }

    TransactionCommit transactionCommit(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionCommit m = Wire.parse(ClientMessages.TransactionCommit.parser(), payload);
        return new TransactionCommit(m.getTransactionId(), m.getRequireMaster());
    }

    TransactionCommitCompleted transactionCommitCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.TransactionCommitCompleted m =
                Wire.parse(ClientMessages.TransactionCommitCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 2);
        return new TransactionCommitCompleted(m.getTransactionId(), result(m.getResult()),
                m.hasMessage() ? m.getMessage() : null, dialect.fromWire(m.getFirstEventNumber()),
                dialect.fromWire(m.getLastEventNumber()),
                m.hasPreparePosition() ? m.getPreparePosition() : null,
                m.hasCommitPosition() ? m.getCommitPosition() : null);
    }

    private static OperationResult result(ClientMessages.OperationResult result) {
        return OperationResult.fromCode(result.getNumber());
    }
}
