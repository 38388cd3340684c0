package io.extreme.benchmarks;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Event ids for the benchmarks: unique, and cheap. {@link UUID#randomUUID()} draws from
 * SecureRandom, which would cost more than some of what is being measured; a random prefix per
 * trial and a counter are just as unique for a server that only compares them.
 */
public final class EventIds {
    private final long mostSignificantBits = ThreadLocalRandom.current().nextLong();
    private long counter;

    /** The next id. Not thread-safe: one instance per benchmark thread. */
    public UUID next() {
        return new UUID(mostSignificantBits, ++counter);
    }
}
