package io.extreme.protocol.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.protocol.core.samples.CodecProbe;
import io.extreme.protocol.core.samples.Samples;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact payload under {@link Dialect#V3} next to {@link Dialect#V4}'s for the same neutral message.
 * In-range numbers are the same bytes (protobuf writes an int32 and an int64 varint alike, a
 * negative one sign-extended to ten bytes); they differ where v3 narrows the deleted-stream
 * number ({@code FF FF FF FF 07} against {@code FF FF FF FF FF FF FF FF 7F}) and where v4 has a
 * field v3 lacks ({@code current_version}, field 7 of WriteEventsCompleted: {@code 38 ..}).
 */
class DialectVectorTest {
    /** {@link Samples#ID} in .NET byte order (PROTOCOL.md §1.4). */
    private static final String ID_BYTES = CodecVectorTest.ID_BYTES;
    private static final String MINUS_ONE = "FF FF FF FF FF FF FF FF FF 01";
    private static final String INT_MIN = "80 80 80 80 F8 FF FF FF FF 01";
    private static final String V3_TOMBSTONE = "FF FF FF FF 07";
    private static final String V4_TOMBSTONE = "FF FF FF FF FF FF FF FF 7F";

    private final CodecProbe v3 = Dialects.probe(Dialect.V3);
    private final CodecProbe v4 = Dialects.probe(Dialect.V4);

    private String v3Payload(Message message) {
        return v3.payload(message);
    }

    private String v4Payload(Message message) {
        return v4.payload(message);
    }

    private Message v3Decode(int command, String hex) {
        return v3.decode(command, hex);
    }

    /** Both codecs write {@code hex}, and v3 reads it back as {@code message}. */
    private void sameBytes(Message message, int command, String hex) {
        assertThat(v3Payload(message)).as("v3").isEqualTo(hex);
        assertThat(v4Payload(message)).as("v4").isEqualTo(hex);
        assertThat(v3Decode(command, hex)).usingRecursiveComparison().isEqualTo(message);
    }

    @Test
    void writeEventsWithExpectedVersionsMinusOneAndFiveAreTheSameBytes() {
        sameBytes(new WriteEvents("s", -1, List.of(), true), TcpCommand.WRITE_EVENTS,
                "0A 01 73 10 " + MINUS_ONE + " 20 01");
        sameBytes(new WriteEvents("s", 5, List.of(), true), TcpCommand.WRITE_EVENTS, "0A 01 73 10 05 20 01");
    }

    @Test
    void readStreamEventsFromSevenAndFromTheEndAreTheSameBytes() {
        sameBytes(new ReadStreamEvents(ReadDirection.FORWARD, "s", 7, 20, false, true),
                TcpCommand.READ_STREAM_EVENTS_FORWARD, "0A 01 73 10 07 18 14 20 00 28 01");
        sameBytes(new ReadStreamEvents(ReadDirection.BACKWARD, "s", -1, 20, true, false),
                TcpCommand.READ_STREAM_EVENTS_BACKWARD, "0A 01 73 10 " + MINUS_ONE + " 18 14 20 01 28 00");
    }

    @Test
    void readEventUpToTheLargestV3NumberIsTheSameBytes() {
        sameBytes(new ReadEvent("s", 3, true, false), TcpCommand.READ_EVENT, "0A 01 73 10 03 18 01 20 00");
        sameBytes(new ReadEvent("s", Samples.LARGEST, false, true), TcpCommand.READ_EVENT,
                "0A 01 73 10 FE FF FF FF 07 18 00 20 01");
    }

    @Test
    void writeEventsCompletedLeavesCurrentVersionOut() {
        WriteEventsCompleted success = new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 4, 100L, 100L, 0L);
        assertThat(v3Payload(success)).isEqualTo("08 00 18 00 20 04 28 64 30 64");
        assertThat(v4Payload(success)).isEqualTo("08 00 18 00 20 04 28 64 30 64 38 00");

        WriteEventsCompleted wrongVersion = new WriteEventsCompleted(OperationResult.WRONG_EXPECTED_VERSION, null,
                Integer.MIN_VALUE, Integer.MIN_VALUE, null, null, 3L);
        String v3Hex = "08 04 18 " + INT_MIN + " 20 " + INT_MIN;
        assertThat(v3Payload(wrongVersion)).isEqualTo(v3Hex);
        assertThat(v4Payload(wrongVersion)).isEqualTo(v3Hex + " 38 03");
        assertThat(v3Decode(TcpCommand.WRITE_EVENTS_COMPLETED, v3Hex)).isEqualTo(new WriteEventsCompleted(
                OperationResult.WRONG_EXPECTED_VERSION, null, Integer.MIN_VALUE, Integer.MIN_VALUE, null, null, null));
    }

    @Test
    void subscriptionConfirmationDiffersOnlyForTheDeletedStream() {
        sameBytes(new SubscriptionConfirmation(18_495L, 9L), TcpCommand.SUBSCRIPTION_CONFIRMATION, "08 BF 90 01 10 09");

        SubscriptionConfirmation deleted = new SubscriptionConfirmation(18_495L, Long.MAX_VALUE);
        assertThat(v3Payload(deleted)).isEqualTo("08 BF 90 01 10 " + V3_TOMBSTONE);
        assertThat(v4Payload(deleted)).isEqualTo("08 BF 90 01 10 " + V4_TOMBSTONE);
        assertThat(v3Decode(TcpCommand.SUBSCRIPTION_CONFIRMATION, "08 BF 90 01 10 " + V3_TOMBSTONE)).isEqualTo(deleted);
    }

    @Test
    void tombstoneRecordInAStreamReadIsNarrowedToIntMaxValue() {
        EventRecord tombstone = new EventRecord("s", Long.MAX_VALUE, Samples.ID, "$streamDeleted", 0, 0,
                new byte[0], null, null, null);
        ReadStreamEventsCompleted read = new ReadStreamEventsCompleted(ReadDirection.BACKWARD,
                List.of(new ResolvedIndexedEvent(tombstone, null)), ReadStreamResult.SUCCESS, -1, Long.MAX_VALUE,
                true, 0, null);
        String type = "22 0E 24 73 74 72 65 61 6D 44 65 6C 65 74 65 64"; // "$streamDeleted"
        String rest = " 1A 10 " + ID_BYTES + " " + type + " 28 00 30 00 3A 00";
        // The record is 4 bytes shorter under v3, and so is every length that holds it.
        String v3Hex = "0A 33 0A 31 0A 01 73 10 " + V3_TOMBSTONE + rest
                + " 10 00 18 " + MINUS_ONE + " 20 " + V3_TOMBSTONE + " 28 01 30 00";
        String v4Hex = "0A 37 0A 35 0A 01 73 10 " + V4_TOMBSTONE + rest
                + " 10 00 18 " + MINUS_ONE + " 20 " + V4_TOMBSTONE + " 28 01 30 00";

        assertThat(v3Payload(read)).isEqualTo(v3Hex);
        assertThat(v4Payload(read)).isEqualTo(v4Hex);
        ReadStreamEventsCompleted decoded =
                (ReadStreamEventsCompleted) v3Decode(TcpCommand.READ_STREAM_EVENTS_BACKWARD_COMPLETED, v3Hex);
        assertThat(decoded).usingRecursiveComparison().isEqualTo(read);
        assertThat(decoded.events().get(0).event().eventNumber()).isEqualTo(Long.MAX_VALUE);
        assertThat(decoded.lastEventNumber()).isEqualTo(Long.MAX_VALUE);
    }
}
