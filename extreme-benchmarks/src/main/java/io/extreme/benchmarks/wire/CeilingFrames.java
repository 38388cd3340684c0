package io.extreme.benchmarks.wire;

import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The frames {@link EchoCeiling} sends, whole (length prefix included), encoded by hand as a
 * client would send them: a WriteEvents of one event of 256 bytes, a ReadStreamEventsForward of
 * 500 events, and a page of 500 events as the server answers that read (for the echo).
 */
final class CeilingFrames {
    static final String WRITE_STREAM = "ceiling-writes";
    static final String READ_STREAM = "ceiling-reads";
    static final int PAGE_EVENTS = 500;

    private CeilingFrames() {
    }

    /** WriteEvents: expected version any (-2), one binary event, require_master false. */
    static byte[] writeEvents() {
        byte[] stream = WRITE_STREAM.getBytes(StandardCharsets.UTF_8);
        byte[] type = EventLayout.EVENT_TYPE.getBytes(StandardCharsets.UTF_8);
        int event = ProtoBytes.lengthDelimitedSize(EventLayout.ID_BYTES) + ProtoBytes.lengthDelimitedSize(type.length)
                + 2 * ProtoBytes.numberSize(0) + ProtoBytes.lengthDelimitedSize(EventLayout.DATA_BYTES);
        ByteBuffer payload = ByteBuffer.allocate(64 + stream.length + event);
        ProtoBytes.putLengthDelimited(payload, 1, stream.length);
        payload.put(stream);
        ProtoBytes.putNumber(payload, 2, -2);
        ProtoBytes.putLengthDelimited(payload, 3, event);
        ProtoBytes.putLengthDelimited(payload, 1, EventLayout.ID_BYTES);
        payload.putLong(0x0123456789ABCDEFL).putLong(0x0FEDCBA987654321L);
        ProtoBytes.putLengthDelimited(payload, 2, type.length);
        payload.put(type);
        ProtoBytes.putNumber(payload, 3, 0);
        ProtoBytes.putNumber(payload, 4, 0);
        ProtoBytes.putLengthDelimited(payload, 5, EventLayout.DATA_BYTES);
        payload.put(new byte[EventLayout.DATA_BYTES]);
        ProtoBytes.putNumber(payload, 4, 0); // WriteEvents.require_master: false
        return frame(TcpCommand.WRITE_EVENTS, Arrays.copyOf(payload.array(), payload.position()));
    }

    /** ReadStreamEventsForward of {@value #PAGE_EVENTS} events from 0, no link resolution. */
    static byte[] readPage() {
        byte[] stream = READ_STREAM.getBytes(StandardCharsets.UTF_8);
        ByteBuffer payload = ByteBuffer.allocate(32 + stream.length);
        ProtoBytes.putLengthDelimited(payload, 1, stream.length);
        payload.put(stream);
        ProtoBytes.putNumber(payload, 2, 0);
        ProtoBytes.putNumber(payload, 3, PAGE_EVENTS);
        ProtoBytes.putNumber(payload, 4, 0);
        ProtoBytes.putNumber(payload, 5, 0);
        return frame(TcpCommand.READ_STREAM_EVENTS_FORWARD, Arrays.copyOf(payload.array(), payload.position()));
    }

    /** The server's answer to {@link #readPage()}, as a frame, for the echo of the same size. */
    static byte[] page() {
        PageBuilder pages = new PageBuilder(new EventLayout(System.currentTimeMillis()), WireOptions.DEFAULT_STREAM_LENGTH);
        return frame(TcpCommand.READ_STREAM_EVENTS_FORWARD_COMPLETED, pages.page(READ_STREAM, 0, PAGE_EVENTS));
    }

    private static byte[] frame(int command, byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(ReplyBook.HEADER_BYTES + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(FrameFormat.HEADER + payload.length).put((byte) command).put((byte) 0);
        frame.putLong(0x1122334455667788L).putLong(0x99AABBCCDDEEFF00L); // one correlation id for all: nobody matches them
        frame.put(payload);
        return frame.array();
    }
}
