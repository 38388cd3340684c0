package io.extreme.testkit.engine;

import java.nio.charset.StandardCharsets;

/**
 * How many bytes each record takes in a real EventStore 4.x transaction file, so that the
 * testkit's log positions advance by what a real server's do (PROTOCOL.md §12.1 #15: the same
 * small event moves 4.1.4's position by 140 bytes). The layout, from the server's public source
 * ({@code LogRecord}, {@code PrepareLogRecord}, {@code CommitLogRecord} as of 4.x, record version 1):
 *
 * <ul>
 *   <li>every record is framed by its length, an int32 before and after it (8 bytes), and opens
 *       with its type (1 byte), version (1) and log position (8);</li>
 *   <li>a prepare then has its flags (2), transaction position (8), transaction offset (4),
 *       expected version (8), the stream id, the event id and correlation id (16 each), a
 *       timestamp (8), the event type, and the data and metadata each after an int32 length;</li>
 *   <li>a commit has its transaction position, first event number, sort key (8 each), a
 *       correlation id (16) and a timestamp (8).</li>
 * </ul>
 *
 * <p>Strings are written as .NET's {@code BinaryWriter} writes them: their UTF-8 bytes after
 * their byte count as a 7-bit varint. 3.9.3 writes record version 0, with 32-bit expected versions
 * and event numbers (4 bytes less per record); one engine serves both generations over one log, so
 * the testkit sizes every record as 4.x does, and 3.9.3's positions are unconfirmed.
 */
final class LogRecordSizes {
    /** The length before and after a record, then its type, version and log position. */
    private static final int FRAME_AND_HEADER = 4 + 4 + 1 + 1 + 8;
    /** A prepare's fixed fields: flags, transaction position and offset, expected version, two ids, timestamp, two lengths. */
    private static final int PREPARE_FIXED = 2 + 8 + 4 + 8 + 16 + 16 + 8 + 4 + 4;
    /** A commit's fields: transaction position, first event number, sort key, correlation id, timestamp. */
    private static final int COMMIT_FIELDS = 8 + 8 + 8 + 16 + 8;

    private LogRecordSizes() {
    }

    /** A prepare record carrying an event. */
    static long prepare(String streamId, String eventType, byte[] data, byte[] metadata) {
        return FRAME_AND_HEADER + PREPARE_FIXED + string(streamId) + string(eventType) + data.length + metadata.length;
    }

    /** A prepare record without an event (a transaction's start, an append of nothing): an empty type, no data. */
    static long emptyPrepare(String streamId) {
        return prepare(streamId, "", new byte[0], new byte[0]);
    }

    static long commit() {
        return FRAME_AND_HEADER + COMMIT_FIELDS;
    }

    /** A string as {@code BinaryWriter.Write(string)} writes it: a 7-bit varint byte count, then the UTF-8 bytes. */
    static int string(String text) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        return varint7Length(bytes) + bytes;
    }

    private static int varint7Length(int value) {
        int length = 1;
        while ((value >>>= 7) != 0) {
            length++;
        }
        return length;
    }
}
