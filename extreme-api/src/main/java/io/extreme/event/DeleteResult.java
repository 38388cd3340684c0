package io.extreme.event;

import java.util.Objects;
import java.util.Optional;

/** The outcome of deleting a stream. Immutable, with value equality. */
public final class DeleteResult {
    private final Position logPosition;

    /** A result; {@code logPosition} is {@code null} when the server did not say. */
    public DeleteResult(Position logPosition) {
        this.logPosition = logPosition;
    }

    /** Where the delete landed in {@code $all}; empty when the server did not say. */
    public Optional<Position> logPosition() {
        return Optional.ofNullable(logPosition);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeleteResult that && Objects.equals(logPosition, that.logPosition);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(logPosition);
    }

    @Override
    public String toString() {
        return "DeleteResult[logPosition=" + logPosition + "]";
    }
}
