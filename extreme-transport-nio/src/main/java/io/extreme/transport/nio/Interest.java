package io.extreme.transport.nio;

import java.nio.channels.SelectionKey;

/**
 * The interest set of one connection's key, from two wishes: read unless the listener took read
 * demand away, and wait for {@code OP_WRITE} while written bytes are left over. The demand may be
 * set from any thread; the key is touched on the I/O thread only.
 */
final class Interest {
    private final SelectionKey key;
    /** Whether the listener wants bytes; written from any thread, applied on the I/O thread. */
    private volatile boolean readDemand = true;
    /** Whether OP_READ is in the interest set. I/O thread only. */
    private boolean reading = true;
    /** Whether OP_WRITE is in the interest set. I/O thread only. */
    private boolean writing;

    Interest(SelectionKey key) {
        this.key = key;
    }

    /** Records the listener's wish; {@link #applyReadDemand} then has to run on the I/O thread. Any thread. */
    void demand(boolean read) {
        readDemand = read;
    }

    /** Whether the listener wants bytes now. Any thread. */
    boolean wantsReading() {
        return readDemand;
    }

    /** Brings OP_READ in line with the last wish; true when that changed it. I/O thread. */
    boolean applyReadDemand() {
        boolean wanted = readDemand;
        if (wanted == reading) {
            return false;
        }
        reading = wanted;
        update();
        return true;
    }

    /** Adds or removes OP_WRITE. I/O thread. */
    void waitForWritable(boolean waiting) {
        if (waiting != writing) {
            writing = waiting;
            update();
        }
    }

    private void update() {
        if (key.isValid()) {
            key.interestOps((reading ? SelectionKey.OP_READ : 0) | (writing ? SelectionKey.OP_WRITE : 0));
        }
    }
}
