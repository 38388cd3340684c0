package io.extreme;

import io.extreme.event.Direction;
import io.extreme.subscription.CatchUpOptions;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How to read a stream or {@code $all}: which way ({@link Direction#FORWARD} by default), how many
 * events at most (all to the end by default), whether to resolve link events (no by default), how
 * many events each page fetches (500 by default, at most {@link #MAX_PAGE_SIZE}), and the call's own
 * settings ({@link PerCall}). Where the read starts is an argument of the call, a
 * {@link io.extreme.event.StreamPosition} for a stream or a {@link io.extreme.event.Position} for
 * {@code $all}.
 *
 * <p>Immutable: each {@code with} returns a new instance.
 * <pre>{@code
 * ReadOptions lastTen = ReadOptions.backward().withMaxCount(10).withResolveLinkTos(true);
 * try (EventStream events = client.readStream("$ce-order", StreamPosition.END, lastTen)) { ... }
 * }</pre>
 */
public final class ReadOptions extends PerCall<ReadOptions> {
    /** The largest page the server serves. */
    public static final int MAX_PAGE_SIZE = CatchUpOptions.MAX_READ_BATCH;
    /** The page size when none is set. */
    public static final int DEFAULT_PAGE_SIZE = 500;
    /** Forward, every event, links as they are, pages of 500, the client's call settings. */
    public static final ReadOptions DEFAULTS = new ReadOptions(Direction.FORWARD, -1, false, DEFAULT_PAGE_SIZE, CallOptions.DEFAULTS);

    private final Direction direction;
    /** -1: no limit. */
    private final long maxCount;
    private final boolean resolveLinkTos;
    private final int pageSize;

    private ReadOptions(Direction direction, long maxCount, boolean resolveLinkTos, int pageSize, CallOptions call) {
        super(call);
        this.direction = direction;
        this.maxCount = maxCount;
        this.resolveLinkTos = resolveLinkTos;
        this.pageSize = pageSize;
    }

    /** The defaults: forward, to the end. */
    public static ReadOptions forward() {
        return DEFAULTS;
    }

    /** The defaults, but backward. */
    public static ReadOptions backward() {
        return DEFAULTS.withDirection(Direction.BACKWARD);
    }

    /** Reads in {@code value}'s direction. */
    public ReadOptions withDirection(Direction value) {
        return new ReadOptions(Objects.requireNonNull(value, "direction must not be null"), maxCount, resolveLinkTos, pageSize, call());
    }

    /**
     * Stops after {@code value} events.
     *
     * @throws IllegalArgumentException when {@code value} is not positive
     */
    public ReadOptions withMaxCount(long value) {
        if (value < 1) {
            throw new IllegalArgumentException("maxCount must be at least 1, was " + value);
        }
        return new ReadOptions(direction, value, resolveLinkTos, pageSize, call());
    }

    /** Reads to the end (the default). */
    public ReadOptions withNoMaxCount() {
        return new ReadOptions(direction, -1, resolveLinkTos, pageSize, call());
    }

    /** Whether the server replaces each link event by the event it points to. */
    public ReadOptions withResolveLinkTos(boolean value) {
        return new ReadOptions(direction, maxCount, value, pageSize, call());
    }

    /**
     * Fetches {@code value} events per request.
     *
     * @throws IllegalArgumentException unless {@code value} is between 1 and {@link #MAX_PAGE_SIZE}
     */
    public ReadOptions withPageSize(int value) {
        if (value < 1 || value > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + value);
        }
        return new ReadOptions(direction, maxCount, resolveLinkTos, value, call());
    }

    @Override
    ReadOptions withCallOptions(CallOptions value) {
        return new ReadOptions(direction, maxCount, resolveLinkTos, pageSize, value);
    }

    /** Which way to read. */
    public Direction direction() {
        return direction;
    }

    /** The most events to read; empty: all to the end. */
    public OptionalLong maxCount() {
        return maxCount < 0 ? OptionalLong.empty() : OptionalLong.of(maxCount);
    }

    /** Whether link events are resolved. */
    public boolean resolveLinkTos() {
        return resolveLinkTos;
    }

    /** The events fetched per request. */
    public int pageSize() {
        return pageSize;
    }

    /** The size of the first page: the page size, or fewer when {@link #maxCount()} is smaller. */
    public int firstPageSize() {
        return maxCount < 0 ? pageSize : (int) Math.min(pageSize, maxCount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadOptions that && direction == that.direction && maxCount == that.maxCount
                && resolveLinkTos == that.resolveLinkTos && pageSize == that.pageSize && call().equals(that.call());
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, maxCount, resolveLinkTos, pageSize, call());
    }

    @Override
    public String toString() {
        return "ReadOptions[" + direction + ", maxCount=" + (maxCount < 0 ? "all" : maxCount) + ", resolveLinkTos="
                + resolveLinkTos + ", pageSize=" + pageSize + ", " + call() + "]";
    }
}
