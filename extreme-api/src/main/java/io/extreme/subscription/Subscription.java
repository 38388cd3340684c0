package io.extreme.subscription;

import java.util.OptionalLong;

/**
 * A running subscription. Closing it unsubscribes; the listener then hears
 * {@link DropReason#UNSUBSCRIBED}, once.
 */
public interface Subscription extends AutoCloseable {
    /** The stream subscribed to, or {@code "$all"}. */
    String streamId();

    /** The server's last commit position when it confirmed the subscription. */
    long lastCommitPosition();

    /** The stream's last event number when the subscription was confirmed; empty for none or for {@code $all}. */
    OptionalLong lastEventNumber();

    /** Whether events may still arrive. */
    boolean isActive();

    /** Unsubscribes. Idempotent; never throws. */
    @Override
    void close();
}
