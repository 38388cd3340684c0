package io.extreme.protocol.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.protocol.core.samples.CodecProbe;
import io.extreme.protocol.core.samples.Samples;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.*;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Field presence is exact under either protocol: a null boxed field is absent on the wire, an
 * absent field decodes to null, and a field present with its default value stays present.
 * Required fields that are missing take their default, as on the server (transcript
 * {@code bad-payload-and-command}). The fields only v4 has are the v4 module's to test.
 */
class CodecPresenceTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void softDeleteLeavesHardDeleteOut(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        assertThat(probe.payload(new DeleteStream("s", -2, true, null)))
                .isEqualTo("0A 01 73 10 FE FF FF FF FF FF FF FF FF 01 18 01");
        assertThat(probe.payload(new DeleteStream("s", -2, true, false))).endsWith("18 01 20 00");
        assertThat(((DeleteStream) probe.decode(TcpCommand.DELETE_STREAM, "0A 01 73 10 00 18 01")).hardDelete()).isNull();
        assertThat(((DeleteStream) probe.decode(TcpCommand.DELETE_STREAM, "0A 01 73 10 00 18 01 20 00")).hardDelete())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void emptyMetadataIsPresentAndNullMetadataAbsent(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        EventRecord withEmpty = new EventRecord("s", 0, Samples.ID, "t", 0, 0, new byte[0], new byte[0], null, null);
        EventRecord without = new EventRecord("s", 0, Samples.ID, "t", 0, 0, new byte[0], null, null, null);
        String withHex = probe.payload(new StreamEventAppeared(new WireResolvedEvent(withEmpty, null, 1, 1)));
        String withoutHex = probe.payload(new StreamEventAppeared(new WireResolvedEvent(without, null, 1, 1)));
        assertThat(withHex).contains("3A 00 42 00");
        assertThat(withoutHex).contains("3A 00").doesNotContain("42 00");

        EventRecord decoded = ((StreamEventAppeared) probe.decode(TcpCommand.STREAM_EVENT_APPEARED, withHex)).event().event();
        assertThat(decoded.metadata()).isEmpty();
        assertThat(((StreamEventAppeared) probe.decode(TcpCommand.STREAM_EVENT_APPEARED, withoutHex)).event().event()
                .metadata()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void subscriptionConfirmationOfAllHasNoLastEventNumber(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        assertThat(probe.payload(new SubscriptionConfirmation(5, null))).isEqualTo("08 05");
        assertThat(probe.payload(new SubscriptionConfirmation(5, -1L))).isEqualTo("08 05 10 FF FF FF FF FF FF FF FF FF 01");
        assertThat(probe.decode(TcpCommand.SUBSCRIPTION_CONFIRMATION, "08 05")).isEqualTo(new SubscriptionConfirmation(5, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void unresolvedLinkHasNoEvent(Dialect dialect) {
        EventRecord link = Samples.bareRecord(dialect.version());
        Message decoded = Dialects.probe(dialect).roundTrip(new StreamEventAppeared(new WireResolvedEvent(null, link, 7, 7)));
        assertThat(((StreamEventAppeared) decoded).event().event()).isNull();
        assertThat(((StreamEventAppeared) decoded).event().link()).usingRecursiveComparison().isEqualTo(link);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void missingRequiredFieldsTakeTheirDefaultLikeTheServer(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        // The real 4.1.4 server answered this ReadEvent (stream id only) with NoStream, not BadRequest.
        assertThat(probe.decode(TcpCommand.READ_EVENT, "0a0378797a")).isEqualTo(new ReadEvent("xyz", 0, false, false));
        assertThat(probe.decode(TcpCommand.WRITE_EVENTS, ""))
                .usingRecursiveComparison().isEqualTo(new WriteEvents("", 0, List.of(), false));
        assertThat(probe.decode(TcpCommand.READ_EVENT_COMPLETED, ""))
                .isEqualTo(new ReadEventCompleted(ReadEventResult.SUCCESS, new ResolvedIndexedEvent(null, null), null));
    }
}
