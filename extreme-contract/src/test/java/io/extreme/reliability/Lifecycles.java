package io.extreme.reliability;

import io.extreme.ConnectionListener;
import io.extreme.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Records a client's lifecycle events with their time, for tests to wait on and measure. */
public final class Lifecycles implements ConnectionListener {
    /** One event: what, where, why, and when (System.nanoTime). */
    public record Event(String kind, Endpoint node, Throwable cause, long atNanos) {
    }

    public final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void connected(Endpoint node) {
        add(new Event("connected", node, null, System.nanoTime()));
    }

    @Override
    public void disconnected(Endpoint node, Throwable cause) {
        add(new Event("disconnected", node, cause, System.nanoTime()));
    }

    @Override
    public void reconnecting(int attempt, Duration delay) {
        add(new Event("reconnecting", null, null, System.nanoTime()));
    }

    @Override
    public void error(Throwable error) {
        add(new Event("error", null, error, System.nanoTime()));
    }

    @Override
    public void closed(Throwable cause) {
        add(new Event("closed", null, cause, System.nanoTime()));
    }

    public long count(String kind) {
        return events.stream().filter(e -> e.kind().equals(kind)).count();
    }

    /** The first event after {@code sinceNanos} that {@code matches}, waited for up to 15 seconds. */
    public synchronized Event await(String kind, long sinceNanos, Predicate<Event> matches) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            for (Event e : events) {
                if (e.kind().equals(kind) && e.atNanos() - sinceNanos >= 0 && matches.test(e)) {
                    return e;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no '" + kind + "' event within 15 s; saw " + events);
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left); // woken by the next event
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private synchronized void add(Event event) {
        events.add(event);
        notifyAll();
    }

    public Event await(String kind, long sinceNanos) {
        return await(kind, sinceNanos, e -> true);
    }
}
