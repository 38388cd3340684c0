package io.extreme.testkit.engine;

import io.extreme.spi.message.NewEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Parks messages a persistent subscription gave up on: appends a link ({@code $>}, data
 * {@code "<number>@<stream>"}, binary) to {@code $persistentsubscription-<stream>::<group>-parked},
 * with the metadata the real server writes (indented JSON: when, why, and the event's number in
 * the subscribed stream), as the recorded transcripts show.
 */
final class ParkedMessages {
    private final StorageWriter writer;
    private final StreamIndex index;
    private final Clock clock;

    ParkedMessages(StorageWriter writer, StreamIndex index, Clock clock) {
        this.writer = writer;
        this.index = index;
        this.clock = clock;
    }

    /** The parked-message stream of a group. */
    static String parkedStreamOf(String streamId, String groupName) {
        return "$persistentsubscription-" + streamId + "::" + groupName + "-parked";
    }

    void park(String streamId, String groupName, StoredEvent event, String reason) {
        String parked = parkedStreamOf(streamId, groupName);
        long last = index.lastEventNumber(parked);
        if (last == SystemNames.DELETED_STREAM) {
            return; // nowhere to park: the server's write would fail the same way
        }
        byte[] data = (event.eventNumber() + "@" + event.streamId()).getBytes(StandardCharsets.UTF_8);
        // Newtonsoft's indented layout: two spaces, "name": value, \n line ends.
        String metadata = "{\n"
                + "  \"added\": " + jsonString(clock.instant().toString()) + ",\n"
                + "  \"reason\": " + jsonString(reason) + ",\n"
                + "  \"subscriptionEventNumber\": " + event.eventNumber() + "\n"
                + "}";
        NewEvent link = new NewEvent(UUID.randomUUID(), SystemNames.LINK_EVENT_TYPE, 0, 0, data,
                metadata.getBytes(StandardCharsets.UTF_8));
        writer.writeEvents(parked, last + 1, List.of(link));
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
