package io.extreme;

import io.extreme.error.StreamDeletedException;
import io.extreme.event.ConditionalWriteResult;
import io.extreme.event.DeleteResult;
import io.extreme.event.EventData;
import io.extreme.event.WriteResult;
import io.extreme.event.WrongExpectedVersionException;
import io.extreme.metadata.StreamMetadata;
import io.extreme.metadata.StreamMetadataResult;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The calls of an {@link ExtremeClient} that change streams: appends, deletes, metadata and
 * transactions. Each has a short form with the defaults and one that takes its family's options
 * ({@link AppendOptions}, {@link DeleteOptions}, {@link CallOptions}).
 */
public interface WriteCommands {
    /** Appends {@code events} in one write, whatever the stream's version; see {@link #append(String, List, AppendOptions)}. */
    default CompletableFuture<WriteResult> append(String stream, List<EventData> events) {
        return append(stream, events, AppendOptions.DEFAULTS);
    }

    /** Appends {@code events} in one write, whatever the stream's version. */
    default CompletableFuture<WriteResult> append(String stream, EventData... events) {
        // Arrays.asList keeps a null element, so that the argument check names it (events[i]).
        return append(stream, Arrays.asList(Objects.requireNonNull(events, "events")), AppendOptions.DEFAULTS);
    }

    /**
     * Appends {@code events} in one write, all or none. Fails with {@link WrongExpectedVersionException}
     * when the stream is not at {@link AppendOptions#expectedVersion()}, {@link StreamDeletedException}
     * when it was hard-deleted. Writing the same events again (same ids) at the same version is
     * idempotent: the server answers as for the first write.
     */
    CompletableFuture<WriteResult> append(String stream, List<EventData> events, AppendOptions options);

    /**
     * Like {@link #append(String, List, AppendOptions)}, but a wrong expected version or a deleted
     * stream is a result ({@link ConditionalWriteResult#status()}) instead of a failure.
     */
    CompletableFuture<ConditionalWriteResult> tryAppend(String stream, List<EventData> events, AppendOptions options);

    /** Soft-deletes {@code stream} at any version; see {@link #delete(String, DeleteOptions)}. */
    default CompletableFuture<DeleteResult> delete(String stream) {
        return delete(stream, DeleteOptions.DEFAULTS);
    }

    /**
     * Deletes {@code stream}, softly or for ever ({@link DeleteOptions#isHard()}). Fails with
     * {@link WrongExpectedVersionException} when it is not at the expected version and
     * {@link StreamDeletedException} when it was already hard-deleted.
     */
    CompletableFuture<DeleteResult> delete(String stream, DeleteOptions options);

    /** The metadata of {@code stream} and the version of its metadata stream. */
    default CompletableFuture<StreamMetadataResult> getStreamMetadata(String stream) {
        return getStreamMetadata(stream, CallOptions.DEFAULTS);
    }

    /** The metadata of {@code stream}, read with {@code options}. */
    CompletableFuture<StreamMetadataResult> getStreamMetadata(String stream, CallOptions options);

    /** Replaces the metadata of {@code stream}, whatever the metadata stream's version. */
    default CompletableFuture<WriteResult> setStreamMetadata(String stream, StreamMetadata metadata) {
        return setStreamMetadata(stream, metadata, AppendOptions.DEFAULTS);
    }

    /**
     * Replaces the metadata of {@code stream}; {@link AppendOptions#expectedVersion()} is the
     * version its metadata stream must be at.
     */
    CompletableFuture<WriteResult> setStreamMetadata(String stream, StreamMetadata metadata, AppendOptions options);

    /**
     * Starts a transaction on {@code stream}: writes that only show when committed, all at once;
     * the expected version is checked at the commit.
     */
    CompletableFuture<Transaction> startTransaction(String stream, AppendOptions options);
}
