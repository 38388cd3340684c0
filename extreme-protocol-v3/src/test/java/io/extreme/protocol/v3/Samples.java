package io.extreme.protocol.v3;

import static io.extreme.spi.TcpCommand.*;

import io.extreme.spi.message.*;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * One message of every neutral record protocol v3 has, with the command it must travel under.
 * Numbers are chosen to catch mix-ups within 32 bits: the largest and smallest ints, negatives,
 * the deleted-stream number; every optional field set in one case and left out in another.
 * Cases that set a field v3 lacks say what comes back instead.
 */
final class Samples {
    static final UUID ID = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    static final UUID ID2 = UUID.fromString("fedcba98-7654-3210-0123-456789abcdef");

    /** The largest event number that is not v3's deleted-stream number. */
    static final long LARGEST = Integer.MAX_VALUE - 1L;

    /** A message, the command byte it is sent with, and what decoding it gives back. */
    record Case(Message message, int command, Message decoded) {
        @Override
        public String toString() {
            return message.getClass().getSimpleName() + " as " + nameOf(command)
                    + (decoded == message ? "" : " (v4-only fields dropped)");
        }
    }

    private Samples() {
    }

    private static Case same(Message message, int command) {
        return new Case(message, command, message);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static NewEvent newEvent() {
        return new NewEvent(ID, "order-placed", 1, 0, utf8("{\"a\":1}"), utf8("{\"m\":true}"));
    }

    static EventRecord record(long number) {
        return new EventRecord("orders-1", number, ID, "order-placed", 1, 1, utf8("{\"a\":1}"), new byte[0],
                637_000_000_000_000_000L, 1_700_000_000_000L);
    }

    static EventRecord bareRecord() {
        return new EventRecord("$>-stream", LARGEST, ID2, "$>", 0, 0, utf8("3@orders-1"), null, null, null);
    }

    /** A hard delete's tombstone: v3 writes its number as int.MaxValue, the neutral model as Long.MAX_VALUE. */
    static EventRecord tombstone() {
        return new EventRecord("orders-1", Long.MAX_VALUE, ID2, "$streamDeleted", 1, 1, new byte[0], null, null, null);
    }

    static PersistentSubscriptionConfig config(String strategy) {
        return new PersistentSubscriptionConfig(true, LARGEST, 30_000, false, 500, 20, 500, 10, true,
                2_000, 1_000, 10, 0, strategy);
    }

    /** Every case that travels; IdentifyClient and ClientIdentified do not exist in v3. */
    static List<Case> all() {
        ResolvedIndexedEvent pushed = new ResolvedIndexedEvent(record(2), null);
        return List.of(
                same(new WriteEvents("orders-1", -2, List.of(newEvent(),
                        new NewEvent(ID2, "b", 0, 0, new byte[0], null)), true), WRITE_EVENTS),
                same(new WriteEvents("orders-1", -4, List.of(), false), WRITE_EVENTS),
                new Case(new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, LARGEST, 18_495L, 18_495L, 0L),
                        WRITE_EVENTS_COMPLETED,
                        new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, LARGEST, 18_495L, 18_495L, null)),
                same(new WriteEventsCompleted(OperationResult.WRONG_EXPECTED_VERSION, "Wrong expected version.",
                        Integer.MIN_VALUE, Integer.MIN_VALUE, null, null, null), WRITE_EVENTS_COMPLETED),
                same(new DeleteStream("orders-1", 7, false, true), DELETE_STREAM),
                same(new DeleteStream("orders-1", -1, true, null), DELETE_STREAM),
                same(new DeleteStreamCompleted(OperationResult.STREAM_DELETED, "gone", -1L, 0L), DELETE_STREAM_COMPLETED),
                same(new DeleteStreamCompleted(OperationResult.SUCCESS, null, null, null), DELETE_STREAM_COMPLETED),
                same(new TransactionStart("orders-1", LARGEST, true), TRANSACTION_START),
                same(new TransactionStartCompleted(123_456_789_012L, OperationResult.SUCCESS, null),
                        TRANSACTION_START_COMPLETED),
                same(new TransactionWrite(123_456_789_012L, List.of(newEvent()), false), TRANSACTION_WRITE),
                same(new TransactionWriteCompleted(123_456_789_012L, OperationResult.ACCESS_DENIED, "Access denied."),
                        TRANSACTION_WRITE_COMPLETED),
                same(new TransactionCommit(123_456_789_012L, true), TRANSACTION_COMMIT),
                same(new TransactionCommitCompleted(123_456_789_012L, OperationResult.SUCCESS, "", 3, 4, 200L, 300L),
                        TRANSACTION_COMMIT_COMPLETED),
                same(new ReadEvent("orders-1", -1, true, false), READ_EVENT),
                same(new ReadEventCompleted(ReadEventResult.SUCCESS,
                        new ResolvedIndexedEvent(record(3), bareRecord()), ""), READ_EVENT_COMPLETED),
                same(new ReadEventCompleted(ReadEventResult.NOT_FOUND, new ResolvedIndexedEvent(null, null), null),
                        READ_EVENT_COMPLETED),
                same(new ReadStreamEvents(ReadDirection.FORWARD, "orders-1", LARGEST, 4096, false, true),
                        READ_STREAM_EVENTS_FORWARD),
                same(new ReadStreamEvents(ReadDirection.BACKWARD, "orders-1", -1, 10, true, false),
                        READ_STREAM_EVENTS_BACKWARD),
                same(new ReadStreamEventsCompleted(ReadDirection.FORWARD,
                        List.of(new ResolvedIndexedEvent(record(0), null), new ResolvedIndexedEvent(null, bareRecord()),
                                new ResolvedIndexedEvent(tombstone(), null)),
                        ReadStreamResult.SUCCESS, 2, Long.MAX_VALUE, true, 18_495L, ""),
                        READ_STREAM_EVENTS_FORWARD_COMPLETED),
                same(new ReadStreamEventsCompleted(ReadDirection.BACKWARD, List.of(), ReadStreamResult.NO_STREAM,
                        -1, -1, true, 0, null), READ_STREAM_EVENTS_BACKWARD_COMPLETED),
                same(new ReadAllEvents(ReadDirection.FORWARD, 0, 0, 100, false, true), READ_ALL_EVENTS_FORWARD),
                same(new ReadAllEvents(ReadDirection.BACKWARD, -1, -1, 100, true, false), READ_ALL_EVENTS_BACKWARD),
                same(new ReadAllEventsCompleted(ReadDirection.FORWARD, 0, 0,
                        List.of(new ResolvedEvent(record(0), null, 18_495L, 18_495L),
                                new ResolvedEvent(null, bareRecord(), 20_000L, 19_000L),
                                new ResolvedEvent(tombstone(), null, 5_000_000_000L, 5_000_000_000L)),
                        20_001L, 0, null, null), READ_ALL_EVENTS_FORWARD_COMPLETED),
                same(new ReadAllEventsCompleted(ReadDirection.BACKWARD, -1, -1, List.of(), 0, 0,
                        ReadAllResult.ACCESS_DENIED, "Access denied."), READ_ALL_EVENTS_BACKWARD_COMPLETED),
                same(new SubscribeToStream("", true), SUBSCRIBE_TO_STREAM),
                same(new SubscriptionConfirmation(18_495L, null), SUBSCRIPTION_CONFIRMATION),
                same(new SubscriptionConfirmation(18_495L, LARGEST), SUBSCRIPTION_CONFIRMATION),
                same(new SubscriptionConfirmation(18_495L, Long.MAX_VALUE), SUBSCRIPTION_CONFIRMATION),
                same(new StreamEventAppeared(new ResolvedEvent(record(1), null, 30_000L, 29_000L)), STREAM_EVENT_APPEARED),
                same(new UnsubscribeFromStream(), UNSUBSCRIBE_FROM_STREAM),
                same(new SubscriptionDropped(null), SUBSCRIPTION_DROPPED),
                same(new SubscriptionDropped(SubscriptionDropReason.SUBSCRIBER_MAX_COUNT_REACHED), SUBSCRIPTION_DROPPED),
                same(new ConnectToPersistentSubscription("group-1", "orders-1", 10), CONNECT_TO_PERSISTENT_SUBSCRIPTION),
                same(new PersistentSubscriptionConfirmation(18_495L, "orders-1::group-1", LARGEST),
                        PERSISTENT_SUBSCRIPTION_CONFIRMATION),
                same(new PersistentSubscriptionConfirmation(0, "orders-1::group-1", null),
                        PERSISTENT_SUBSCRIPTION_CONFIRMATION),
                new Case(new PersistentSubscriptionStreamEventAppeared(pushed, 3),
                        PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED,
                        new PersistentSubscriptionStreamEventAppeared(pushed, null)),
                same(new PersistentSubscriptionStreamEventAppeared(new ResolvedIndexedEvent(null, bareRecord()), null),
                        PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED),
                same(new CreatePersistentSubscription("group-1", "orders-1", config("RoundRobin")),
                        CREATE_PERSISTENT_SUBSCRIPTION),
                same(new CreatePersistentSubscriptionCompleted(CreatePersistentSubscriptionResult.ALREADY_EXISTS, ""),
                        CREATE_PERSISTENT_SUBSCRIPTION_COMPLETED),
                same(new UpdatePersistentSubscription("group-1", "orders-1", config(null)), UPDATE_PERSISTENT_SUBSCRIPTION),
                same(new UpdatePersistentSubscriptionCompleted(UpdatePersistentSubscriptionResult.DOES_NOT_EXIST, null),
                        UPDATE_PERSISTENT_SUBSCRIPTION_COMPLETED),
                same(new DeletePersistentSubscription("group-1", "orders-1"), DELETE_PERSISTENT_SUBSCRIPTION),
                same(new DeletePersistentSubscriptionCompleted(DeletePersistentSubscriptionResult.FAIL, "nope"),
                        DELETE_PERSISTENT_SUBSCRIPTION_COMPLETED),
                same(new PersistentSubscriptionAckEvents("orders-1::group-1", List.of(ID, ID2)),
                        PERSISTENT_SUBSCRIPTION_ACK_EVENTS),
                same(new PersistentSubscriptionNakEvents("orders-1::group-1", List.of(ID), "bad", NakAction.PARK),
                        PERSISTENT_SUBSCRIPTION_NAK_EVENTS),
                same(new PersistentSubscriptionNakEvents("orders-1::group-1", List.of(), null, NakAction.UNKNOWN),
                        PERSISTENT_SUBSCRIPTION_NAK_EVENTS),
                same(new ScavengeDatabase(), SCAVENGE_DATABASE),
                same(new ScavengeDatabaseCompleted(ScavengeResult.IN_PROGRESS, null, 12, 5_000_000_000L),
                        SCAVENGE_DATABASE_COMPLETED),
                same(new ScavengeDatabaseCompleted(ScavengeResult.FAILED, "disk", 0, 0), SCAVENGE_DATABASE_COMPLETED),
                same(new HeartbeatRequest(), HEARTBEAT_REQUEST),
                same(new HeartbeatResponse(), HEARTBEAT_RESPONSE),
                same(new Ping(utf8("still open")), PING),
                same(new Pong(new byte[] {0, (byte) 0xFF, 7}), PONG),
                same(new BadRequest("Could not unwrap network package for command 245.\n"), BAD_REQUEST),
                same(new NotHandled(NotHandledReason.NOT_MASTER,
                        new MasterInfo("10.0.0.1", 1113, "10.0.0.1", 2113, null, null)), NOT_HANDLED),
                same(new NotHandled(NotHandledReason.NOT_MASTER,
                        new MasterInfo("10.0.0.1", 1113, "10.0.0.1", 2113, "10.0.0.2", 1115)), NOT_HANDLED),
                same(new NotHandled(NotHandledReason.NOT_READY, null), NOT_HANDLED),
                same(new Authenticate(), AUTHENTICATE),
                same(new Authenticated(), AUTHENTICATED),
                same(new NotAuthenticated("Not Authenticated"), NOT_AUTHENTICATED),
                same(new RawMessage(0x55, utf8("x")), 0x55),
                same(new RawMessage(IDENTIFY_CLIENT, Hex.bytes("08 01 12 04 45 53 2D 78")), IDENTIFY_CLIENT),
                same(new RawMessage(CLIENT_IDENTIFIED, new byte[0]), CLIENT_IDENTIFIED));
    }
}
