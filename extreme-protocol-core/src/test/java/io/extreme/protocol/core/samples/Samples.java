package io.extreme.protocol.core.samples;

import static io.extreme.spi.TcpCommand.*;

import io.extreme.persistent.NackAction;
import io.extreme.spi.message.*;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One message of every neutral record a protocol version has, with the command it must travel
 * under. Numbers are chosen to catch mix-ups: the largest and smallest ints, negatives, the
 * deleted-stream number, and under v4 numbers beyond 32 bits; every optional field set in one
 * case and left out in another. Cases that set a field v3 lacks say what comes back instead.
 */
public final class Samples {
    /** The correlation and event id of every sample. */
    public static final UUID ID = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    /** A second id, where a message holds two. */
    public static final UUID ID2 = UUID.fromString("fedcba98-7654-3210-0123-456789abcdef");

    /** The largest event number that is not v3's deleted-stream number. */
    public static final long LARGEST = Integer.MAX_VALUE - 1L;

    /** An event number only v4 can carry. */
    public static final long BEYOND_32_BITS = 5_000_000_000L;

    /** A message, the command byte it is sent with, and what decoding it gives back. */
    public record Case(Message message, int command, Message decoded) {
        /** A case whose message comes back as it went. */
        public Case(Message message, int command) {
            this(message, command, message);
        }

        @Override
        public String toString() {
            return message.getClass().getSimpleName() + " as " + nameOf(command)
                    + (decoded == message ? "" : " (v4-only fields dropped)");
        }
    }

    private Samples() {
    }

    /** The largest event number the samples of {@code version} use. */
    public static long large(int version) {
        return version == 3 ? LARGEST : BEYOND_32_BITS;
    }

    /** UTF-8 bytes of {@code text}. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON event with metadata. */
    public static NewEvent newEvent() {
        return new NewEvent(ID, "order-placed", 1, 0, utf8("{\"a\":1}"), utf8("{\"m\":true}"));
    }

    /** A JSON event record with every optional field set. */
    public static EventRecord record(long number) {
        return new EventRecord("orders-1", number, ID, "order-placed", 1, 1, utf8("{\"a\":1}"), new byte[0],
                637_000_000_000_000_000L, 1_700_000_000_000L);
    }

    /** A link record without any optional field, numbered {@link #large}. */
    public static EventRecord bareRecord(int version) {
        return new EventRecord("$>-stream", large(version), ID2, "$>", 0, 0, utf8("3@orders-1"), null, null, null);
    }

    /** A hard delete's tombstone: v3 writes its number as int.MaxValue, the neutral model as Long.MAX_VALUE. */
    public static EventRecord tombstone() {
        return new EventRecord("orders-1", Long.MAX_VALUE, ID2, "$streamDeleted", 1, 1, new byte[0], null, null, null);
    }

    private static PersistentSubscriptionConfig config(int version, String strategy) {
        return new PersistentSubscriptionConfig(true, large(version), 30_000, false, 500, 20, 500, 10, true,
                2_000, 1_000, 10, 0, strategy);
    }

    /** Under v3 a case that comes back as {@code v3Decoded}, the fields v3 lacks dropped. */
    private static Case laterFields(int version, Message message, int command, Message v3Decoded) {
        return version == 3 ? new Case(message, command, v3Decoded) : new Case(message, command);
    }

    /** Every case that travels under {@code version}: 3 or 4. */
    public static List<Case> all(int version) {
        List<Case> cases = new ArrayList<>();
        cases.addAll(writes(version));
        cases.addAll(reads(version));
        cases.addAll(subscriptions(version));
        cases.addAll(control(version));
        return cases;
    }

