package io.extreme.protocol.v4;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.protocol.core.samples.CodecProbe;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.*;
import org.junit.jupiter.api.Test;

/**
 * Field presence of what only v4 has: a null boxed field is absent on the wire, an absent field
 * decodes to null, and a field present with its default value stays present. What holds under
 * both protocols is the core's {@code CodecPresenceTest}.
 */
class V4CodecPresenceTest {
    private final CodecProbe probe = new CodecProbe(new V4Codec());

    @Test
    void writeEventsCompletedOptionalsAbsentWhenNullAndPresentWhenZero() {
        assertThat(probe.payload(new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 0, null, null, null)))
                .isEqualTo("08 00 18 00 20 00");
        assertThat(probe.payload(new WriteEventsCompleted(OperationResult.SUCCESS, "", 0, 0, 0L, 0L, 0L)))
                .isEqualTo("08 00 12 00 18 00 20 00 28 00 30 00 38 00");
        assertThat(probe.decode(TcpCommand.WRITE_EVENTS_COMPLETED, "08 00 18 00 20 00"))
                .isEqualTo(new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 0, null, null, null));
        assertThat(probe.decode(TcpCommand.WRITE_EVENTS_COMPLETED, "08 00 12 00 18 00 20 00 28 00 30 00 38 00"))
                .isEqualTo(new WriteEventsCompleted(OperationResult.SUCCESS, "", 0, 0, 0L, 0L, 0L));
    }

    @Test
    void retryCountBeforeFourOneIsAbsent() {
        ResolvedIndexedEvent empty = new ResolvedIndexedEvent(null, null);
        assertThat(probe.payload(new PersistentSubscriptionStreamEventAppeared(empty, null))).isEqualTo("0A 00");
        assertThat(probe.payload(new PersistentSubscriptionStreamEventAppeared(empty, 0))).isEqualTo("0A 00 10 00");
        assertThat(probe.decode(TcpCommand.PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED, "0A 00"))
                .isEqualTo(new PersistentSubscriptionStreamEventAppeared(empty, null));
    }

    @Test
    void emptyStringsArePresentNotNull() {
        assertThat(probe.decode(TcpCommand.IDENTIFY_CLIENT, "08 01 12 00")).isEqualTo(new IdentifyClient(1, ""));
        assertThat(probe.decode(TcpCommand.IDENTIFY_CLIENT, "08 01")).isEqualTo(new IdentifyClient(1, null));
    }
}
