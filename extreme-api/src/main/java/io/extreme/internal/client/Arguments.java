package io.extreme.internal.client;

import io.extreme.event.EventData;
import io.extreme.event.Position;
import io.extreme.event.StreamPosition;
import java.util.List;
import java.util.Objects;

/**
 * Checks of user input, before anything is sent: each failure is an
 * {@link IllegalArgumentException} (or a {@link NullPointerException} for a null) that names the
 * argument and says what is allowed.
 */
final class Arguments {
    private Arguments() {
    }

    static String stream(String stream) {
        Objects.requireNonNull(stream, "stream");
        if (stream.isEmpty()) {
            throw new IllegalArgumentException("stream must not be empty");
        }
        return stream;
    }

    static String group(String group) {
        Objects.requireNonNull(group, "group");
        if (group.isEmpty()) {
            throw new IllegalArgumentException("group must not be empty");
        }
        return group;
    }

    static List<EventData> events(List<EventData> events, int maxEventSize, int maxFrameLength) {
        Objects.requireNonNull(events, "events");
        long total = 0;
        for (int i = 0; i < events.size(); i++) {
            EventData event = events.get(i);
            if (event == null) {
                throw new NullPointerException("events[" + i + "]");
            }
            if (event.size() > maxEventSize) {
                throw new IllegalArgumentException("events[" + i + "] (" + event.eventType() + ") is " + event.size()
                        + " bytes of data and metadata; the limit (maxEventSize) is " + maxEventSize);
            }
            // Ids, types and protobuf tags: a generous allowance per event.
            total += event.size() + event.eventType().length() * 3L + 64;
        }
        if (total > maxFrameLength - 1024) {
            throw new IllegalArgumentException("events add up to about " + total + " bytes, more than one frame may carry "
                    + "(maxFrameLength " + maxFrameLength + "); append them in smaller batches");
        }
        return events;
    }

    static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
    /** Where a catch-up on a stream starts, as the last event number it counts as processed (-1: none). */
    static long catchUpFrom(StreamPosition from) {
        notNull(from, "from");
        if (from.isEnd()) {
            throw new IllegalArgumentException("from must be StreamPosition.START or an event number; to follow only new "
                    + "events, use subscribeToStream");
        }
        return from.eventNumber() - 1;
    }

    /** The checkpoint a catch-up on {@code $all} goes on after; {@code null} for the start. */
    static Position catchUpAfter(Position checkpoint) {
        notNull(checkpoint, "checkpoint");
        if (checkpoint.equals(Position.END)) {
            throw new IllegalArgumentException("checkpoint must be Position.START or a position read from $all; to follow only "
                    + "new events, use subscribeToAll");
        }
        return checkpoint.equals(Position.START) ? null : checkpoint;
    }
}
