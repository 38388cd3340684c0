package io.extreme.internal.connection;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh correlation ids. They only need to be unique per connection, not unguessable, so they
 * come from {@link ThreadLocalRandom} instead of the slower, contended {@code SecureRandom}
 * behind {@link UUID#randomUUID()}. Shaped as version 4 UUIDs.
 */
final class CorrelationIds {
    private CorrelationIds() {
    }

    static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
