package io.extreme.protocol.v3;

import io.extreme.protocol.v3.proto.ClientMessagesV3;
import io.extreme.spi.message.MasterInfo;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.ScavengeDatabaseCompleted;
import java.nio.charset.StandardCharsets;

/**
 * Payloads of the connection's own messages (PROTOCOL.md §2.3, §3.8, §3.10): the texts of
 * BadRequest and NotAuthenticated, NotHandled and the scavenge reply. The payload-less ones
 * (heartbeats, Authenticate…) need no encoder; v3 has no IdentifyClient.
 */
final class ControlEncoder {
    private ControlEncoder() {
    }

    /** UTF-8 without BOM; null is an empty text. */
    static byte[] text(String text) {
        return text == null ? V3Codec.EMPTY : text.getBytes(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException for IsReadOnly, a reason of 20.x that the v3 schema does not have */
    static byte[] notHandled(NotHandled m) {
        if (m.reason() == NotHandledReason.IS_READ_ONLY) {
            throw new IllegalArgumentException("protocol v3 has no NotHandled reason IsReadOnly (EventStore 20.x only)");
        }
        ClientMessagesV3.NotHandled.Builder b = ClientMessagesV3.NotHandled.newBuilder()
                .setReason(ClientMessagesV3.NotHandled.NotHandledReason.forNumber(m.reason().code()));
        MasterInfo master = m.masterInfo();
        if (master != null) {
            ClientMessagesV3.NotHandled.MasterInfo.Builder info = ClientMessagesV3.NotHandled.MasterInfo.newBuilder()
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
        ClientMessagesV3.ScavengeDatabaseCompleted.Builder b = ClientMessagesV3.ScavengeDatabaseCompleted.newBuilder()
                .setResult(ClientMessagesV3.ScavengeDatabaseCompleted.ScavengeResult.forNumber(m.result().code()))
                .setTotalTimeMs(m.totalTimeMs())
                .setTotalSpaceSaved(m.totalSpaceSaved());
        if (m.error() != null) {
            b.setError(m.error());
        }
        return b.build().toByteArray();
    }
}
