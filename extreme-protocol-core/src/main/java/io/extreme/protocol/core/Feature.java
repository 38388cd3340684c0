package io.extreme.protocol.core;

/**
 * A message, field or value that a later server added to the schema, and that protocol v3's
 * schema therefore lacks (PROTOCOL.md §3.11, §7.2). Where a {@link Dialect} lacks one, the core
 * writes what v3's schema would write: nothing, or a refusal when there is nothing to write.
 */
enum Feature {
    /** IdentifyClient and ClientIdentified, the connection's handshake (3.9.4 and 4.0). */
    IDENTIFY_CLIENT,
    /** {@code WriteEventsCompleted.current_version} (4.0.0). */
    CURRENT_VERSION,
    /** {@code PersistentSubscriptionStreamEventAppeared.retryCount} (4.1.0). */
    RETRY_COUNT,
    /** NotHandled's reason IsReadOnly (20.x). */
    READ_ONLY_REASON
}
