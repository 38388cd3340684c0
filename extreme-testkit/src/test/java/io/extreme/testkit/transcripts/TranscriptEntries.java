package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.extreme.testkit.transcripts.ScenarioConnection.Incoming;

/** The pieces of a transcript entry that the runner's parts share: frames, events, racy frames. */
final class TranscriptEntries {
    private TranscriptEntries() {
    }

    /** A received frame as a transcript entry; {@code conn} only when not c1. */
    static ObjectNode render(Incoming incoming, String corr) {
        return FrameRenderer.received(incoming.frame(), corr, "c1".equals(incoming.conn()) ? null : incoming.conn());
    }

    /** {@code {"event": "closed"}}; with the reason when the server broke the framing. */
    static ObjectNode closedEvent(String problem) {
        ObjectNode event = Json.object().put("event", "closed");
        if (problem != null) {
            event.put("text", problem);
        }
        return event;
    }

    /** Moves the frames before a close under {@code racy_before_close}: real servers lose them at times. */
    static void separateRacy(ObjectNode entry) {
        ArrayNode recv = (ArrayNode) entry.get("recv");
        int close = -1;
        for (int i = 0; i < recv.size(); i++) {
            if ("closed".equals(recv.get(i).path("event").asText())) {
                close = i;
                break;
            }
        }
        if (close <= 0) {
            return;
        }
        ArrayNode racy = Json.NODES.arrayNode();
        ArrayNode rest = Json.NODES.arrayNode();
        for (int i = 0; i < recv.size(); i++) {
            JsonNode frame = recv.get(i);
            (i < close ? racy : rest).add(frame);
        }
        entry.set("recv", rest);
        entry.set("racy_before_close", racy);
    }
}
