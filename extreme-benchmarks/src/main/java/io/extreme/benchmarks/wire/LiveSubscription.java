package io.extreme.benchmarks.wire;

import io.extreme.spi.TcpCommand;
import java.nio.ByteBuffer;

/**
 * One volatile subscription and its pushes: a StreamEventAppeared frame (PROTOCOL.md §3.6)
 * encoded once for the subscription's stream and correlation id, with the event number and the
 * positions as padded varints of nine bytes, patched in place in the output for each push; the event
 * id follows the number, and the first 8 bytes of the data are the server's
 * {@link System#nanoTime()} (big endian) taken as the push is written into the output, in the
 * same loop turn as the socket write that sends it.
 */
final class LiveSubscription {
    private final byte[] frame;
    private final long correlationHigh;
    private final long correlationLow;
    private final int numberAt;
    private final int commitAt;
    private final EventLayout layout;
    private long nextNumber;
    private final long started;
    private long pushed;

    /** A subscription made by the frame at {@code request} of {@code in}, pushing events from {@code firstNumber} on. */
    LiveSubscription(EventLayout layout, byte[] stream, ByteBuffer in, int request, long firstNumber, long now) {
        this.layout = layout;
        this.nextNumber = firstNumber;
        this.started = now;
        this.correlationHigh = in.getLong(request + ReplyBook.CORRELATION);
        this.correlationLow = in.getLong(request + ReplyBook.CORRELATION + 8);
        int record = layout.recordSize(stream.length, ProtoBytes.PADDED_VARINT);
        int resolved = ProtoBytes.lengthDelimitedSize(record) + 2 * (1 + ProtoBytes.PADDED_VARINT);
        int payload = ProtoBytes.lengthDelimitedSize(resolved);
        ByteBuffer out = ByteBuffer.allocate(ReplyBook.HEADER_BYTES + payload).order(in.order());
        ReplyBook.putHeader(out, TcpCommand.STREAM_EVENT_APPEARED, payload, in, request);
        ProtoBytes.putLengthDelimited(out, 1, resolved); // StreamEventAppeared.event: a ResolvedEvent
        ProtoBytes.putLengthDelimited(out, 1, record); // its event
        numberAt = layout.putPaddedRecord(out, stream, firstNumber);
        out.put(ProtoBytes.tag(3, ProtoBytes.VARINT)); // commit_position, then prepare_position
        commitAt = out.position();
        out.position(commitAt + ProtoBytes.PADDED_VARINT).put(ProtoBytes.tag(4, ProtoBytes.VARINT));
        out.position(out.position() + ProtoBytes.PADDED_VARINT);
        frame = out.array();
    }

    /** Whether the frame at {@code request} of {@code in} has this subscription's correlation id. */
    boolean madeBy(ByteBuffer in, int request) {
        return in.getLong(request + ReplyBook.CORRELATION) == correlationHigh
                && in.getLong(request + ReplyBook.CORRELATION + 8) == correlationLow;
    }

    /** Bytes of one push. */
    int frameBytes() {
        return frame.length;
    }

    /** Writes the next push into {@code out} at log position {@code position}. */
    void push(ByteBuffer out, long position) {
        int start = out.position();
        out.put(frame);
        ProtoBytes.putPaddedVarint(out, start + numberAt, nextNumber);
        EventLayout.putId(out, start + numberAt + layout.idAfterNumber(), nextNumber);
        EventLayout.putBigEndian(out, start + numberAt + layout.dataAfterNumber(), System.nanoTime());
        ProtoBytes.putPaddedVarint(out, start + commitAt, position);
        ProtoBytes.putPaddedVarint(out, start + commitAt + ProtoBytes.PADDED_VARINT + 1, position);
        nextNumber++;
        pushed++;
    }

    /**
     * Pushes owed at {@code rate} per second since the subscription was made. After a stall (a
     * slow reader) at most a tenth of a second's worth is owed: the rest is let go, not queued.
     */
    long due(long now, long rate) {
        long expected = (long) ((now - started) * (rate / 1e9));
        long most = rate / 10 + 1;
        if (expected - pushed > most) {
            pushed = expected - most;
        }
        return expected - pushed;
    }

    /** When the next push is owed at {@code rate} per second. */
    long nextDue(long rate) {
        return started + (long) ((pushed + 1) * (1e9 / rate));
    }
}
