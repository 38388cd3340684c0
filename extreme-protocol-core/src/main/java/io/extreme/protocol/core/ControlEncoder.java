package io.extreme.protocol.core;

import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.message.IdentifyClient;
import io.extreme.spi.message.MasterInfo;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.ScavengeDatabaseCompleted;
import java.nio.charset.StandardCharsets;

/**
 * Payloads of the connection's own messages (PROTOCOL.md §2.3, §3.8 – §3.10): the texts of
 * BadRequest and NotAuthenticated, NotHandled, IdentifyClient and the scavenge reply. The
 * payload-less ones (heartbeats, Authenticate, ClientIdentified…) need no encoder.
 */
final class ControlEncoder {
    private final Dialect dialect;

    ControlEncoder(Dialect dialect) {
        this.dialect = dialect;
    }

    /** UTF-8 without BOM; null is an empty text. */
    static byte[] text(String text) {
        return text == null ? Wire.EMPTY : text.getBytes(StandardCharsets.UTF_8);
    }

    /** Only for a dialect with the handshake: the encoder refuses it for the others. */
    static byte[] identifyClient(IdentifyClient m) {
        ClientMessages.IdentifyClient.Builder b = ClientMessages.IdentifyClient.newBuilder().setVersion(m.version());
        if (m.connectionName() != null) {
            b.setConnectionName(m.connectionName());
        }
        return b.build().toByteArray();
    }

    /** @throws IllegalArgumentException for IsReadOnly under a dialect whose schema does not have it (v3) */
    byte[] notHandled(NotHandled m) {
        if (m.reason() == NotHandledReason.IS_READ_ONLY && !dialect.has(Feature.READ_ONLY_REASON)) {
            throw new IllegalArgumentException(dialect + " has no NotHandled reason IsReadOnly (EventStore 20.x only)");
        }
        ClientMessages.NotHandled.Builder b = ClientMessages.NotHandled.newBuilder()
                .setReason(ClientMessages.NotHandled.NotHandledReason.forNumber(m.reason().code()));
        MasterInfo master = m.masterInfo();
        if (master != null) {
            ClientMessages.NotHandled.MasterInfo.Builder info = ClientMessages.NotHandled.MasterInfo.newBuilder()
                    .setExternalTcpAddress(master.externalTcpAddress())
                    .setExternalTcpPort(master.externalTcpPort())
                    .setExternalHttpAddress(master.externalHttpAddress())
                    .setExternalHttpPort(master.externalHttpPort());
            if (master.externalSecureTcpAddress() != null) {
                info.setExternalSecureTcpAddress(master.externalSecureTcpAddress());
            }
            if (master.externalSecureTcpPort() != null) {
                info.setExternalSecureTcpPort(master.externalSecureTcpPort());
            }
            b.setAdditionalInfo(info);
        }
        return b.build().toByteArray();
    }

    static byte[] scavengeDatabaseCompleted(ScavengeDatabaseCompleted m) {
        ClientMessages.ScavengeDatabaseCompleted.Builder b = ClientMessages.ScavengeDatabaseCompleted.newBuilder()
                .setResult(ClientMessages.ScavengeDatabaseCompleted.ScavengeResult.forNumber(m.result().code()))
                .setTotalTimeMs(m.totalTimeMs())
                .setTotalSpaceSaved(m.totalSpaceSaved());
        if (m.error() != null) {
            b.setError(m.error());
        }
        return b.build().toByteArray();
    }
}
