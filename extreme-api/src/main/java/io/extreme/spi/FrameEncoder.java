package io.extreme.spi;

import io.extreme.UserCredentials;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;

/**
 * Packs outgoing frames into one reusable buffer, as many as fit, and writes it to a channel:
 * a burst of small frames leaves in one write. The client's transport and the testkit's server
 * both write with it, so that both sides lay frames on the wire alike.
 *
 * <p>A frame that does not fit in the room left has its header packed and its payload streamed
 * through the buffer in slices: a frame of many megabytes needs no array of its own, nor the JDK
 * a temporary direct buffer of that size, and every write of a burst but its last is a full
 * buffer. Frames leave in the order their {@link Source} gives them.
 *
 * <p>Queueing is the owner's: which threads add frames, and how many may wait, is decided where
 * the queue is made. Not thread-safe: one encoder per connection, used by the thread that writes
 * it.
 */
public final class FrameEncoder {
    /** Bytes of the write buffer that suits a connection. */
    public static final int DEFAULT_BUFFER_SIZE = 64 * 1024;
    /** The smallest buffer: room for the prefix, header and largest authentication section of any frame. */
    public static final int MIN_BUFFER_SIZE = FrameFormat.LENGTH_PREFIX + FrameFormat.HEADER
            + 2 * (1 + UserCredentials.MAX_UTF8_BYTES);

    /** Where the frames to send come from; called on the thread that writes. */
    @FunctionalInterface
    public interface Source {
        /** Takes the next frame to send from the owner's queue; {@code null} when none waits. */
        Frame next();
    }

    /** Kept in fill mode between calls: bytes to send from 0 to position. */
    private final ByteBuffer buffer;
    /** A frame taken from the source whose header did not fit in the room left; it goes first. */
    private Frame pending;
    /** The payload being streamed, of the frame whose header is already in the buffer; or null. */
    private byte[] streaming;
    private int streamed;

    /**
     * An encoder packing into {@code buffer}, which it owns from now on: it is cleared and set to
     * little-endian.
     *
     * @param buffer the write buffer, direct or heap, of at least {@link #MIN_BUFFER_SIZE} bytes
     * @throws IllegalArgumentException when the buffer is smaller
     */
    public FrameEncoder(ByteBuffer buffer) {
        if (buffer.capacity() < MIN_BUFFER_SIZE) {
            throw new IllegalArgumentException("the buffer must hold any frame's header (" + MIN_BUFFER_SIZE
                    + " bytes), has " + buffer.capacity());
        }
        this.buffer = buffer.clear().order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Writes frames from {@code source} to {@code channel} until the source has none left, the
     * channel takes no more, or {@code maxWrites} writes are spent.
     *
     * @return {@code true} when the source is empty and every byte of its frames written;
     *     {@code false} when bytes are left, so the caller waits for the channel to become writable
     */
    public boolean writeTo(WritableByteChannel channel, Source source, int maxWrites) throws IOException {
        for (int writes = 0; writes < maxWrites; writes++) {
            fill(source);
            if (buffer.position() == 0) {
                return true;
            }
            buffer.flip();
            channel.write(buffer);
            boolean channelFull = buffer.hasRemaining();
            buffer.compact();
            if (channelFull) {
                return false;
            }
        }
        // The budget is spent with the buffer written out: whatever the source still has is left.
        fill(source);
        return buffer.position() == 0;
    }

    /** Drops what is packed, streaming or held back, after a close; the source is the owner's to clear. */
    public void discard() {
        pending = null;
        streaming = null;
        buffer.clear();
    }

    /** Packs frames from the source into the buffer until it is full or the source empty. */
    private void fill(Source source) {
        while (buffer.hasRemaining()) {
            if (streaming != null) {
                int count = Math.min(buffer.remaining(), streaming.length - streamed);
                buffer.put(streaming, streamed, count);
                streamed += count;
                if (streamed < streaming.length) {
                    return;
                }
                streaming = null;
            }
            Frame frame = pending != null ? pending : source.next();
            pending = null;
            if (frame == null) {
                return;
            }
            int size = FrameFormat.LENGTH_PREFIX + FrameFormat.packageLength(frame);
            if (size <= buffer.remaining()) {
                FrameFormat.write(frame, buffer);
            } else if (size - frame.payload().length <= buffer.remaining()) {
                FrameFormat.writeHeader(frame, buffer);
                streaming = frame.payload();
                streamed = 0;
            } else {
                pending = frame;
                return;
            }
        }
    }
}
