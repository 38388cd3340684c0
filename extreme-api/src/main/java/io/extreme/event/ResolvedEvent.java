package io.extreme.event;

import java.util.Objects;
import java.util.Optional;

/**
 * An event read or pushed, with the link that led to it when links were resolved, and its place
 * in {@code $all} when it came from {@code $all} or a subscription.
 *
 * <p>Immutable, with value equality. Made by the engine (and by tests) with {@link #ResolvedEvent}.
 */
public final class ResolvedEvent {
    private final RecordedEvent event;
    private final RecordedEvent link;
    private final Position position;

    /**
     * @param event    the event; {@code null} only when {@code link} points at an event that is gone
     * @param link     the {@code $>} link event that led to it, or {@code null} when it was not reached by a link
     * @param position its place in {@code $all}, or {@code null} when it was read from a stream
     */
    public ResolvedEvent(RecordedEvent event, RecordedEvent link, Position position) {
        this.event = event;
        this.link = link;
        this.position = position;
    }

    /**
     * The event itself: the target when a link was resolved. {@code null} only for a link whose
     * target is gone ({@link #hasEvent()} is false; {@link #originalEvent()} is the link then).
     */
    public RecordedEvent event() {
        return event;
    }

    /** Whether the event is here: false only for a resolved link whose target was deleted. */
    public boolean hasEvent() {
        return event != null;
    }

    /** The {@code $>} link event that led here; empty when this event was not reached through a link. */
    public Optional<RecordedEvent> link() {
        return Optional.ofNullable(link);
    }

    /** The place in {@code $all}: present for reads of {@code $all} and for subscriptions, empty for stream reads. */
    public Optional<Position> position() {
        return Optional.ofNullable(position);
    }

    /** The event as it stands in the stream that was read: the link when there is one. */
    public RecordedEvent originalEvent() {
        return link != null ? link : event;
    }

    /** The stream that was read. */
    public String originalStreamId() {
        return originalEvent().streamId();
    }

    /** The number in the stream that was read. */
    public long originalEventNumber() {
        return originalEvent().eventNumber();
    }

    /** Whether a link was resolved to its target. */
    public boolean isResolved() {
        return link != null && event != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResolvedEvent that && Objects.equals(event, that.event) && Objects.equals(link, that.link)
                && Objects.equals(position, that.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, link, position);
    }

    @Override
    public String toString() {
        return "ResolvedEvent[" + (originalEvent() == null ? "none" : originalStreamId() + "@" + originalEventNumber()) + (isResolved() ? " -> " + event.streamId()
                + "@" + event.eventNumber() : link != null ? " -> (gone)" : "") + (position != null ? ", " + position : "") + "]";
    }
}
