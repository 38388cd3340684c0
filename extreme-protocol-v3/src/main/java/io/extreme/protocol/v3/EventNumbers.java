package io.extreme.protocol.v3;

/**
 * The one place where the neutral model's 64-bit event numbers meet protocol v3's 32-bit ones
 * (PROTOCOL.md §3.11): every event number, expected version and {@code start_from} of the v3
 * schema goes through {@link #toWire} on the way out and {@link #fromWire} on the way in.
 *
 * <p>The deleted-stream number is the exception to plain narrowing: EventStore 3.x writes it as
 * {@code int.MaxValue}, 4.x and later as {@code long.MaxValue} (PROTOCOL.md §4.6). The neutral
 * model knows only {@link #DELETED_STREAM}, whatever protocol a connection speaks, so that the
 * engine and the testkit compare against one constant. Negative sentinels (−1 end of stream or
 * no stream, −2 any, −4 stream exists, {@code int.MinValue} on failed writes) fit and keep
 * their meaning.
 *
 * <p>Consequence: a neutral {@code 2147483647} goes out as v3's deleted-stream number and comes
 * back as {@link #DELETED_STREAM}. That is what the number means on a v3 wire; no v3 stream can
 * hold an event with that number.
 */
final class EventNumbers {
    /** The deleted-stream (tombstone) number of the neutral model and of protocol v4. */
    static final long DELETED_STREAM = Long.MAX_VALUE;

    /** The deleted-stream (tombstone) number on a protocol v3 wire. */
    static final int V3_DELETED_STREAM = Integer.MAX_VALUE;

    private EventNumbers() {
    }

    /**
     * The v3 wire value of a neutral event number.
     *
     * @param field the schema's message and field, such as {@code ReadStreamEvents.from_event_number}
     * @throws IllegalArgumentException when {@code value} is neither {@link #DELETED_STREAM} nor
     *     within 32 bits, naming {@code field} and the value
     */
    static int toWire(long value, String field) {
        if (value == DELETED_STREAM) {
            return V3_DELETED_STREAM;
        }
        if (value != (int) value) {
            throw new IllegalArgumentException(field + " " + value + " does not fit protocol v3's 32-bit event numbers");
        }
        return (int) value;
    }

    /** The neutral event number of a v3 wire value: widened, the v3 tombstone becoming {@link #DELETED_STREAM}. */
    static long fromWire(int value) {
        return value == V3_DELETED_STREAM ? DELETED_STREAM : value;
    }
}
