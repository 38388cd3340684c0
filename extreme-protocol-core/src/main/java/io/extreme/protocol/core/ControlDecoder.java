package io.extreme.protocol.core;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.message.IdentifyClient;
import io.extreme.spi.message.MasterInfo;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.ScavengeDatabaseCompleted;
import io.extreme.spi.message.ScavengeResult;
import java.nio.charset.StandardCharsets;

/** Reads the payloads of the connection's own messages. */
final class ControlDecoder {
    private static final int IS_READ_ONLY = ClientMessages.NotHandled.NotHandledReason.IsReadOnly_VALUE;

    private final Dialect dialect;

    ControlDecoder(Dialect dialect) {
        this.dialect = dialect;
    }

    static String text(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** Only for a dialect with the handshake: the decoder passes the others' frames on raw. */
    static IdentifyClient identifyClient(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.IdentifyClient m = Wire.parse(ClientMessages.IdentifyClient.parser(), payload);
        return new IdentifyClient(m.getVersion(), m.hasConnectionName() ? m.getConnectionName() : null);
    }

    NotHandled notHandled(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.NotHandled m = Wire.parse(ClientMessages.NotHandled.parser(), payload);
        Wire.checkEnum(m.hasReason(), m, 1);
        int reason = m.getReason().getNumber();
        if (reason == IS_READ_ONLY && !dialect.has(Feature.READ_ONLY_REASON)) {
            // To v3's schema IsReadOnly is an unknown value: it reads the last reason it knows, if any.
            reason = Wire.lastKnownEnumValue(payload, m, 1,
                    code -> code != IS_READ_ONLY && ClientMessages.NotHandled.NotHandledReason.forNumber(code) != null);
        }
        MasterInfo master = null;
        if (m.hasAdditionalInfo()) {
            ClientMessages.NotHandled.MasterInfo info = m.getAdditionalInfo();
            master = new MasterInfo(info.getExternalTcpAddress(), info.getExternalTcpPort(),
                    info.getExternalHttpAddress(), info.getExternalHttpPort(),
                    info.hasExternalSecureTcpAddress() ? info.getExternalSecureTcpAddress() : null,
                    info.hasExternalSecureTcpPort() ? info.getExternalSecureTcpPort() : null);
        }
        return new NotHandled(NotHandledReason.fromCode(reason), master);
    }

    static ScavengeDatabaseCompleted scavengeDatabaseCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.ScavengeDatabaseCompleted m =
                Wire.parse(ClientMessages.ScavengeDatabaseCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new ScavengeDatabaseCompleted(ScavengeResult.fromCode(m.getResult().getNumber()),
                m.hasError() ? m.getError() : null, m.getTotalTimeMs(), m.getTotalSpaceSaved());
    }
}