    private static List<Case> writes(int version) {
        long large = large(version);
        return List.of(
                new Case(new WriteEvents("orders-1", -2, List.of(newEvent(),
                        new NewEvent(ID2, "b", 0, 0, new byte[0], null)), true), WRITE_EVENTS),
                new Case(new WriteEvents("orders-1", -4, List.of(), false), WRITE_EVENTS),
                laterFields(version, new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, large, 18_495L, 18_495L, 0L),
                        WRITE_EVENTS_COMPLETED,
                        new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, large, 18_495L, 18_495L, null)),
                new Case(new WriteEventsCompleted(OperationResult.WRONG_EXPECTED_VERSION, "Wrong expected version.",
                        Integer.MIN_VALUE, Integer.MIN_VALUE, null, null, null), WRITE_EVENTS_COMPLETED),
                new Case(new DeleteStream("orders-1", 7, false, true), DELETE_STREAM),
                new Case(new DeleteStream("orders-1", -1, true, null), DELETE_STREAM),
                new Case(new DeleteStreamCompleted(OperationResult.STREAM_DELETED, "gone", -1L, 0L), DELETE_STREAM_COMPLETED),
                new Case(new DeleteStreamCompleted(OperationResult.SUCCESS, null, null, null), DELETE_STREAM_COMPLETED),
                new Case(new TransactionStart("orders-1", large, true), TRANSACTION_START),
                new Case(new TransactionStartCompleted(123_456_789_012L, OperationResult.SUCCESS, null),
                        TRANSACTION_START_COMPLETED),
                new Case(new TransactionWrite(123_456_789_012L, List.of(newEvent()), false), TRANSACTION_WRITE),
                new Case(new TransactionWriteCompleted(123_456_789_012L, OperationResult.ACCESS_DENIED, "Access denied."),
                        TRANSACTION_WRITE_COMPLETED),
                new Case(new TransactionCommit(123_456_789_012L, true), TRANSACTION_COMMIT),
                new Case(new TransactionCommitCompleted(123_456_789_012L, OperationResult.SUCCESS, "", 3, 4, 200L, 300L),
                        TRANSACTION_COMMIT_COMPLETED));
    }

    private static List<Case> reads(int version) {
        long large = large(version);
        EventRecord bare = bareRecord(version);
        return List.of(
                new Case(new ReadEvent("orders-1", -1, true, false), READ_EVENT),
                new Case(new ReadEventCompleted(ReadEventResult.SUCCESS, new ResolvedIndexedEvent(record(3), bare), ""),
                        READ_EVENT_COMPLETED),
                new Case(new ReadEventCompleted(ReadEventResult.NOT_FOUND, new ResolvedIndexedEvent(null, null), null),
                        READ_EVENT_COMPLETED),
                new Case(new ReadStreamEvents(ReadDirection.FORWARD, "orders-1", large, 4096, false, true),
                        READ_STREAM_EVENTS_FORWARD),
                new Case(new ReadStreamEvents(ReadDirection.BACKWARD, "orders-1", -1, 10, true, false),
                        READ_STREAM_EVENTS_BACKWARD),
                new Case(new ReadStreamEventsCompleted(ReadDirection.FORWARD,
                        List.of(new ResolvedIndexedEvent(record(0), null), new ResolvedIndexedEvent(null, bare),
                                new ResolvedIndexedEvent(tombstone(), null)),
                        ReadStreamResult.SUCCESS, 2, Long.MAX_VALUE, true, 18_495L, ""),
                        READ_STREAM_EVENTS_FORWARD_COMPLETED),
                new Case(new ReadStreamEventsCompleted(ReadDirection.BACKWARD, List.of(), ReadStreamResult.NO_STREAM,
                        -1, -1, true, 0, null), READ_STREAM_EVENTS_BACKWARD_COMPLETED),
                new Case(new ReadAllEvents(ReadDirection.FORWARD, 0, 0, 100, false, true), READ_ALL_EVENTS_FORWARD),
                new Case(new ReadAllEvents(ReadDirection.BACKWARD, -1, -1, 100, true, false), READ_ALL_EVENTS_BACKWARD),
                new Case(new ReadAllEventsCompleted(ReadDirection.FORWARD, 0, 0,
                        List.of(new WireResolvedEvent(record(0), null, 18_495L, 18_495L),
                                new WireResolvedEvent(null, bare, 20_000L, 19_000L),
                                new WireResolvedEvent(tombstone(), null, 5_000_000_000L, 5_000_000_000L)),
                        20_001L, 0, null, null), READ_ALL_EVENTS_FORWARD_COMPLETED),
                new Case(new ReadAllEventsCompleted(ReadDirection.BACKWARD, -1, -1, List.of(), 0, 0,
                        ReadAllResult.ACCESS_DENIED, "Access denied."), READ_ALL_EVENTS_BACKWARD_COMPLETED));
    }

    private static List<Case> subscriptions(int version) {
        long large = large(version);
        ResolvedIndexedEvent pushed = new ResolvedIndexedEvent(record(2), null);
        return List.of(
                new Case(new SubscribeToStream("", true), SUBSCRIBE_TO_STREAM),
                new Case(new SubscriptionConfirmation(18_495L, null), SUBSCRIPTION_CONFIRMATION),
                new Case(new SubscriptionConfirmation(18_495L, large), SUBSCRIPTION_CONFIRMATION),
                new Case(new SubscriptionConfirmation(18_495L, Long.MAX_VALUE), SUBSCRIPTION_CONFIRMATION),
                new Case(new StreamEventAppeared(new WireResolvedEvent(record(1), null, 30_000L, 29_000L)), STREAM_EVENT_APPEARED),
                new Case(new UnsubscribeFromStream(), UNSUBSCRIBE_FROM_STREAM),
                new Case(new SubscriptionDropped(null), SUBSCRIPTION_DROPPED),
                new Case(new SubscriptionDropped(SubscriptionDropReason.SUBSCRIBER_MAX_COUNT_REACHED), SUBSCRIPTION_DROPPED),
                new Case(new ConnectToPersistentSubscription("group-1", "orders-1", 10), CONNECT_TO_PERSISTENT_SUBSCRIPTION),
                new Case(new PersistentSubscriptionConfirmation(18_495L, "orders-1::group-1", large),
                        PERSISTENT_SUBSCRIPTION_CONFIRMATION),
                new Case(new PersistentSubscriptionConfirmation(0, "orders-1::group-1", null),
                        PERSISTENT_SUBSCRIPTION_CONFIRMATION),
                laterFields(version, new PersistentSubscriptionStreamEventAppeared(pushed, 3),
                        PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED, new PersistentSubscriptionStreamEventAppeared(pushed, null)),
                new Case(new PersistentSubscriptionStreamEventAppeared(new ResolvedIndexedEvent(null, bareRecord(version)), null),
                        PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED),
                new Case(new CreatePersistentSubscription("group-1", "orders-1", config(version, "RoundRobin")),
                        CREATE_PERSISTENT_SUBSCRIPTION),
                new Case(new CreatePersistentSubscriptionCompleted(CreatePersistentSubscriptionResult.ALREADY_EXISTS, ""),
                        CREATE_PERSISTENT_SUBSCRIPTION_COMPLETED),
                new Case(new UpdatePersistentSubscription("group-1", "orders-1", config(version, null)),
                        UPDATE_PERSISTENT_SUBSCRIPTION),
                new Case(new UpdatePersistentSubscriptionCompleted(UpdatePersistentSubscriptionResult.DOES_NOT_EXIST, null),
                        UPDATE_PERSISTENT_SUBSCRIPTION_COMPLETED),
                new Case(new DeletePersistentSubscription("group-1", "orders-1"), DELETE_PERSISTENT_SUBSCRIPTION),
                new Case(new DeletePersistentSubscriptionCompleted(DeletePersistentSubscriptionResult.FAIL, "nope"),
                        DELETE_PERSISTENT_SUBSCRIPTION_COMPLETED),
                new Case(new PersistentSubscriptionAckEvents("orders-1::group-1", List.of(ID, ID2)),
                        PERSISTENT_SUBSCRIPTION_ACK_EVENTS),
                new Case(new PersistentSubscriptionNakEvents("orders-1::group-1", List.of(ID), "bad", NackAction.PARK),
                        PERSISTENT_SUBSCRIPTION_NAK_EVENTS),
                new Case(new PersistentSubscriptionNakEvents("orders-1::group-1", List.of(), null, null),
                        PERSISTENT_SUBSCRIPTION_NAK_EVENTS));
    }

    /** The connection's own messages; IdentifyClient and ClientIdentified are raw commands to v3. */
    private static List<Case> control(int version) {
        List<Case> cases = new ArrayList<>(List.of(
                new Case(new ScavengeDatabase(), SCAVENGE_DATABASE),
                new Case(new ScavengeDatabaseCompleted(ScavengeResult.IN_PROGRESS, null, 12, 5_000_000_000L),
                        SCAVENGE_DATABASE_COMPLETED),
                new Case(new ScavengeDatabaseCompleted(ScavengeResult.FAILED, "disk", 0, 0), SCAVENGE_DATABASE_COMPLETED),
                new Case(new HeartbeatRequest(), HEARTBEAT_REQUEST),
                new Case(new HeartbeatResponse(), HEARTBEAT_RESPONSE),
                new Case(new Ping(utf8("still open")), PING),
                new Case(new Pong(new byte[] {0, (byte) 0xFF, 7}), PONG),
                new Case(new BadRequest("Could not unwrap network package for command 245.\n"), BAD_REQUEST),
                new Case(new BadRequest("Could not unwrap network package for command WriteEvents.\n"), BAD_REQUEST),
                new Case(new NotHandled(NotHandledReason.NOT_MASTER,
                        new MasterInfo("10.0.0.1", 1113, "10.0.0.1", 2113, null, null)), NOT_HANDLED),
                new Case(new NotHandled(NotHandledReason.NOT_MASTER,
                        new MasterInfo("10.0.0.1", 1113, "10.0.0.1", 2113, "10.0.0.2", 1115)), NOT_HANDLED),
                new Case(new NotHandled(NotHandledReason.NOT_READY, null), NOT_HANDLED),
                new Case(new Authenticate(), AUTHENTICATE),
                new Case(new Authenticated(), AUTHENTICATED),
                new Case(new NotAuthenticated("Not Authenticated"), NOT_AUTHENTICATED),
                new Case(new RawMessage(0x55, utf8("x")), 0x55),
                new Case(new RawMessage(0xBA, Hex.bytes("08001000180a2000280030003a00")), 0xBA)));
        if (version == 3) {
            cases.add(new Case(new RawMessage(IDENTIFY_CLIENT, Hex.bytes("08 01 12 04 45 53 2D 78")), IDENTIFY_CLIENT));
            cases.add(new Case(new RawMessage(CLIENT_IDENTIFIED, new byte[0]), CLIENT_IDENTIFIED));
        } else {
            cases.add(new Case(new IdentifyClient(1, "ES-x"), IDENTIFY_CLIENT));
            cases.add(new Case(new IdentifyClient(1, null), IDENTIFY_CLIENT));
            cases.add(new Case(new ClientIdentified(), CLIENT_IDENTIFIED));
        }
        return cases;
    }
}
