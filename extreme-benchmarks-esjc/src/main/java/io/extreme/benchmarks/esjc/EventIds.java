package io.extreme.benchmarks.esjc;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Event ids for the benchmarks, as in extreme-benchmarks: a random prefix per instance and a
 * counter, because {@link UUID#randomUUID()} (SecureRandom) would weigh on what is measured.
 */
public final class EventIds {
    private final long mostSignificantBits = ThreadLocalRandom.current().nextLong();
    private long counter;

    /** The next id. Not thread-safe: one instance per benchmark thread. */
    public UUID next() {
        return new UUID(mostSignificantBits, ++counter);
    }
}
