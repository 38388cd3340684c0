package io.extreme.protocol.v4;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field presence is exact: a null boxed field is absent on the wire, an absent field decodes to
 * null, and a field present with its default value stays present. Required fields that are
 * missing take their default, as on the server (transcript {@code bad-payload-and-command}).
 */
class V4CodecPresenceTest {
    private final V4Codec codec = new V4Codec();

    private String payload(Message message) {
        return Hex.of(codec.encode(Samples.ID, null, message).payload());
    }

    private Message decode(int command, String hex) {
        return codec.decode(Frame.of(command, Samples.ID, Hex.bytes(hex)));
    }

    @Test
    void writeEventsCompletedOptionalsAbsentWhenNullAndPresentWhenZero() {
        assertThat(payload(new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 0, null, null, null)))
                .isEqualTo("08 00 18 00 20 00");
        assertThat(payload(new WriteEventsCompleted(OperationResult.SUCCESS, "", 0, 0, 0L, 0L, 0L)))
                .isEqualTo("08 00 12 00 18 00 20 00 28 00 30 00 38 00");
        assertThat(decode(TcpCommand.WRITE_EVENTS_COMPLETED, "08 00 18 00 20 00"))
                .isEqualTo(new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 0, null, null, null));
        assertThat(decode(TcpCommand.WRITE_EVENTS_COMPLETED, "08 00 12 00 18 00 20 00 28 00 30 00 38 00"))
                .isEqualTo(new WriteEventsCompleted(OperationResult.SUCCESS, "", 0, 0, 0L, 0L, 0L));
    }

    @Test
    void softDeleteLeavesHardDeleteOut() {
        assertThat(payload(new DeleteStream("s", -2, true, null))).isEqualTo("0A 01 73 10 FE FF FF FF FF FF FF FF FF 01 18 01");
        assertThat(payload(new DeleteStream("s", -2, true, false))).endsWith("18 01 20 00");
        assertThat(((DeleteStream) decode(TcpCommand.DELETE_STREAM, "0A 01 73 10 00 18 01")).hardDelete()).isNull();
        assertThat(((DeleteStream) decode(TcpCommand.DELETE_STREAM, "0A 01 73 10 00 18 01 20 00")).hardDelete()).isFalse();
    }

    @Test
    void emptyMetadataIsPresentAndNullMetadataAbsent() {
        EventRecord withEmpty = new EventRecord("s", 0, Samples.ID, "t", 0, 0, new byte[0], new byte[0], null, null);
        EventRecord without = new EventRecord("s", 0, Samples.ID, "t", 0, 0, new byte[0], null, null, null);
        String withHex = payload(new StreamEventAppeared(new ResolvedEvent(withEmpty, null, 1, 1)));
        String withoutHex = payload(new StreamEventAppeared(new ResolvedEvent(without, null, 1, 1)));
        assertThat(withHex).contains("3A 00 42 00");
        assertThat(withoutHex).contains("3A 00").doesNotContain("42 00");

        EventRecord decoded = ((StreamEventAppeared) decode(TcpCommand.STREAM_EVENT_APPEARED, withHex)).event().event();
        assertThat(decoded.metadata()).isEmpty();
        assertThat(((StreamEventAppeared) decode(TcpCommand.STREAM_EVENT_APPEARED, withoutHex)).event().event().metadata())
                .isNull();
    }

    @Test
    void subscriptionConfirmationOfAllHasNoLastEventNumber() {
        assertThat(payload(new SubscriptionConfirmation(5, null))).isEqualTo("08 05");
        assertThat(payload(new SubscriptionConfirmation(5, -1L))).isEqualTo("08 05 10 FF FF FF FF FF FF FF FF FF 01");
        assertThat(decode(TcpCommand.SUBSCRIPTION_CONFIRMATION, "08 05")).isEqualTo(new SubscriptionConfirmation(5, null));
    }

    @Test
    void retryCountBeforeFourOneIsAbsent() {
        ResolvedIndexedEvent empty = new ResolvedIndexedEvent(null, null);
        assertThat(payload(new PersistentSubscriptionStreamEventAppeared(empty, null))).isEqualTo("0A 00");
        assertThat(payload(new PersistentSubscriptionStreamEventAppeared(empty, 0))).isEqualTo("0A 00 10 00");
        assertThat(decode(TcpCommand.PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED, "0A 00"))
                .isEqualTo(new PersistentSubscriptionStreamEventAppeared(empty, null));
    }

    @Test
    void unresolvedLinkHasNoEvent() {
        ResolvedEvent linkOnly = new ResolvedEvent(null, Samples.bareRecord(), 7, 7);
        Message decoded = codec.decode(codec.encode(Samples.ID, null, new StreamEventAppeared(linkOnly)));
        assertThat(((StreamEventAppeared) decoded).event().event()).isNull();
        assertThat(((StreamEventAppeared) decoded).event().link()).usingRecursiveComparison().isEqualTo(Samples.bareRecord());
    }

    @Test
    void missingRequiredFieldsTakeTheirDefaultLikeTheServer() {
        // The real 4.1.4 server answered this ReadEvent (stream id only) with NoStream, not BadRequest.
        assertThat(decode(TcpCommand.READ_EVENT, "0a0378797a")).isEqualTo(new ReadEvent("xyz", 0, false, false));
        assertThat(decode(TcpCommand.WRITE_EVENTS, ""))
                .usingRecursiveComparison().isEqualTo(new WriteEvents("", 0, List.of(), false));
        assertThat(decode(TcpCommand.READ_EVENT_COMPLETED, ""))
                .isEqualTo(new ReadEventCompleted(ReadEventResult.SUCCESS, new ResolvedIndexedEvent(null, null), null));
    }

    @Test
    void emptyStringsArePresentNotNull() {
        assertThat(decode(TcpCommand.IDENTIFY_CLIENT, "08 01 12 00")).isEqualTo(new IdentifyClient(1, ""));
        assertThat(decode(TcpCommand.IDENTIFY_CLIENT, "08 01")).isEqualTo(new IdentifyClient(1, null));
    }
}
