package io.extreme;

import io.extreme.event.ExpectedVersion;
import java.util.Objects;

/**
 * How to delete a stream: soft (the default: its events are gone, its name can be written again
 * and continues its numbering) or hard (a tombstone: the name can never be used again), the
 * version it must be at ({@link ExpectedVersion#ANY} by default), and the call's own settings
 * ({@link PerCall}).
 *
 * <p>Immutable: each {@code with} returns a new instance.
 */
public final class DeleteOptions extends PerCall<DeleteOptions> {
    /** A soft delete at any version, the client's call settings. */
    public static final DeleteOptions DEFAULTS = new DeleteOptions(false, ExpectedVersion.ANY, CallOptions.DEFAULTS);

    private final boolean hard;
    private final ExpectedVersion expectedVersion;

    private DeleteOptions(boolean hard, ExpectedVersion expectedVersion, CallOptions call) {
        super(call);
        this.hard = hard;
        this.expectedVersion = expectedVersion;
    }

    /** The defaults: a soft delete. */
    public static DeleteOptions soft() {
        return DEFAULTS;
    }

    /** The defaults, but a hard delete (a tombstone). */
    public static DeleteOptions hard() {
        return DEFAULTS.withHard(true);
    }

    /** Whether to delete for ever ({@code true}) or softly. */
    public DeleteOptions withHard(boolean value) {
        return new DeleteOptions(value, expectedVersion, call());
    }

    /** Deletes only if the stream is at {@code value}. */
    public DeleteOptions withExpectedVersion(ExpectedVersion value) {
        return new DeleteOptions(hard, Objects.requireNonNull(value, "expectedVersion must not be null"), call());
    }

    @Override
    DeleteOptions withCallOptions(CallOptions value) {
        return new DeleteOptions(hard, expectedVersion, value);
    }

    /** Whether the delete is hard. */
    public boolean isHard() {
        return hard;
    }

    /** The version the stream must be at. */
    public ExpectedVersion expectedVersion() {
        return expectedVersion;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeleteOptions that && hard == that.hard && expectedVersion.equals(that.expectedVersion)
                && call().equals(that.call());
    }

    @Override
    public int hashCode() {
        return Objects.hash(hard, expectedVersion, call());
    }

    @Override
    public String toString() {
        return "DeleteOptions[" + (hard ? "hard" : "soft") + ", expectedVersion=" + expectedVersion + ", " + call() + "]";
    }
}
