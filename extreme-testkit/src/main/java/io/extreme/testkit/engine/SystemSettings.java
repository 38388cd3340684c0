package io.extreme.testkit.engine;

/**
 * The defaults from the {@code $settings} stream: the ACLs that apply to streams whose metadata
 * says nothing (PROTOCOL.md §4.7). Null parts fall back to the built-in defaults.
 */
record SystemSettings(StreamAcl userStreamAcl, StreamAcl systemStreamAcl) {
    /** No {@code $settings}: only the built-in defaults apply. */
    static final SystemSettings DEFAULT = new SystemSettings(null, null);
}
