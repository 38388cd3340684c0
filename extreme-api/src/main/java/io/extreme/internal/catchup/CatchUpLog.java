package io.extreme.internal.catchup;

import io.extreme.subscription.DropReason;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a catch-up says in the log when it leaves its course: a read the connection failed, a
 * live subscription lost with its connection, a live subscription gone silent behind its stream.
 * The lines are apart from the algorithm so that it reads as steps, not sentences; they keep the
 * {@link CatchUp} logger, so that a log configuration that names it still hears them.
 */
final class CatchUpLog {
    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);

    private final String connection;
    private final String name;

    /**
     * @param connection the client's connection name, the prefix of every line
     * @param name       the stream subscribed to, or {@code $all}
     */
    CatchUpLog(String connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** A read failed because of the connection; the next one goes after {@code pause}. */
    void readFailed(Throwable cause, Duration pause, String resumePoint) {
        log.info("[{}] a read of the catch-up subscription to {} failed ({}); reading again in {} ms from {}",
                connection, name, cause.getMessage(), pause.toMillis(), resumePoint);
    }

    /** The connection went, and the live subscription with it; reading starts again. */
    void resuming(DropReason reason, Throwable cause, String resumePoint) {
        log.info("[{}] the catch-up subscription to {} lost its live subscription ({}{}); resuming from {}",
                connection, name, reason, cause == null ? "" : ": " + cause.getMessage(), resumePoint);
    }

    /** The watchdog found the live subscription silent while its stream moved on to {@code head}. */
    void silentBehind(String head, long silentMillis, String resumePoint) {
        log.warn("[{}] subscription to {} saw nothing for {} ms while the stream moved on to {}; subscribing again from {}",
                connection, name, silentMillis, head, resumePoint);
    }
}
