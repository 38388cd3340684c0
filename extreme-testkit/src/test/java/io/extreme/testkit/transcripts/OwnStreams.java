package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;

/**
 * Rule 7: which streams of a {@code $all} result belong to the scenario. A stream is the
 * scenario's own when it is one of its names, or a name behind {@code $}, {@code $$} or
 * {@code $$$} (system, metadata and system-metadata streams). Everything else in {@code $all}
 * (server statistics, other scenarios, persistent-subscription checkpoints) is left out.
 */
final class OwnStreams {
    private OwnStreams() {
    }

    /** Whether {@code stream} is one of {@code names}, possibly behind up to three {@code $}. */
    static boolean isOwn(String stream, Collection<String> names) {
        String rest = stream;
        for (int dollars = 0; dollars <= 3; dollars++) {
            if (names.contains(rest)) {
                return true;
            }
            if (!rest.startsWith("$")) {
                return false;
            }
            rest = rest.substring(1);
        }
        return false;
    }

    /**
     * Whether a rendered ResolvedEvent ({@code event}, {@code link}) belongs to the scenario:
     * its event's stream or its link's stream is one of {@code names}.
     */
    static boolean isOwnEvent(JsonNode resolvedEvent, Collection<String> names) {
        for (String part : new String[] {"event", "link"}) {
            JsonNode record = resolvedEvent.get(part);
            if (record != null && record.hasNonNull("event_stream_id")
                    && isOwn(record.get("event_stream_id").asText(), names)) {
                return true;
            }
        }
        return false;
    }
}
