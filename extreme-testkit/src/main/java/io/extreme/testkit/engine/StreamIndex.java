package io.extreme.testkit.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every stream's events by number, its tombstone, its effective metadata, and the cache of
 * committed event ids that idempotent writes are checked against. It holds raw facts only:
 * hiding truncated, expired or deleted events is the readers' business.
 */
final class StreamIndex {
    /** Where an event id was first committed (the server's cache keeps the first, not the last). */
    record CommittedEvent(String streamId, long eventNumber) {
    }

    private static final class Stream {
        final List<StoredEvent> events = new ArrayList<>();
        StoredEvent tombstone;
    }

    private final Map<String, Stream> streams = new HashMap<>();
    private final Map<UUID, CommittedEvent> committedEvents = new HashMap<>();
    private final Map<String, StreamMetadata> metadataCache = new HashMap<>();
    private SystemSettings systemSettings = SystemSettings.DEFAULT;

    /** Indexes a committed event: numbers are contiguous from 0, a tombstone ends the stream. */
    void add(StoredEvent event) {
        Stream stream = streams.computeIfAbsent(event.streamId(), id -> new Stream());
        if (event.eventNumber() == SystemNames.DELETED_STREAM) {
            stream.tombstone = event;
            metadataCache.remove(event.streamId()); // its $$ stream now counts as deleted too
        } else {
            if (event.eventNumber() != stream.events.size()) {
                throw new IllegalStateException("event " + event.eventNumber() + " does not follow "
                        + (stream.events.size() - 1) + " in " + event.streamId());
            }
            stream.events.add(event);
        }
        committedEvents.putIfAbsent(event.eventId(), new CommittedEvent(event.streamId(), event.eventNumber()));
        if (SystemNames.isMetastream(event.streamId())) {
            metadataCache.remove(SystemNames.originalStreamOf(event.streamId()));
        }
        if (SystemNames.SETTINGS.equals(event.streamId())) {
            systemSettings = MetadataJson.parseSystemSettings(event.data());
        }
    }

    /**
     * The stream's version: its last event number, -1 when it has none, or
     * {@link SystemNames#DELETED_STREAM} when it (or, for a {@code $$} stream, its stream) was
     * hard-deleted. A soft-deleted stream keeps its last event number.
     */
    long lastEventNumber(String streamId) {
        if (SystemNames.isMetastream(streamId)
                && lastEventNumber(SystemNames.originalStreamOf(streamId)) == SystemNames.DELETED_STREAM) {
            return SystemNames.DELETED_STREAM;
        }
        Stream stream = streams.get(streamId);
        if (stream == null) {
            return SystemNames.NO_STREAM;
        }
        return stream.tombstone != null ? SystemNames.DELETED_STREAM : stream.events.size() - 1;
    }

    /** The event stored under {@code eventNumber}, whatever the metadata says, or null. */
    StoredEvent event(String streamId, long eventNumber) {
        Stream stream = streams.get(streamId);
        if (stream == null) {
            return null;
        }
        if (eventNumber == SystemNames.DELETED_STREAM) {
            return stream.tombstone;
        }
        return eventNumber >= 0 && eventNumber < stream.events.size() ? stream.events.get((int) eventNumber) : null;
    }

    /** The stored events numbered {@code from..to} (inclusive, clamped to what exists), in order. */
    List<StoredEvent> range(String streamId, long from, long to) {
        Stream stream = streams.get(streamId);
        if (stream == null || from > to) {
            return List.of();
        }
        long first = Math.max(0, from);
        long last = Math.min(to, stream.events.size() - 1L);
        return first > last ? List.of() : List.copyOf(stream.events.subList((int) first, (int) last + 1));
    }

    /** Where {@code eventId} was first committed, or null: the idempotency cache. */
    CommittedEvent committedEvent(UUID eventId) {
        return committedEvents.get(eventId);
    }

    /**
     * The effective metadata of a stream: the JSON of the last event of its {@code $$} stream, if
     * flagged JSON and well formed. Every {@code $$} stream has the fixed metastream metadata.
     */
    StreamMetadata metadata(String streamId) {
        if (SystemNames.isMetastream(streamId)) {
            return StreamMetadata.METASTREAM;
        }
        return metadataCache.computeIfAbsent(streamId, this::readMetadata);
    }

    /** The stream's raw metadata: the data of the last event of its {@code $$} stream, or null. */
    byte[] rawMetadata(String streamId) {
        String metastream = SystemNames.metastreamOf(streamId);
        long last = lastEventNumber(metastream);
        if (last < 0 || last == SystemNames.DELETED_STREAM) {
            return null;
        }
        return event(metastream, last).data();
    }

    boolean isSoftDeleted(String streamId) {
        return metadata(streamId).softDeleted();
    }

    SystemSettings systemSettings() {
        return systemSettings;
    }

    private StreamMetadata readMetadata(String streamId) {
        String metastream = SystemNames.metastreamOf(streamId);
        long last = lastEventNumber(metastream);
        if (last < 0 || last == SystemNames.DELETED_STREAM) {
            return StreamMetadata.EMPTY;
        }
        StoredEvent metadataEvent = event(metastream, last);
        if (!metadataEvent.json() || metadataEvent.data().length == 0) {
            return StreamMetadata.EMPTY;
        }
        return MetadataJson.parseStreamMetadata(metadataEvent.data());
    }
}
