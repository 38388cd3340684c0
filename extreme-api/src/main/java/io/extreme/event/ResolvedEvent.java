package io.extreme.event;

/**
 * An event read or pushed, with the link that led to it when links were resolved.
 *
 * @param event    the event; {@code null} when a link pointed at an event that is gone
 * @param link     the {@code $>} link event, or {@code null} when this was not reached by a link
 * @param position the place in {@code $all} for reads of {@code $all} and subscriptions, else {@code null}
 */
public record ResolvedEvent(RecordedEvent event, RecordedEvent link, Position position) {
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
}
