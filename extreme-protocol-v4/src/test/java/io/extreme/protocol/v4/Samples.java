package io.extreme.protocol.v4;

import static io.extreme.spi.TcpCommand.*;

import io.extreme.spi.message.*;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * One message of every neutral record, with the command it must travel under. Values are
 * chosen to catch mix-ups: 64-bit numbers beyond int32, negatives, every optional field set
 * in one case and left out in another.
 */
final class Samples {
    static final UUID ID = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    static final UUID ID2 = UUID.fromString("fedcba98-7654-3210-0123-456789abcdef");

    /** A message and the command byte it is sent with. */
    record Case(Message message, int command) {
        @Override
        public String toString() {
            return message.getClass().getSimpleName() + " as " + nameOf(command);
        }
    }

    private Samples() {
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
        return new EventRecord("$>-stream", 5_000_000_000L, ID2, "$>", 0, 0, utf8("3@orders-1"), null, null, null);
    }

    static PersistentSubscriptionConfig config(String strategy) {
        return new PersistentSubscriptionConfig(true, 5_000_000_000L, 30_000, false, 500, 20, 500, 10, true,
                2_000, 1_000, 10, 0, strategy);
    }

    static List<Case> all() {
        return List.of(
                new Case(new WriteEvents("orders-1", -2, List.of(newEvent(),
                        new NewEvent(ID2, "b", 0, 0, new byte[0], null)), true), WRITE_EVENTS),
                new Case(new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 5_000_000_000L, 18_495L, 18_495L, 0L),
                        WRITE_EVENTS_COMPLETED),
                new Case(new WriteEventsCompleted(OperationResult.WRONG_EXPECTED_VERSION, "Wrong expected version.",
                        Integer.MIN_VALUE, Integer.MIN_VALUE, null, null, null), WRITE_EVENTS_COMPLETED),
                new Case(new DeleteStream("orders-1", 7, false, true), DELETE_STREAM),
                new Case(new DeleteStream("orders-1", -1, true, null), DELETE_STREAM),
                new Case(new DeleteStreamCompleted(OperationResult.STREAM_DELETED, "gone", -1L, 0L), DELETE_STREAM_COMPLETED),
                new Case(new DeleteStreamCompleted(OperationResult.SUCCESS, null, null, null), DELETE_STREAM_COMPLETED),
                new Case(new TransactionStart("orders-1", 5_000_000_000L, true), TRANSACTION_START),
                new Case(new TransactionStartCompleted(123_456_789_012L, OperationResult.SUCCESS, null),
                        TRANSACTION_START_COMPLETED),
                new Case(new TransactionWrite(123_456_789_012L, List.of(newEvent()), false), TRANSACTION_WRITE),
                new Case(new TransactionWriteCompleted(123_456_789_012L, OperationResult.ACCESS_DENIED, "Access denied."),
                        TRANSACTION_WRITE_COMPLETED),
                new Case(new TransactionCommit(123_456_789_012L, true), TRANSACTION_COMMIT),
                new Case(new TransactionCommitCompleted(123_456_789_012L, OperationResult.SUCCESS, "", 3, 4, 200L, 300L),
                        TRANSACTION_COMMIT_COMPLETED),
                new Case(new ReadEvent("orders-1", -1, true, false), READ_EVENT),
                new Case(new ReadEventCompleted(ReadEventResult.SUCCESS,
                        new ResolvedIndexedEvent(record(3), bareRecord()), ""), READ_EVENT_COMPLETED),
                new Case(new ReadEventCompleted(ReadEventResult.NOT_FOUND, new ResolvedIndexedEvent(null, null), null),
                        READ_EVENT_COMPLETED),
                new Case(new ReadStreamEvents(ReadDirection.FORWARD, "orders-1", 5_000_000_000L, 4096, false, true),
                        READ_STREAM_EVENTS_FORWARD),
                new Case(new ReadStreamEvents(ReadDirection.BACKWARD, "orders-1", -1, 10, true, false),
                        READ_STREAM_EVENTS_BACKWARD),
                new Case(new ReadStreamEventsCompleted(ReadDirection.FORWARD,
                        List.of(new ResolvedIndexedEvent(record(0), null), new ResolvedIndexedEvent(null, bareRecord())),
                        ReadStreamResult.SUCCESS, 2, Long.MAX_VALUE, true, 18_495L, ""),
                        READ_STREAM_EVENTS_FORWARD_COMPLETED),
                new Case(new ReadStreamEventsCompleted(ReadDirection.BACKWARD, List.of(), ReadStreamResult.NO_STREAM,
                        -1, -1, true, 0, null), READ_STREAM_EVENTS_BACKWARD_COMPLETED),
                new Case(new ReadAllEvents(ReadDirection.FORWARD, 0, 0, 100, false, true), READ_ALL_EVENTS_FORWARD),
                new Case(new ReadAllEvents(ReadDirection.BACKWARD, -1, -1, 100, true, false), READ_ALL_EVENTS_BACKWARD),
                new Case(new ReadAllEventsCompleted(ReadDirection.FORWARD, 0, 0,
                        List.of(new ResolvedEvent(record(0), null, 18_495L, 18_495L),
                                new ResolvedEvent(null, bareRecord(), 20_000L, 19_000L)),
                        20_001L, 0, null, null), READ_ALL_EVENTS_FORWARD_COMPLETED),
                new Case(new ReadAllEventsCompleted(ReadDirection.BACKWARD, -1, -1, List.of(), 0, 0,
                        ReadAllResult.ACCESS_DENIED, "Access denied."), READ_ALL_EVENTS_BACKWARD_COMPLETED),
                new Case(new SubscribeToStream("", true), SUBSCRIBE_TO_STREAM),
                new Case(new SubscriptionConfirmation(18_495L, null), SUBSCRIPTION_CONFIRMATION),
                new Case(new SubscriptionConfirmation(18_495L, 5_000_000_000L), SUBSCRIPTION_CONFIRMATION),
                new Case(new StreamEventAppeared(new ResolvedEvent(record(1), null, 30_000L, 29_000L)), STREAM_EVENT_APPEARED),
                new Case(new UnsubscribeFromStream(), UNSUBSCRIBE_FROM_STREAM),
                new Case(new SubscriptionDropped(null), SUBSCRIPTION_DROPPED),
                new Case(new SubscriptionDropped(SubscriptionDropReason.SUBSCRIBER_MAX_COUNT_REACHED), SUBSCRIPTION_DROPPED),
                new Case(new ConnectToPersistentSubscription("group-1", "orders-1", 10), CONNECT_TO_PERSISTENT_SUBSCRIPTION),
                new Case(new PersistentSubscriptionConfirmation(18_495L, "orders-1::group-1", 5_000_000_000L),
                        PERSISTENT_SUBSCRIPTION_CONFIRMATION),
                new Case(new PersistentSubscriptionConfirmation(0, "orders-1::group-1", null),
                        PERSISTENT_SUBSCRIPTION_CONFIRMATION),
                new Case(new PersistentSubscriptionStreamEventAppeared(new ResolvedIndexedEvent(record(2), null), 3),
                        PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED),
                new Case(new PersistentSubscriptionStreamEventAppeared(new ResolvedIndexedEvent(null, bareRecord()), null),
                        PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED),
                new Case(new CreatePersistentSubscription("group-1", "orders-1", config("RoundRobin")),
                        CREATE_PERSISTENT_SUBSCRIPTION),
                new Case(new CreatePersistentSubscriptionCompleted(CreatePersistentSubscriptionResult.ALREADY_EXISTS, ""),
                        CREATE_PERSISTENT_SUBSCRIPTION_COMPLETED),
                new Case(new UpdatePersistentSubscription("group-1", "orders-1", config(null)), UPDATE_PERSISTENT_SUBSCRIPTION),
                new Case(new UpdatePersistentSubscriptionCompleted(UpdatePersistentSubscriptionResult.DOES_NOT_EXIST, null),
                        UPDATE_PERSISTENT_SUBSCRIPTION_COMPLETED),
                new Case(new DeletePersistentSubscription("group-1", "orders-1"), DELETE_PERSISTENT_SUBSCRIPTION),
                new Case(new DeletePersistentSubscriptionCompleted(DeletePersistentSubscriptionResult.FAIL, "nope"),
                        DELETE_PERSISTENT_SUBSCRIPTION_COMPLETED),
                new Case(new PersistentSubscriptionAckEvents("orders-1::group-1", List.of(ID, ID2)),
                        PERSISTENT_SUBSCRIPTION_ACK_EVENTS),
                new Case(new PersistentSubscriptionNakEvents("orders-1::group-1", List.of(ID), "bad", NakAction.PARK),
                        PERSISTENT_SUBSCRIPTION_NAK_EVENTS),
                new Case(new PersistentSubscriptionNakEvents("orders-1::group-1", List.of(), null, NakAction.UNKNOWN),
                        PERSISTENT_SUBSCRIPTION_NAK_EVENTS),
                new Case(new ScavengeDatabase(), SCAVENGE_DATABASE),
                new Case(new ScavengeDatabaseCompleted(ScavengeResult.IN_PROGRESS, null, 12, 5_000_000_000L),
                        SCAVENGE_DATABASE_COMPLETED),
                new Case(new ScavengeDatabaseCompleted(ScavengeResult.FAILED, "disk", 0, 0), SCAVENGE_DATABASE_COMPLETED),
                new Case(new HeartbeatRequest(), HEARTBEAT_REQUEST),
                new Case(new HeartbeatResponse(), HEARTBEAT_RESPONSE),
                new Case(new Ping(utf8("still open")), PING),
                new Case(new Pong(new byte[] {0, (byte) 0xFF, 7}), PONG),
                new Case(new BadRequest("Could not unwrap network package for command WriteEvents.\n"), BAD_REQUEST),
                new Case(new NotHandled(NotHandledReason.NOT_MASTER,
                        new MasterInfo("10.0.0.1", 1113, "10.0.0.1", 2113, null, null)), NOT_HANDLED),
                new Case(new NotHandled(NotHandledReason.NOT_MASTER,
                        new MasterInfo("10.0.0.1", 1113, "10.0.0.1", 2113, "10.0.0.2", 1115)), NOT_HANDLED),
                new Case(new NotHandled(NotHandledReason.NOT_READY, null), NOT_HANDLED),
                new Case(new Authenticate(), AUTHENTICATE),
                new Case(new Authenticated(), AUTHENTICATED),
                new Case(new NotAuthenticated("Not Authenticated"), NOT_AUTHENTICATED),
                new Case(new IdentifyClient(1, "ES-x"), IDENTIFY_CLIENT),
                new Case(new IdentifyClient(1, null), IDENTIFY_CLIENT),
                new Case(new ClientIdentified(), CLIENT_IDENTIFIED),
                new Case(new RawMessage(0x55, utf8("x")), 0x55),
                new Case(new RawMessage(0xBA, Hex.bytes("08001000180a2000280030003a00")), 0xBA));
    }
}
