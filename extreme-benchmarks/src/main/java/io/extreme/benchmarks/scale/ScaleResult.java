package io.extreme.benchmarks.scale;

import io.extreme.benchmarks.support.scale.ScaleOptions;
import io.extreme.subscription.DropReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of one {@link SubscriptionScale} run, and the checks behind them: every
 * subscription confirmed, every event delivered to every one in order and once, no drop before
 * the close, every subscription unsubscribed at the close.
 *
 * @param openFailures     subscribe calls that failed instead of confirming
 * @param delivered        in-order deliveries counted by the handlers
 * @param misordered       deliveries out of order, repeated, or after a gap
 * @param dropsBeforeClose drops, by reason, before the run closed the subscriptions
 * @param firstDropCause   the first drop's cause that had one, described; null when none
 * @param dropsAtClose     drops, by reason, once it closed them (all UNSUBSCRIBED when well)
 * @param cpu              per-thread CPU during the fan-out, one line per process
 */
public record ScaleResult(ScaleOptions options, long baselineBytes, long openBytes, long closedBytes,
                          long openNanos, int openFailures, long fanOutNanos, long delivered, long misordered,
                          String firstMisorder, Map<DropReason, Long> dropsBeforeClose, String firstDropCause, long closeNanos,
                          Map<DropReason, Long> dropsAtClose, List<String> cpu) {
    /** Deliveries the run asked for: every event to every subscription. */
    public long expectedDeliveries() {
        return (long) options.subscriptions() * options.events();
    }

    /** Whether nothing was refused, lost, repeated, misordered or dropped early, and every close was heard. */
    public boolean complete() {
        return openFailures == 0 && delivered == expectedDeliveries() && misordered == 0 && dropsBeforeClose.isEmpty()
                && dropsAtClose.getOrDefault(DropReason.UNSUBSCRIBED, 0L) == options.subscriptions()
                && dropsAtClose.size() == 1;
    }

    /** Heap each open subscription costs the client, in bytes (runner's listener and handle included). */
    public long heapPerSubscription() {
        return (openBytes - baselineBytes) / options.subscriptions();
    }

    /** One summary line per figure, for people and for BENCHMARKS.md. */
    public List<String> lines() {
        int n = options.subscriptions();
        double openSeconds = openNanos / 1e9;
        double fanOutSeconds = fanOutNanos / 1e9;
        List<String> lines = new ArrayList<>();
        lines.add(String.format("open: %,d subscriptions to one stream confirmed in %.2f s (%,.0f per second), %d refused;"
                + " %d subscribe calls outstanding at most", n, openSeconds, n / openSeconds, openFailures, options.openWindow()));
        lines.add(String.format("heap per subscription: %,d bytes (baseline %s, with %,d subscriptions %s; after full GCs,"
                + " MemoryMXBean used heap)", heapPerSubscription(), mb(baselineBytes), n, mb(openBytes)));
        lines.add(String.format("fan-out: %,d events x %,d subscriptions = %,d deliveries in %.2f s: %,.0f deliveries/s,"
                        + " %,.1f events/s fanned out (appends of %d, at most %d events ahead of the slowest subscription)",
                options.events(), n, expectedDeliveries(), fanOutSeconds, delivered / fanOutSeconds,
                options.events() / fanOutSeconds, options.batch(), options.window()));
        lines.add(String.format("checks: %,d of %,d delivered in order, %,d misordered or repeated%s; drops before the close: %s",
                delivered, expectedDeliveries(), misordered, firstMisorder == null ? "" : " (first: " + firstMisorder + ")",
                dropsBeforeClose.isEmpty() ? "none" : dropsBeforeClose + ", the first with " + firstDropCause));
        lines.add(String.format("close: drops heard %s in %.2f s; heap after the close %s (%+,d KB against the baseline)",
                dropsAtClose, closeNanos / 1e9, mb(closedBytes), (closedBytes - baselineBytes) / 1024));
        cpu.forEach(line -> lines.add("cpu during the fan-out: " + line));
        lines.add("result: " + (complete() ? "COMPLETE" : "INCOMPLETE (see the checks above)"));
        return lines;
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
