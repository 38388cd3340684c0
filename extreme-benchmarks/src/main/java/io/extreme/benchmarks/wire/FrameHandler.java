package io.extreme.benchmarks.wire;

import java.nio.ByteBuffer;

/**
 * What a {@link SelectorLoop} does with the frames it reads. Called on the loop's one thread
 * only, so an implementation keeps its state in plain fields; it must never block.
 */
interface FrameHandler {
    /**
     * Answers one complete frame lying in {@code in} (absolute indexes, nothing to consume).
     *
     * @param frame   index of the frame's length prefix
     * @param length  the package length the prefix gives (command byte onward)
     * @param payload index of the payload, past the header and any authentication section
     * @return false, having changed nothing, when the answer does not fit in the connection's
     *     output yet ({@link WireConnection#reserve} said no): the loop stops reading the
     *     connection and offers the frame again once the output drained
     */
    boolean onFrame(WireConnection connection, ByteBuffer in, int frame, int length, int payload);

    /**
     * Writes what the connection is owed besides answers (subscription pushes), as far as its
     * output has room, and says when to be called again.
     *
     * @return the {@link System#nanoTime()} to be called back at: {@code now} for as soon as
     *     the output has room, {@link Long#MAX_VALUE} for never (until the next frame)
     */
    default long pump(WireConnection connection, long now) {
        return Long.MAX_VALUE;
    }
}
