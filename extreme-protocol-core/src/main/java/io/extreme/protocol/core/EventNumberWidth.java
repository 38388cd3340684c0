package io.extreme.protocol.core;

/**
 * How wide the schema's event numbers are: every event number, expected version and
 * {@code start_from} goes through {@link #toWire} on the way out and {@link #fromWire} on the
 * way in, so that the one place where the neutral model's 64-bit numbers meet protocol v3's
 * 32-bit ones is here (PROTOCOL.md §3.11). Positions and transaction ids are 64-bit in both.
 */
enum EventNumberWidth {
    /** int64, as protocol v4 has them: a neutral number travels as it is. */
    BITS_64 {
        @Override
        long toWire(long number, String field) {
            return number;
        }

        @Override
        long fromWire(long wire) {
            return wire;
        }
    },

    /**
     * int32, as protocol v3 has them. The deleted-stream number is the exception to plain
     * narrowing: EventStore 3.x writes it as {@code int.MaxValue}, 4.x and later as
     * {@code long.MaxValue} (PROTOCOL.md §4.6). The neutral model knows only
     * {@link #DELETED_STREAM}, whatever protocol a connection speaks, so that the engine and the
     * testkit compare against one constant. Negative sentinels (−1 end of stream or no stream,
     * −2 any, −4 stream exists, {@code int.MinValue} on failed writes) fit and keep their meaning.
     *
     * <p>Consequence: a neutral {@code 2147483647} goes out as v3's deleted-stream number and
     * comes back as {@link #DELETED_STREAM}. That is what the number means on a v3 wire; no v3
     * stream can hold an event with that number.
     */
    BITS_32 {
        @Override
        long toWire(long number, String field) {
            if (number == DELETED_STREAM) {
                return V3_DELETED_STREAM;
            }
            if (number != (int) number) {
                throw new IllegalArgumentException(field + " " + number + " does not fit protocol v3's 32-bit event numbers");
            }
            return number;
        }

        @Override
        long fromWire(long wire) {
            // v3's int32 field keeps the low 32 bits of whatever varint came; so does this cast.
            int value = (int) wire;
            return value == V3_DELETED_STREAM ? DELETED_STREAM : value;
        }
    };

    /** The deleted-stream (tombstone) number of the neutral model and of protocol v4. */
    static final long DELETED_STREAM = Long.MAX_VALUE;

    /** The deleted-stream (tombstone) number on a protocol v3 wire. */
    static final int V3_DELETED_STREAM = Integer.MAX_VALUE;

    /**
     * The wire value of a neutral event number.
     *
     * @param field the schema's message and field, such as {@code ReadStreamEvents.from_event_number}
     * @throws IllegalArgumentException when the value does not fit, naming {@code field} and the value
     */
    abstract long toWire(long number, String field);

    /** The neutral event number of a wire value. */
    abstract long fromWire(long wire);
}
