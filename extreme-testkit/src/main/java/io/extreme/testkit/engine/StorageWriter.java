package io.extreme.testkit.engine;

import io.extreme.spi.message.NewEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writes records to the log and commits them: plain writes (each event commits itself), empty
 * writes, the server's own events (soft-delete metadata, tombstones, undeletes), and the records
 * of explicit transactions. Every committed event is indexed, appended to {@code $all} and
 * handed to the commit listener (the subscriptions). Decisions about whether to write are taken
 * before, by the request handlers.
 */
final class StorageWriter {
    private final TransactionLog log;
    private final StreamIndex index;
    private final Clock clock;
    private final Consumer<StoredEvent> onCommit;

    StorageWriter(TransactionLog log, StreamIndex index, Clock clock, Consumer<StoredEvent> onCommit) {
        this.log = log;
        this.index = index;
        this.clock = clock;
        this.onCommit = onCommit;
    }

    /** Writes {@code events} numbered from {@code firstEventNumber}; returns the last one. */
    StoredEvent writeEvents(String streamId, long firstEventNumber, List<NewEvent> events) {
        StoredEvent last = null;
        for (int i = 0; i < events.size(); i++) {
            PreparedEvent prepared = prepare(streamId, events.get(i));
            last = prepared.commit(streamId, firstEventNumber + i, prepared.recordStart(), prepared.recordEnd());
            commit(last);
        }
        return last;
    }

    /**
     * An append of no events still writes a record, and answers with its position. With
     * {@code movesLastCommit} false (3.9.3) that record is not indexed, so reads keep reporting
     * the last commit before it.
     */
    long writeEmpty(String streamId, boolean movesLastCommit) {
        long size = TransactionLog.emptyPrepareSize(streamId);
        long start = log.reserve(size);
        if (movesLastCommit) {
            log.committedAt(start, start + size);
        }
        return start;
    }

    /** Writes an event the server makes itself, with a fresh id. */
    StoredEvent writeSystemEvent(String streamId, long eventNumber, String eventType, boolean json, byte[] data) {
        byte[] noMetadata = new byte[0];
        long size = TransactionLog.prepareSize(streamId, eventType, data, noMetadata);
        long start = log.reserve(size);
        StoredEvent event = new StoredEvent(streamId, eventNumber, UUID.randomUUID(), eventType, json, data,
                noMetadata, clock.instant(), start, start + size, start, start + size);
        commit(event);
        return event;
    }

    /** Writes a transaction's begin record; its position is the transaction id. */
    long beginTransaction(String streamId) {
        return log.reserve(TransactionLog.emptyPrepareSize(streamId));
    }

    /** Writes the prepare record of a transaction's event, not yet visible to anyone. */
    PreparedEvent prepare(String streamId, NewEvent event) {
        PreparedEvent prepared = PreparedEvent.of(event, clock.instant());
        long size = TransactionLog.prepareSize(streamId, prepared.eventType(), prepared.data(), prepared.metadata());
        long start = log.reserve(size);
        return prepared.at(start, start + size);
    }

    /**
     * Writes a commit record for {@code prepared}, numbering them from {@code firstEventNumber};
     * returns the commit's position, which all of them share.
     */
    long commitTransaction(String streamId, long firstEventNumber, List<PreparedEvent> prepared) {
        long start = log.reserve(TransactionLog.commitSize());
        long end = start + TransactionLog.commitSize();
        List<StoredEvent> committed = new ArrayList<>(prepared.size());
        for (int i = 0; i < prepared.size(); i++) {
            committed.add(prepared.get(i).commit(streamId, firstEventNumber + i, start, end));
        }
        log.committedAt(start, end);
        committed.forEach(this::commit);
        return start;
    }

    /**
     * Undeletes a soft-deleted stream: rewrites its metadata with {@code $tb} at the first number
     * of the new life, every other key kept, as the server does after the write that revives it.
     */
    void undelete(String streamId, long recreateFromEventNumber) {
        byte[] raw = index.rawMetadata(streamId);
        byte[] rewritten = raw == null ? null : MetadataJson.withTruncateBefore(raw, recreateFromEventNumber);
        if (rewritten == null) {
            return; // metadata that is not a JSON object is left alone, as the server does
        }
        String metastream = SystemNames.metastreamOf(streamId);
        writeSystemEvent(metastream, index.lastEventNumber(metastream) + 1, SystemNames.METADATA_EVENT_TYPE, true,
                rewritten);
    }

    private void commit(StoredEvent event) {
        log.append(event);
        if (event.selfCommitted()) {
            log.committedAt(event.commitStart(), event.commitEnd());
        }
        index.add(event);
        onCommit.accept(event);
    }
}
