package io.extreme.typed;

/**
 * What a typed read, subscription or handler does with an event it cannot decode: a type no
 * class maps to, data in a format the serializer does not read (a raw binary event under the
 * JSON serializer), or bytes the serializer refuses. The cause is an {@link EventDecodingException}.
 */
public enum UndecodableEvents {
    /** The read fails, the subscription drops, the Listener stops, with the exception. The default. */
    FAIL,
    /** The event is delivered undecoded: {@link TypedEvent#isDecoded()} false, the raw event and the failure in it. */
    DELIVER_RAW,
    /** The event is left out (logged at WARN); a Listener counts it as processed and moves on. */
    SKIP
}
