package io.extreme.internal.client;

import io.extreme.AppendOptions;
import io.extreme.ReadOptions;
import io.extreme.error.ExtremeException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.metadata.StreamMetadata;
import io.extreme.metadata.StreamMetadataResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Stream metadata lives in the metadata stream {@code $$<stream>}: reading it is reading that
 * stream's last event, writing it is appending a {@code $metadata} JSON event there.
 */
final class MetadataOperations {
    /** The prefix of metadata streams. */
    static final String METASTREAM_PREFIX = "$$";
    /** The event type of metadata events. */
    static final String METADATA_EVENT_TYPE = "$metadata";
    /** The metastream version a deleted stream reports, as EventStore's clients do. */
    static final long DELETED_STREAM = Long.MAX_VALUE;

    private MetadataOperations() {
    }

    static CompletableFuture<StreamMetadataResult> get(ClientView client, String stream) {
        Arguments.stream(stream);
        String metastream = METASTREAM_PREFIX + stream;
        return client.readEvent(metastream, StreamPosition.END, ReadOptions.DEFAULTS).thenApply(read -> switch (read.status()) {
            case SUCCESS -> {
                var event = read.requireEvent().originalEvent();
                yield new StreamMetadataResult(stream, false, event.eventNumber(), parse(stream, event.data()));
            }
            case NOT_FOUND, NO_STREAM -> new StreamMetadataResult(stream, false, -1, StreamMetadata.EMPTY);
            case STREAM_DELETED -> new StreamMetadataResult(stream, true, DELETED_STREAM, StreamMetadata.EMPTY);
        });
    }

    static CompletableFuture<WriteResult> set(ClientView client, String stream, ExpectedVersion expected, StreamMetadata metadata) {
        Arguments.stream(stream);
        Arguments.notNull(expected, "expectedMetastreamVersion");
        Arguments.notNull(metadata, "metadata");
        if (stream.startsWith(METASTREAM_PREFIX)) {
            throw new IllegalArgumentException("stream '" + stream + "' is a metadata stream; set the metadata of '"
                    + stream.substring(2) + "' instead");
        }
        byte[] json = metadata.toJson().getBytes(StandardCharsets.UTF_8);
        EventData event = EventData.ofOwnedArrays(UUID.randomUUID(), METADATA_EVENT_TYPE, true, json, null);
        return client.append(METASTREAM_PREFIX + stream, List.of(event), AppendOptions.expecting(expected));
    }

    private static StreamMetadata parse(String stream, byte[] data) {
        if (data.length == 0) {
            return StreamMetadata.EMPTY;
        }
        try {
            return StreamMetadata.fromJson(new String(data, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ExtremeException("The metadata of stream '" + stream + "' is not valid: " + e.getMessage(), e);
        }
    }
}
