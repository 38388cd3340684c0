package io.extreme;

import io.extreme.event.ExpectedVersion;
import java.util.Objects;

/**
 * How to append to a stream (and to its metadata stream, and in a transaction): the version the
 * stream must be at ({@link ExpectedVersion#ANY} by default) and the call's own settings
 * ({@link PerCall}: user, timeout, deadline, require-master).
 *
 * <p>Immutable: each {@code with} returns a new instance.
 * <pre>{@code
 * client.append("order-42", events, AppendOptions.expecting(ExpectedVersion.NO_STREAM).withTimeout(Duration.ofSeconds(2)));
 * }</pre>
 */
public final class AppendOptions extends PerCall<AppendOptions> {
    /** Any version, the client's call settings. */
    public static final AppendOptions DEFAULTS = new AppendOptions(ExpectedVersion.ANY, CallOptions.DEFAULTS);

    private final ExpectedVersion expectedVersion;

    private AppendOptions(ExpectedVersion expectedVersion, CallOptions call) {
        super(call);
        this.expectedVersion = expectedVersion;
    }

    /** The defaults: no expectation on the stream's version. */
    public static AppendOptions defaults() {
        return DEFAULTS;
    }

    /** The defaults, expecting the stream at {@code version}. */
    public static AppendOptions expecting(ExpectedVersion version) {
        return DEFAULTS.withExpectedVersion(version);
    }

    /** Appends only if the stream is at {@code value}; else the call fails with a wrong-expected-version error. */
    public AppendOptions withExpectedVersion(ExpectedVersion value) {
        return new AppendOptions(Objects.requireNonNull(value, "expectedVersion must not be null"), call());
    }

    @Override
    AppendOptions withCallOptions(CallOptions value) {
        return new AppendOptions(expectedVersion, value);
    }

    /** The version the stream must be at. */
    public ExpectedVersion expectedVersion() {
        return expectedVersion;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppendOptions that && expectedVersion.equals(that.expectedVersion) && call().equals(that.call());
    }

    @Override
    public int hashCode() {
        return Objects.hash(expectedVersion, call());
    }

    @Override
    public String toString() {
        return "AppendOptions[expectedVersion=" + expectedVersion + ", " + call() + "]";
    }
}
