package io.extreme.protocol.v3;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.v3.proto.ClientMessagesV3;
import io.extreme.spi.message.MasterInfo;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.ScavengeDatabaseCompleted;
import io.extreme.spi.message.ScavengeResult;
import java.nio.charset.StandardCharsets;

/** Reads the payloads of the connection's own messages. */
final class ControlDecoder {
    private ControlDecoder() {
    }

    static String text(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }

    static NotHandled notHandled(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.NotHandled m = Wire.parse(ClientMessagesV3.NotHandled.parser(), payload);
        Wire.checkEnum(m.hasReason(), m, 1);
        MasterInfo master = null;
        if (m.hasAdditionalInfo()) {
            ClientMessagesV3.NotHandled.MasterInfo info = m.getAdditionalInfo();
            master = new MasterInfo(info.getExternalTcpAddress(), info.getExternalTcpPort(),
                    info.getExternalHttpAddress(), info.getExternalHttpPort(),
                    info.hasExternalSecureTcpAddress() ? info.getExternalSecureTcpAddress() : null,
                    info.hasExternalSecureTcpPort() ? info.getExternalSecureTcpPort() : null);
        }
        return new NotHandled(NotHandledReason.fromCode(m.getReason().getNumber()), master);
    }

    static ScavengeDatabaseCompleted scavengeDatabaseCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.ScavengeDatabaseCompleted m =
                Wire.parse(ClientMessagesV3.ScavengeDatabaseCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new ScavengeDatabaseCompleted(ScavengeResult.fromCode(m.getResult().getNumber()),
                m.hasError() ? m.getError() : null, m.getTotalTimeMs(), m.getTotalSpaceSaved());
    }
}
