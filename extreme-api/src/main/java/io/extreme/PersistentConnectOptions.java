package io.extreme;

import java.util.Objects;

/**
 * How a consumer connects to a persistent subscription group: how many events the server may push
 * it unacknowledged (10 by default) and whether each event is acknowledged when the handler returns
 * (yes by default) or by the handler itself; the user it connects as ({@link #withCredentials}).
 * Timeouts and deadlines ({@link PerCall}) bound the wait for the server's confirmation.
 *
 * <p>Immutable: each {@code with} returns a new instance.
 */
public final class PersistentConnectOptions extends PerCall<PersistentConnectOptions> {
    /** The buffer size when none is set. */
    public static final int DEFAULT_BUFFER_SIZE = 10;
    /** A buffer of 10, auto-ack, the client's call settings. */
    public static final PersistentConnectOptions DEFAULTS = new PersistentConnectOptions(DEFAULT_BUFFER_SIZE, true, CallOptions.DEFAULTS);

    private final int bufferSize;
    private final boolean autoAck;

    private PersistentConnectOptions(int bufferSize, boolean autoAck, CallOptions call) {
        super(call);
        this.bufferSize = bufferSize;
        this.autoAck = autoAck;
    }

    /** The defaults. */
    public static PersistentConnectOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Lets the server push at most {@code value} events not yet acknowledged.
     *
     * @throws IllegalArgumentException when {@code value} is not positive
     */
    public PersistentConnectOptions withBufferSize(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("bufferSize must be at least 1, was " + value);
        }
        return new PersistentConnectOptions(value, autoAck, call());
    }

    /** Whether each event is acknowledged when the handler returns ({@code true}) or by the handler. */
    public PersistentConnectOptions withAutoAck(boolean value) {
        return new PersistentConnectOptions(bufferSize, value, call());
    }

    @Override
    PersistentConnectOptions withCallOptions(CallOptions value) {
        return new PersistentConnectOptions(bufferSize, autoAck, value);
    }

    /** The most events pushed unacknowledged. */
    public int bufferSize() {
        return bufferSize;
    }

    /** Whether events are acknowledged when the handler returns. */
    public boolean autoAck() {
        return autoAck;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersistentConnectOptions that && bufferSize == that.bufferSize && autoAck == that.autoAck
                && call().equals(that.call());
    }

    @Override
    public int hashCode() {
        return Objects.hash(bufferSize, autoAck, call());
    }

    @Override
    public String toString() {
        return "PersistentConnectOptions[bufferSize=" + bufferSize + ", autoAck=" + autoAck + ", " + call() + "]";
    }
}
