package io.extreme.testkit.fault;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The server-to-client side of one proxied connection. It follows the server's frames so that
 * faults land where they mean to: injected bytes go out only on a frame boundary, an armed
 * mid-frame cut takes the next frame that starts, and a frame of a command held back is gathered
 * whole and not sent.
 *
 * <p>Threads: the server-to-client pump forwards, a test thread injects; both hold this object's
 * monitor while writing, so the frame position is always that of the bytes written.
 */
final class ClientOutput {
    private final OutputStream client;
    private final FaultSwitches switches;
    private final Runnable cutConnection;
    private final FrameBoundary frames = new FrameBoundary();
    private final Queue<byte[]> injections = new ConcurrentLinkedQueue<>();
    private MidFrameCut cut;
    private WholeFrame collecting;

    ClientOutput(OutputStream client, FaultSwitches switches, Runnable cutConnection) {
        this.client = client;
        this.switches = switches;
        this.cutConnection = cutConnection;
    }

    /** Forwards {@code chunk[0, length)} from the server; throws once a mid-frame cut ended the connection. */
    synchronized void forward(byte[] chunk, int length) throws IOException {
        int offset = 0;
        while (offset < length) {
            if (cut != null) {
                offset += forwardPartOfCutFrame(chunk, offset, length - offset);
                continue;
            }
            if (collecting != null) {
                offset += collecting.take(chunk, offset, length - offset);
                if (collecting.complete()) {
                    byte[] frame = collecting.bytes();
                    collecting = null;
                    if (switches.drops(WholeFrame.command(frame))) {
                        continue; // held back whole: the client's stream stays on the same boundary
                    }
                    if (WholeFrame.hasPayload(frame) && switches.claimCorruption()) {
                        WholeFrame.corruptPayload(frame);
                    }
                    client.write(frame);
                    frames.consume(frame, 0, frame.length);
                }
                continue;
            }
            if (frames.atBoundary()) {
                writeInjections();
                if (switches.claimMidFrameCut()) {
                    cut = new MidFrameCut();
                    continue;
                }
                if (switches.corruptionArmed() || switches.dropsAnyCommand()) {
                    collecting = new WholeFrame();
                    continue;
                }
            }
            if (injections.isEmpty() && !switches.midFrameCutArmed() && !switches.corruptionArmed()
                    && !switches.dropsAnyCommand()) {
                // Nothing waits for a boundary: the whole rest goes out in one write.
                client.write(chunk, offset, length - offset);
                frames.consume(chunk, offset, length - offset);
                offset = length;
            } else {
                int frameEnd = frames.consumeToFrameEnd(chunk, offset, length - offset);
                client.write(chunk, offset, frameEnd);
                offset += frameEnd;
            }
        }
        if (frames.atBoundary() && cut == null && collecting == null) {
            writeInjections();
        }
    }

    /** Writes {@code bytes} now if the server's stream stands between frames, else at its next boundary. */
    synchronized void inject(byte[] bytes) throws IOException {
        injections.add(bytes);
        if (frames.atBoundary() && cut == null && collecting == null) {
            writeInjections();
        }
    }

    private int forwardPartOfCutFrame(byte[] chunk, int offset, int length) throws IOException {
        int used = 0;
        while (used < length && !cut.due()) {
            int count = cut.forwardable(chunk, offset + used, length - used);
            client.write(chunk, offset + used, count);
            used += count;
        }
        if (cut.due()) {
            cutConnection.run();
            throw new IOException("connection cut in the middle of a frame, as the test asked");
        }
        return used;
    }

    private void writeInjections() throws IOException {
        for (byte[] bytes = injections.poll(); bytes != null; bytes = injections.poll()) {
            client.write(bytes);
        }
    }
}
