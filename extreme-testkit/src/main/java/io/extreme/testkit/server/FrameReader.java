package io.extreme.testkit.server;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameDecoder;
import io.extreme.spi.FrameLengthException;
import java.nio.ByteBuffer;

/**
 * The server's reading side of one connection: the client's own {@link FrameDecoder}, with what
 * a real server refuses and its words for it (PROTOCOL.md §1.1). A length of 0 or less, or over
 * the limit, is a framing error as soon as its prefix is read; a package too short for its
 * header, or whose authentication section overruns it, is a bad package once it is whole.
 *
 * <p>Threads: one thread, the connection's reader.
 */
final class FrameReader {
    /** Receives what the reader finds. */
    interface Sink {
        /** A whole frame; returns {@code false} when the connection stops reading (it is closing). */
        boolean frame(Frame frame);

        /** The stream cannot be framed any more; the connection answers and closes. */
        void framingError(String reason);
    }

    static final int DEFAULT_BUFFER = FrameDecoder.DEFAULT_BUFFER_SIZE;
    /** The real server frames any positive length; whether a header fits is found once the package is whole. */
    private static final int SMALLEST_FRAMED_LENGTH = 1;

    private final int maxFrameLength;
    private final FrameDecoder decoder;

    FrameReader(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
        // A heap buffer: a test run opens and drops many connections, and heap memory goes with
        // each one rather than waiting for the direct-memory cleaner.
        this.decoder = new FrameDecoder(ByteBuffer.allocate(DEFAULT_BUFFER), SMALLEST_FRAMED_LENGTH, maxFrameLength);
    }

    /** The buffer the next read fills. */
    ByteBuffer buffer() {
        return decoder.buffer();
    }

    /**
     * Passes every whole frame in the buffer to {@code sink}, keeping a partial one for the next
     * read. Returns {@code false} once reading must stop (framing error, or the sink said so).
     */
    boolean drain(Sink sink) {
        try {
            return decoder.drain(frame -> {
                try {
                    return sink.frame(frame);
                } catch (RuntimeException e) {
                    throw new FromSink(e);
                }
            });
        } catch (FromSink e) {
            throw e.failure; // the session's own failure, not the client's bytes: not ours to answer
        } catch (FrameLengthException e) {
            sink.framingError("Invalid TCP frame received. Error: Package size is out of bounds: "
                    + e.length() + " (max: " + maxFrameLength + ").");
        } catch (RuntimeException e) {
            // A MalformedFrameException, or a header the format cannot turn into a frame (a login
            // that is not valid UTF-8 and too long once decoded…): whatever the bytes, only this
            // connection is refused, as the real server refuses a package it cannot read.
            sink.framingError("Received bad network package. Error: " + e.getMessage());
        }
        return false;
    }

    /** Carries a failure of the sink past the decoding errors, which are the client's. */
    private static final class FromSink extends RuntimeException {
        final RuntimeException failure;

        FromSink(RuntimeException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }
}
