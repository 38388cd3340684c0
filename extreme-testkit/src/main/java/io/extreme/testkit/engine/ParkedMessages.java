package io.extreme.testkit.engine;

import io.extreme.spi.message.NewEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Parks messages a persistent subscription gave up on: appends a link ({@code $>}, data
 * {@code "<number>@<stream>"}, binary) to {@code $persistentsubscription-<stream>::<group>-parked},
 * with the metadata the real server writes ({@link ServerJson}: when, why, and the event's number
 * in the subscribed stream, left out when it is 0), as the recorded transcripts show.
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
        // The server's ParkedMessageMetadata, written by its JSON settings: no subscriptionEventNumber for event 0.
        byte[] metadata = ServerJson.object()
                .time("added", clock.instant(), clock.getZone())
                .text("reason", reason)
                .number("subscriptionEventNumber", event.eventNumber())
                .indentedBytes();
        NewEvent link = new NewEvent(UUID.randomUUID(), SystemNames.LINK_EVENT_TYPE, 0, 0, data, metadata);
        writer.writeEvents(parked, last + 1, List.of(link));
    }
}
