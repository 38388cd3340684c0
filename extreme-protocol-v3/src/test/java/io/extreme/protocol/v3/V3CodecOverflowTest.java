package io.extreme.protocol.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.protocol.core.samples.Hex;
import io.extreme.protocol.core.samples.Samples;
import io.extreme.spi.Frame;
import io.extreme.spi.message.*;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every int32 field of the v3 schema (PROTOCOL.md §3.11) refuses a neutral number beyond 32 bits,
 * naming the field, and lets the deleted-stream number {@code Long.MAX_VALUE} through as v3's
 * {@code int.MaxValue}, which decodes back to {@code Long.MAX_VALUE}.
 */
class V3CodecOverflowTest {
    private static final long TWO_TO_31 = 1L << 31;
    private static final long BELOW_INT_MIN = -(1L << 31) - 1;

    private final V3Codec codec = new V3Codec();

    /** A v3 int32 field, and a message that carries {@code number} in it. */
    record Field(String name, LongFunction<Message> withNumber) {
        @Override
        public String toString() {
            return name + " in " + withNumber.apply(0).getClass().getSimpleName();
        }
    }

    static Stream<Field> fields() {
        return Stream.of(
                new Field("WriteEvents.expected_version", n -> new WriteEvents("s", n, List.of(), true)),
                new Field("WriteEventsCompleted.first_event_number",
                        n -> new WriteEventsCompleted(OperationResult.SUCCESS, null, n, 0, null, null, null)),
                new Field("WriteEventsCompleted.last_event_number",
                        n -> new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, n, null, null, null)),
                new Field("DeleteStream.expected_version", n -> new DeleteStream("s", n, true, null)),
                new Field("TransactionStart.expected_version", n -> new TransactionStart("s", n, true)),
                new Field("TransactionCommitCompleted.first_event_number",
                        n -> new TransactionCommitCompleted(1, OperationResult.SUCCESS, null, n, 0, null, null)),
                new Field("TransactionCommitCompleted.last_event_number",
                        n -> new TransactionCommitCompleted(1, OperationResult.SUCCESS, null, 0, n, null, null)),
                new Field("ReadEvent.event_number", n -> new ReadEvent("s", n, false, false)),
                new Field("ReadStreamEvents.from_event_number",
                        n -> new ReadStreamEvents(ReadDirection.FORWARD, "s", n, 1, false, false)),
                new Field("ReadStreamEventsCompleted.next_event_number", n -> new ReadStreamEventsCompleted(
                        ReadDirection.FORWARD, List.of(), ReadStreamResult.SUCCESS, n, 0, true, 0, null)),
                new Field("ReadStreamEventsCompleted.last_event_number", n -> new ReadStreamEventsCompleted(
                        ReadDirection.FORWARD, List.of(), ReadStreamResult.SUCCESS, 0, n, true, 0, null)),
                new Field("CreatePersistentSubscription.start_from",
                        n -> new CreatePersistentSubscription("g", "s", config(n))),
                new Field("UpdatePersistentSubscription.start_from",
                        n -> new UpdatePersistentSubscription("g", "s", config(n))),
                new Field("PersistentSubscriptionConfirmation.last_event_number",
                        n -> new PersistentSubscriptionConfirmation(0, "s::g", n)),
                new Field("SubscriptionConfirmation.last_event_number", n -> new SubscriptionConfirmation(0, n)),
                // An event record's number, wherever the record travels.
                new Field("EventRecord.event_number", n -> new ReadEventCompleted(ReadEventResult.SUCCESS,
                        new ResolvedIndexedEvent(record(n), null), null)),
                new Field("EventRecord.event_number", n -> new ReadEventCompleted(ReadEventResult.SUCCESS,
                        new ResolvedIndexedEvent(record(0), record(n)), null)),
                new Field("EventRecord.event_number", n -> new ReadStreamEventsCompleted(ReadDirection.BACKWARD,
                        List.of(new ResolvedIndexedEvent(record(n), null)), ReadStreamResult.SUCCESS, 0, 0, true, 0, null)),
                new Field("EventRecord.event_number", n -> new ReadAllEventsCompleted(ReadDirection.FORWARD, 0, 0,
                        List.of(new WireResolvedEvent(record(n), null, 1, 1)), 1, 1, null, null)),
                new Field("EventRecord.event_number",
                        n -> new StreamEventAppeared(new WireResolvedEvent(null, record(n), 1, 1))),
                new Field("EventRecord.event_number", n -> new PersistentSubscriptionStreamEventAppeared(
                        new ResolvedIndexedEvent(record(n), null), null)));
    }

    private static EventRecord record(long number) {
        return new EventRecord("s", number, Samples.ID, "t", 0, 0, new byte[0], null, null, null);
    }

    private static PersistentSubscriptionConfig config(long startFrom) {
        return new PersistentSubscriptionConfig(false, startFrom, 30_000, false, 500, 20, 500, 10, true,
                2_000, 1_000, 10, 0, null);
    }

    private Message roundTrip(Message message) {
        return codec.decode(codec.encode(Samples.ID, null, message));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void twoToTheThirtyFirstIsRefusedNamingTheField(Field field) {
        assertThatThrownBy(() -> codec.encode(Samples.ID, null, field.withNumber().apply(TWO_TO_31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(field.name() + " 2147483648 does not fit protocol v3's 32-bit event numbers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void belowIntMinValueIsRefusedNamingTheField(Field field) {
        assertThatThrownBy(() -> codec.encode(Samples.ID, null, field.withNumber().apply(BELOW_INT_MIN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(field.name() + " -2147483649 does not fit protocol v3's 32-bit event numbers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void deletedStreamNumberPassesAsTheV3TombstoneAndComesBack(Field field) {
        Message tombstone = field.withNumber().apply(Long.MAX_VALUE);
        assertThat(roundTrip(tombstone)).usingRecursiveComparison().isEqualTo(tombstone);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void theEdgesOf32BitsAndTheSentinelsKeepTheirValue(Field field) {
        for (long n : new long[] {Integer.MIN_VALUE, -4, -2, -1, 0, Samples.LARGEST}) {
            Message message = field.withNumber().apply(n);
            assertThat(roundTrip(message)).as("%d", n).usingRecursiveComparison().isEqualTo(message);
        }
    }

    @Test
    void theExampleOfTheBrief() {
        assertThatThrownBy(() -> codec.encode(Samples.ID, null,
                new ReadStreamEvents(ReadDirection.FORWARD, "s", 3_000_000_000L, 1, false, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ReadStreamEvents.from_event_number 3000000000 does not fit protocol v3's 32-bit event numbers");
    }

    @Test
    void intMaxValueIsV3sDeletedStreamNumberBothWays() {
        // 2147483647 fits, but on a v3 wire it is the tombstone: it reads back as the neutral one.
        Frame sent = codec.encode(Samples.ID, null, new SubscriptionConfirmation(0, (long) Integer.MAX_VALUE));
        assertThat(Hex.of(sent.payload())).isEqualTo("08 00 10 FF FF FF FF 07");
        assertThat(codec.decode(sent)).isEqualTo(new SubscriptionConfirmation(0, Long.MAX_VALUE));
    }

    @Test
    void positionsAndTransactionIdsStay64Bit() {
        ReadAllEvents read = new ReadAllEvents(ReadDirection.FORWARD, 5_000_000_000L, 4_000_000_000L, 10, false, false);
        assertThat(roundTrip(read)).isEqualTo(read);
        TransactionCommit commit = new TransactionCommit(123_456_789_012L, true);
        assertThat(roundTrip(commit)).isEqualTo(commit);
    }
}
