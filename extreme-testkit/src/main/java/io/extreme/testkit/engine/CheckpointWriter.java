package io.extreme.testkit.engine;

import java.nio.charset.StandardCharsets;

/**
 * Writes persistent subscription checkpoints: events of type {@value #EVENT_TYPE} whose JSON data
 * is the last event number the group has fully dealt with (acknowledged, skipped or parked, with
 * nothing before it still out), to {@code $persistentsubscription-<stream>::<group>-checkpoint}.
 */
final class CheckpointWriter {
    /** The checkpoint event type, as EventStore's documentation names it. */
    static final String EVENT_TYPE = "$SubscriptionCheckpoint";

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
