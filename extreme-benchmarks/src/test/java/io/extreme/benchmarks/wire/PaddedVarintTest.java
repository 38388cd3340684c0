package io.extreme.benchmarks.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.protocol.core.proto.ClientMessages;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The pushes' padded varints, patched in place, read back by protobuf-java 3 (the one our client
 * uses) as the numbers written, for small numbers and for the largest a padded varint holds.
 */
class PaddedVarintTest {
    @Test
    void aPushPatchedInPlaceParsesWithItsNumbersPositionAndStamp() throws Exception {
        for (long number : new long[] {0, 1, 127, 128, 2_000, 1L << 40, Long.MAX_VALUE}) {
            ClientMessages.StreamEventAppeared appeared = pushed(number, number);

            ClientMessages.EventRecord record = appeared.getEvent().getEvent();
            assertThat(record.getEventNumber()).isEqualTo(number);
            assertThat(record.getEventStreamId()).isEqualTo("padded-stream");
            assertThat(record.getEventType()).isEqualTo(EventLayout.EVENT_TYPE);
            assertThat(record.getData().size()).isEqualTo(EventLayout.DATA_BYTES);
            assertThat(appeared.getEvent().getCommitPosition()).isEqualTo(number);
            assertThat(appeared.getEvent().getPreparePosition()).isEqualTo(number);
            assertThat(ByteBuffer.wrap(record.getEventId().toByteArray()).getLong()).isEqualTo(number);
        }
    }

    @Test
    void aNegativeNumberIsRefused() {
        ByteBuffer out = ByteBuffer.allocate(ProtoBytes.PADDED_VARINT);
        assertThatThrownBy(() -> ProtoBytes.putPaddedVarint(out, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ClientMessages.StreamEventAppeared pushed(long number, long position) throws Exception {
        ByteBuffer request = ByteBuffer.allocate(ReplyBook.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        EventLayout layout = new EventLayout(1_700_000_000_000L);
        LiveSubscription subscription = new LiveSubscription(layout, "padded-stream".getBytes(StandardCharsets.ISO_8859_1),
                request, 0, number, System.nanoTime());
        ByteBuffer out = ByteBuffer.allocate(subscription.frameBytes()).order(ByteOrder.LITTLE_ENDIAN);
        long before = System.nanoTime();

        subscription.push(out, position);

        byte[] frame = out.array();
        assertThat(out.getInt(0)).isEqualTo(frame.length - 4);
        ClientMessages.StreamEventAppeared appeared = ClientMessages.StreamEventAppeared.parseFrom(
                Arrays.copyOfRange(frame, ReplyBook.HEADER_BYTES, frame.length));
        long stamp = ByteBuffer.wrap(appeared.getEvent().getEvent().getData().toByteArray()).getLong();
        assertThat(stamp).isBetween(before, System.nanoTime());
        return appeared;
    }
}
