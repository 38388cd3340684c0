package io.extreme.testkit.engine;

import java.nio.charset.StandardCharsets;

/**
 * Writes persistent subscription checkpoints: events of type {@value #EVENT_TYPE}, flagged JSON,
 * whose data is the last event number the group has dealt with as text ({@code 4}), to
 * {@code $persistentsubscription-<stream>::<group>-checkpoint}; when is {@link CheckpointSchedule}'s.
 */
final class CheckpointWriter {
    /** The checkpoint event type the real 3.9.3 and 4.1.4 write (no {@code $}, PROTOCOL.md §12.1 #16). */
    static final String EVENT_TYPE = "SubscriptionCheckpoint";

    private final StorageWriter writer;
    private final StreamIndex index;

    CheckpointWriter(StorageWriter writer, StreamIndex index) {
        this.writer = writer;
        this.index = index;
    }

    /** The checkpoint stream of a group. */
    static String checkpointStreamOf(String streamId, String groupName) {
        return "$persistentsubscription-" + streamId + "::" + groupName + "-checkpoint";
    }

    void write(String streamId, String groupName, long eventNumber) {
        String stream = checkpointStreamOf(streamId, groupName);
        long last = index.lastEventNumber(stream);
        if (last == SystemNames.DELETED_STREAM) {
            return;
        }
        writer.writeSystemEvent(stream, last + 1, EVENT_TYPE, true, Long.toString(eventNumber).getBytes(StandardCharsets.UTF_8));
    }
}
