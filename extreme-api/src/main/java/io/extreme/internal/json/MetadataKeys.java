package io.extreme.internal.json;

/**
 * The reserved keys of EventStore's stream metadata and system settings, as they are spelled in
 * the JSON the server stores. One list for the client, which writes and reads metadata, and for
 * the testkit, which acts on it as the server does.
 */
public final class MetadataKeys {
    /** The most events the stream keeps. */
    public static final String MAX_COUNT = "$maxCount";
    /** How old, in seconds, an event may get before it is no longer read. */
    public static final String MAX_AGE = "$maxAge";
    /** The first event number still read ("truncate before"). */
    public static final String TRUNCATE_BEFORE = "$tb";
    /** How long, in seconds, readers over HTTP may cache the stream's head. */
    public static final String CACHE_CONTROL = "$cacheControl";
    /** Whether the stream is a temporary one (deleted once its last event is scavenged). */
    public static final String TEMP_STREAM = "$tmp";
    /** The stream's access control list. */
    public static final String ACL = "$acl";
    /** In an ACL: who may read. */
    public static final String READ_ROLES = "$r";
    /** In an ACL: who may write. */
    public static final String WRITE_ROLES = "$w";
    /** In an ACL: who may delete. */
    public static final String DELETE_ROLES = "$d";
    /** In an ACL: who may read the metadata. */
    public static final String META_READ_ROLES = "$mr";
    /** In an ACL: who may write the metadata. */
    public static final String META_WRITE_ROLES = "$mw";
    /** In {@code $settings}: the default ACL of user streams. */
    public static final String USER_STREAM_ACL = "$userStreamAcl";
    /** In {@code $settings}: the default ACL of system streams. */
    public static final String SYSTEM_STREAM_ACL = "$systemStreamAcl";

    private MetadataKeys() {
    }
}
