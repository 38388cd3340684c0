package io.extreme.benchmarks.wire;

import java.nio.ByteBuffer;

/**
 * Sends every frame back as it came, whatever its command: the floor under any answering
 * server on the same loop, for {@link EchoCeiling}.
 */
final class EchoService implements FrameHandler {
    @Override
    public boolean onFrame(WireConnection connection, ByteBuffer in, int frame, int length, int payload) {
        int bytes = 4 + length;
        ByteBuffer out = connection.reserve(bytes);
        if (out == null) {
            return false;
        }
        out.put(out.position(), in, frame, bytes);
        out.position(out.position() + bytes);
        return true;
    }
}
