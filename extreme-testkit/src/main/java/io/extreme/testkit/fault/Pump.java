package io.extreme.testkit.fault;

import java.io.IOException;
import java.io.InputStream;

/**
 * Moves the bytes of one connection one way: it reads whatever the socket holds (up to 64 KiB),
 * waits out silence and latency, and forwards the chunk whole. One thread per pump keeps the
 * order of the bytes; while a chunk is held the pump reads no more, so the rest waits in the
 * socket buffers and the sender feels TCP back-pressure, as behind a stalled peer.
 */
final class Pump implements Runnable {
    /** Large enough that a read drains many small frames at once. */
    static final int BUFFER_BYTES = 64 * 1024;

    /** Where a pump's chunks go. */
    interface Sink {
        void forward(byte[] chunk, int length) throws IOException;
    }

    private final ProxiedConnection connection;
    private final Direction way;
    private final InputStream source;
    private final Sink sink;
    private final FaultSwitches switches;

    Pump(ProxiedConnection connection, Direction way, InputStream source, Sink sink, FaultSwitches switches) {
        this.connection = connection;
        this.way = way;
        this.source = source;
        this.sink = sink;
        this.switches = switches;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[BUFFER_BYTES];
        try {
            while (true) {
                int read = source.read(buffer);
                if (read < 0) {
                    connection.endOfStream(way);
                    return;
                }
                if (!switches.awaitForwarding(way, System.nanoTime(), connection::isClosed)) {
                    return;
                }
                sink.forward(buffer, read);
            }
        } catch (IOException e) {
            // A reset or a cut on either side: the other side learns of it the same abrupt way.
            connection.cutAbruptly();
        } finally {
            connection.pumpEnded();
        }
    }
}
