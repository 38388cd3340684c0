package io.extreme.testkit.engine;

/**
 * EventStore's reserved names and numbers (PROTOCOL.md §4.1, §4.6, §4.7, §4.8): which streams are
 * metadata or system streams, the event types the server writes itself, and the special
 * expected versions and event numbers.
 */
final class SystemNames {
    /** The virtual stream of every event; the empty stream id of SubscribeToStream means it too. */
    static final String ALL = "$all";
    /** Holds the default ACLs for user and system streams. */
    static final String SETTINGS = "$settings";
    /** Prefix of a metadata stream: {@code $$S} holds the metadata of {@code S}. */
    static final String METASTREAM_PREFIX = "$$";

    static final String METADATA_EVENT_TYPE = "$metadata";
    static final String STREAM_DELETED_EVENT_TYPE = "$streamDeleted";
    static final String LINK_EVENT_TYPE = "$>";

    /** Event number of a hard-delete tombstone, and the version of a hard-deleted stream. */
    static final long DELETED_STREAM = Long.MAX_VALUE;
    static final long NO_STREAM = -1;
    static final long ANY = -2;
    /** Server-internal, refused on the wire. */
    static final long INVALID = -3;
    static final long STREAM_EXISTS = -4;

    /** The largest page a read may ask for. */
    static final int MAX_PAGE_SIZE = 4096;

    private SystemNames() {
    }

    static boolean isMetastream(String streamId) {
        return streamId.startsWith(METASTREAM_PREFIX);
    }

    /** Every name starting with {@code $} is a system stream, metadata streams included. */
    static boolean isSystemStream(String streamId) {
        return streamId.startsWith("$");
    }

    static String metastreamOf(String streamId) {
        return METASTREAM_PREFIX + streamId;
    }

    static String originalStreamOf(String metastreamId) {
        return metastreamId.substring(METASTREAM_PREFIX.length());
    }
}
