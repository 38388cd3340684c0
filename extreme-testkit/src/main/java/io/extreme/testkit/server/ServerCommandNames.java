package io.extreme.testkit.server;

import io.extreme.spi.TcpCommand;
import io.extreme.testkit.engine.ServerGeneration;

/**
 * The names a real EventStore 4.1.4 gives to command bytes in its BadRequest texts
 * ("Could not unwrap network package for command WriteEvents."). They are the server's own
 * enum names, which differ from the client's ({@code HeartbeatRequestCommand}) and include the
 * node-to-node codes ({@code PrepareAck}); a byte the 4.1.4 enum does not define prints as its
 * decimal number ({@code 85}, {@code 186} for the 20.x filtered read), as the transcripts show.
 * EventStore 3.9.3's enum is the same without IdentifyClient and ClientIdentified, which came
 * with 3.9.4: it prints them as {@code 245} and {@code 246}.
 */
final class ServerCommandNames {
    private static final String[] NAMES = new String[256];

    static {
        name(0x01, "HeartbeatRequestCommand");
        name(0x02, "HeartbeatResponseCommand");
        name(0x03, "Ping");
        name(0x04, "Pong");
        // Node-to-node codes: a client never sends them, but the server still knows their names.
        name(0x05, "PrepareAck");
        name(0x06, "CommitAck");
        name(0x07, "SlaveAssignment");
        name(0x08, "CloneAssignment");
        name(0x10, "SubscribeReplica");
        name(0x11, "ReplicaLogPositionAck");
        name(0x12, "CreateChunk");
        name(0x13, "RawChunkBulk");
        name(0x14, "DataChunkBulk");
        name(0x15, "ReplicaSubscriptionRetry");
        name(0x16, "ReplicaSubscribed");
        name(0x82, "WriteEvents");
        name(0x83, "WriteEventsCompleted");
        name(0x84, "TransactionStart");
        name(0x85, "TransactionStartCompleted");
        name(0x86, "TransactionWrite");
        name(0x87, "TransactionWriteCompleted");
        name(0x88, "TransactionCommit");
        name(0x89, "TransactionCommitCompleted");
        name(0x8A, "DeleteStream");
        name(0x8B, "DeleteStreamCompleted");
        name(0xB0, "ReadEvent");
        name(0xB1, "ReadEventCompleted");
        name(0xB2, "ReadStreamEventsForward");
        name(0xB3, "ReadStreamEventsForwardCompleted");
        name(0xB4, "ReadStreamEventsBackward");
        name(0xB5, "ReadStreamEventsBackwardCompleted");
        name(0xB6, "ReadAllEventsForward");
        name(0xB7, "ReadAllEventsForwardCompleted");
        name(0xB8, "ReadAllEventsBackward");
        name(0xB9, "ReadAllEventsBackwardCompleted");
        name(0xC0, "SubscribeToStream");
        name(0xC1, "SubscriptionConfirmation");
        name(0xC2, "StreamEventAppeared");
        name(0xC3, "UnsubscribeFromStream");
        name(0xC4, "SubscriptionDropped");
        name(0xC5, "ConnectToPersistentSubscription");
        name(0xC6, "PersistentSubscriptionConfirmation");
        name(0xC7, "PersistentSubscriptionStreamEventAppeared");
        name(0xC8, "CreatePersistentSubscription");
        name(0xC9, "CreatePersistentSubscriptionCompleted");
        name(0xCA, "DeletePersistentSubscription");
        name(0xCB, "DeletePersistentSubscriptionCompleted");
        name(0xCC, "PersistentSubscriptionAckEvents");
        name(0xCD, "PersistentSubscriptionNakEvents");
        name(0xCE, "UpdatePersistentSubscription");
        name(0xCF, "UpdatePersistentSubscriptionCompleted");
        name(0xD0, "ScavengeDatabase");
        name(0xD1, "ScavengeDatabaseCompleted");
        name(0xF0, "BadRequest");
        name(0xF1, "NotHandled");
        name(0xF2, "Authenticate");
        name(0xF3, "Authenticated");
        name(0xF4, "NotAuthenticated");
        name(0xF5, "IdentifyClient");
        name(0xF6, "ClientIdentified");
    }

    private ServerCommandNames() {
    }

    private static void name(int code, String name) {
        NAMES[code] = name;
    }

    /** The 4.1.4 server's name of {@code command}, or its decimal number when it has none. */
    static String of(int command) {
        String name = command >= 0 && command < NAMES.length ? NAMES[command] : null;
        return name != null ? name : Integer.toString(command);
    }

    /** The name a server of {@code generation} gives {@code command}, or its decimal number when it has none. */
    static String of(int command, ServerGeneration generation) {
        boolean newerThanV3 = command == TcpCommand.IDENTIFY_CLIENT || command == TcpCommand.CLIENT_IDENTIFIED;
        return generation == ServerGeneration.V3 && newerThanV3 ? Integer.toString(command) : of(command);
    }

    /** The text of the BadRequest a real 4.1.4 server answers to a frame it cannot unwrap. */
    static String couldNotUnwrap(int command) {
        return couldNotUnwrap(command, ServerGeneration.V4);
    }

    /** The text of the BadRequest a server of {@code generation} answers to a frame it cannot unwrap. */
    static String couldNotUnwrap(int command, ServerGeneration generation) {
        return "Could not unwrap network package for command " + of(command, generation) + ".\n";
    }
}
