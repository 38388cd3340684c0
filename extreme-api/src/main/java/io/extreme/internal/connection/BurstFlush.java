package io.extreme.internal.connection;

import io.extreme.spi.Frame;
import io.extreme.spi.TransportConnection;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The operations' frames the engine writes in one run of its queue, flushed once behind them.
 * The first frame of a run queues a flush as an engine task: it runs after every task already
 * waiting, so a burst of operations (a hundred pipelined appends) leaves in one socket write,
 * written on the engine's own thread, with no wake-up of the transport's I/O thread for it.
 * A frame is therefore never held longer than the engine takes to reach the end of what was
 * already queued. Engine thread only.
 */
final class BurstFlush {
    private final Executor engine;
    private final Runnable flush = this::flushNow;
    /** The connection written to since the last flush, whose flush is queued; null for none. */
    private TransportConnection pending;

    BurstFlush(Executor engine) {
        this.engine = engine;
    }

    /**
     * Queues {@code frame} on {@code connection} and makes sure a flush follows.
     *
     * @throws IllegalArgumentException when the transport refuses the frame (over its limit)
     */
    void write(TransportConnection connection, Frame frame) {
        connection.write(frame);
        if (pending == connection) {
            return;
        }
        if (pending != null) {
            pending.flush(); // the run moved to another connection: the first one's frames go now
            pending = connection; // and the flush already queued takes this one
            return;
        }
        pending = connection;
        try {
            engine.execute(flush);
        } catch (RejectedExecutionException closing) {
            flushNow();
        }
    }

    /** Flushes the connection written to, if any; also what the queued task does. */
    void flushNow() {
        TransportConnection connection = pending;
        pending = null;
        if (connection != null) {
            connection.flush();
        }
    }
}
