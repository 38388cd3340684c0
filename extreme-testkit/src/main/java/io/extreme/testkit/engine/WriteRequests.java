package io.extreme.testkit.engine;

import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.DeleteStreamCompleted;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;
import java.util.List;
import java.util.UUID;

/**
 * Answers WriteEvents and DeleteStream (PROTOCOL.md §4.1, §4.6, §12.1 #1 and #4) with the exact
 * fields a 4.1.4 server sends: on success {@code current_version} 0; on failure the first/last
 * numbers and prepare position -2147483648, commit position 0, and {@code current_version} the
 * stream's version for a wrong expected version, -1 otherwise. The connection's codec leaves
 * {@code current_version} out under protocol v3; its {@link ServerGeneration} decides the
 * rest (the soft-delete marker, whether an empty append moves the last commit position).
 */
final class WriteRequests {
    static final String ACCESS_DENIED = "Access denied.";
    static final String WRONG_EXPECTED_VERSION = "Wrong expected version.";
    static final String STREAM_DELETED = "Stream is deleted.";

    /** What the server puts in number fields of failed writes (.NET's int.MinValue). */
    private static final long INVALID_NUMBER = Integer.MIN_VALUE;

    private final StreamIndex index;
    private final AccessChecker access;
    private final StorageWriter writer;

    WriteRequests(StreamIndex index, AccessChecker access, StorageWriter writer) {
        this.index = index;
        this.access = access;
        this.writer = writer;
    }

    WriteEventsCompleted write(WriteEvents request, Principal principal, ServerGeneration generation) {
        String streamId = request.streamId();
        if (!access.canWrite(principal, streamId)) {
            return failedWrite(OperationResult.ACCESS_DENIED, ACCESS_DENIED, -1);
        }
        List<NewEvent> events = request.events();
        CommitCheck.Result check = CommitCheck.check(index, streamId, request.expectedVersion(),
                events.stream().map(NewEvent::eventId).toList());
        switch (check.decision()) {
            case DELETED:
                return failedWrite(OperationResult.STREAM_DELETED, STREAM_DELETED, -1);
            case WRONG_EXPECTED_VERSION:
            case CORRUPTED_IDEMPOTENCY:
                return failedWrite(OperationResult.WRONG_EXPECTED_VERSION, WRONG_EXPECTED_VERSION,
                        check.currentVersion());
            case IDEMPOTENT:
                return new WriteEventsCompleted(OperationResult.SUCCESS, null, check.firstEventNumber(),
                        check.lastEventNumber(), -1L, -1L, 0L);
            default:
                break;
        }
        boolean revivesStream = revivesByMetadata(streamId);
        long first = check.currentVersion() + 1;
        long position = events.isEmpty()
                ? writer.writeEmpty(streamId, generation.emptyAppendMovesLastCommit())
                : writer.writeEvents(streamId, first, events).prepareStart();
        afterWrite(streamId, check, revivesStream);
        return new WriteEventsCompleted(OperationResult.SUCCESS, null, first, first + events.size() - 1,
                position, position, 0L);
    }

    DeleteStreamCompleted delete(DeleteStream request, Principal principal, ServerGeneration generation) {
        String streamId = request.streamId();
        if (!access.canDelete(principal, streamId)) {
            return failedDelete(OperationResult.ACCESS_DENIED, ACCESS_DENIED);
        }
        CommitCheck.Result check = CommitCheck.check(index, streamId, request.expectedVersion(),
                List.of(UUID.randomUUID()));
        switch (check.decision()) {
            case DELETED:
                return failedDelete(OperationResult.STREAM_DELETED, STREAM_DELETED);
            case OK:
                break;
            default:
                return failedDelete(OperationResult.WRONG_EXPECTED_VERSION, WRONG_EXPECTED_VERSION);
        }
        StoredEvent written;
        if (Boolean.TRUE.equals(request.hardDelete())) {
            written = writer.writeSystemEvent(streamId, SystemNames.DELETED_STREAM,
                    SystemNames.STREAM_DELETED_EVENT_TYPE, false, new byte[0]);
        } else {
            // A soft delete replaces the stream's metadata with the deleted-stream marker alone.
            String metastream = SystemNames.metastreamOf(streamId);
            byte[] marker = MetadataJson.softDeleteMarker(generation.softDeleteMarker());
            written = writer.writeSystemEvent(metastream, index.lastEventNumber(metastream) + 1,
                    SystemNames.METADATA_EVENT_TYPE, true, marker);
        }
        return new DeleteStreamCompleted(OperationResult.SUCCESS, null, written.prepareStart(), written.prepareStart());
    }

    /**
     * Whether writing to {@code streamId} revives a soft-deleted stream through its metadata: new
     * metadata for a soft-deleted stream gets {@code $tb} rewritten to the next event number.
     * Asked before the write, because the write itself replaces the metadata it looks at.
     */
    boolean revivesByMetadata(String streamId) {
        return SystemNames.isMetastream(streamId) && index.isSoftDeleted(SystemNames.originalStreamOf(streamId));
    }

    /** The undeletes that follow a successful write or commit, in the server's order. */
    void afterWrite(String streamId, CommitCheck.Result check, boolean revivesByMetadata) {
        if (check.softDeleted()) {
            writer.undelete(streamId, check.currentVersion() + 1);
        }
        if (revivesByMetadata) {
            String original = SystemNames.originalStreamOf(streamId);
            writer.undelete(original, index.lastEventNumber(original) + 1);
        }
    }

    private static WriteEventsCompleted failedWrite(OperationResult result, String message, long currentVersion) {
        return new WriteEventsCompleted(result, message, INVALID_NUMBER, INVALID_NUMBER, INVALID_NUMBER, 0L,
                currentVersion);
    }

    private static DeleteStreamCompleted failedDelete(OperationResult result, String message) {
        return new DeleteStreamCompleted(result, message, -1L, -1L);
    }
}
