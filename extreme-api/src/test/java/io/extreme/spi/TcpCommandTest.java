package io.extreme.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Command codes and the names the server gives them (PROTOCOL.md §2.1). */
class TcpCommandTest {
    /**
     * The server's names of the client-relevant codes. The heartbeats are left out: the server
     * calls them HeartbeatRequestCommand and HeartbeatResponseCommand, TcpCommand drops the suffix.
     */
    private static final Map<Integer, String> SERVER_NAMES = new TreeMap<>(Map.ofEntries(
            Map.entry(0x03, "Ping"), Map.entry(0x04, "Pong"),
            Map.entry(0x82, "WriteEvents"), Map.entry(0x83, "WriteEventsCompleted"),
            Map.entry(0x84, "TransactionStart"), Map.entry(0x85, "TransactionStartCompleted"),
            Map.entry(0x86, "TransactionWrite"), Map.entry(0x87, "TransactionWriteCompleted"),
            Map.entry(0x88, "TransactionCommit"), Map.entry(0x89, "TransactionCommitCompleted"),
            Map.entry(0x8A, "DeleteStream"), Map.entry(0x8B, "DeleteStreamCompleted"),
            Map.entry(0xB0, "ReadEvent"), Map.entry(0xB1, "ReadEventCompleted"),
            Map.entry(0xB2, "ReadStreamEventsForward"), Map.entry(0xB3, "ReadStreamEventsForwardCompleted"),
            Map.entry(0xB4, "ReadStreamEventsBackward"), Map.entry(0xB5, "ReadStreamEventsBackwardCompleted"),
            Map.entry(0xB6, "ReadAllEventsForward"), Map.entry(0xB7, "ReadAllEventsForwardCompleted"),
            Map.entry(0xB8, "ReadAllEventsBackward"), Map.entry(0xB9, "ReadAllEventsBackwardCompleted"),
            Map.entry(0xC0, "SubscribeToStream"), Map.entry(0xC1, "SubscriptionConfirmation"),
            Map.entry(0xC2, "StreamEventAppeared"), Map.entry(0xC3, "UnsubscribeFromStream"),
            Map.entry(0xC4, "SubscriptionDropped"), Map.entry(0xC5, "ConnectToPersistentSubscription"),
            Map.entry(0xC6, "PersistentSubscriptionConfirmation"),
            Map.entry(0xC7, "PersistentSubscriptionStreamEventAppeared"),
            Map.entry(0xC8, "CreatePersistentSubscription"), Map.entry(0xC9, "CreatePersistentSubscriptionCompleted"),
            Map.entry(0xCA, "DeletePersistentSubscription"), Map.entry(0xCB, "DeletePersistentSubscriptionCompleted"),
            Map.entry(0xCC, "PersistentSubscriptionAckEvents"), Map.entry(0xCD, "PersistentSubscriptionNakEvents"),
            Map.entry(0xCE, "UpdatePersistentSubscription"), Map.entry(0xCF, "UpdatePersistentSubscriptionCompleted"),
            Map.entry(0xD0, "ScavengeDatabase"), Map.entry(0xD1, "ScavengeDatabaseCompleted"),
            Map.entry(0xF0, "BadRequest"), Map.entry(0xF1, "NotHandled"), Map.entry(0xF2, "Authenticate"),
            Map.entry(0xF3, "Authenticated"), Map.entry(0xF4, "NotAuthenticated"),
            Map.entry(0xF5, "IdentifyClient"), Map.entry(0xF6, "ClientIdentified")));

    @Test
    void namesAreTheServersNames() {
        SERVER_NAMES.forEach((code, name) -> assertThat(TcpCommand.nameOf(code)).as("0x%02X", code).isEqualTo(name));
    }

    @Test
    void codeOfIsTheInverseOfNameOf() {
        SERVER_NAMES.forEach((code, name) -> assertThat(TcpCommand.codeOf(name)).as(name).isEqualTo(code));
        assertThat(TcpCommand.codeOf(TcpCommand.nameOf(TcpCommand.HEARTBEAT_REQUEST))).isEqualTo(0x01);
        assertThat(TcpCommand.codeOf(TcpCommand.nameOf(TcpCommand.HEARTBEAT_RESPONSE))).isEqualTo(0x02);
    }

    @Test
    void unknownCodesAreShownInHex() {
        assertThat(TcpCommand.nameOf(0x55)).isEqualTo("0x55");
        assertThat(TcpCommand.nameOf(0x05)).isEqualTo("0x05");
        assertThat(TcpCommand.nameOf(0xBA)).isEqualTo("0xBA");
        assertThat(TcpCommand.nameOf(256)).isEqualTo("0x100");
        assertThat(TcpCommand.codeOf("NoSuchCommand")).isEqualTo(-1);
    }

    @Test
    void everyNamedCodeIsCovered() {
        int named = 0;
        for (int code = 0; code < 256; code++) {
            if (!TcpCommand.nameOf(code).startsWith("0x")) {
                named++;
            }
        }
        assertThat(named).isEqualTo(SERVER_NAMES.size() + 2);
    }
}
