package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.testkit.transcripts.ScenarioConnection.Incoming;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The inbox of a run and the frames held per correlation id. Frames for an earlier step's
 * correlation id never go into the step that happens to be running: they wait here, under
 * that step's label, until an await takes them; whatever is left at the end is "unawaited".
 * So a transcript does not depend on how pushes interleave with replies.
 */
final class FrameRouter {
    private final BlockingQueue<Incoming> inbox = new LinkedBlockingQueue<>();
    private final Map<UUID, String> labels = new HashMap<>();
    private final Map<String, Deque<Incoming>> held = new LinkedHashMap<>();
    private final Set<UUID> allSubscriptions = new HashSet<>();
    private final Set<UUID> probes = new HashSet<>();
    private final Supplier<Set<String>> freshValues;

    /** {@code freshValues} gives the scenario's stream names so far, for the {@code $all} filter. */
    FrameRouter(Supplier<Set<String>> freshValues) {
        this.freshValues = freshValues;
    }

    BlockingQueue<Incoming> inbox() {
        return inbox;
    }

    /** Names frames with correlation id {@code corr} by {@code label} (a step id). */
    void name(UUID corr, String label) {
        labels.put(corr, label);
    }

    /** Whether {@code corr} belongs to a step of this run. */
    boolean known(UUID corr) {
        return labels.containsKey(corr);
    }

    /** The transcript's {@code corr} value: a step label, {@code zero} or {@code unknown}. */
    String label(UUID corr) {
        if (Frame.ZERO_ID.equals(corr)) {
            return "zero";
        }
        return labels.getOrDefault(corr, "unknown");
    }

    /** A correlation id for a probe Ping: its answer is never recorded, however late it comes. */
    UUID newProbe() {
        UUID corr = UUID.randomUUID();
        probes.add(corr);
        return corr;
    }

    /** Whether {@code corr} is the id of a probe Ping. */
    boolean isProbe(UUID corr) {
        return probes.contains(corr);
    }

    /** Marks {@code corr} as a subscription to {@code $all}: pushes of other streams get dropped. */
    void subscribedToAll(UUID corr) {
        allSubscriptions.add(corr);
    }

    /** The next incoming item, or null once {@code deadlineNanos} (System.nanoTime) has passed. */
    Incoming next(long deadlineNanos) {
        long wait = deadlineNanos - System.nanoTime();
        try {
            return wait <= 0 ? inbox.poll() : inbox.poll(wait, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server", e);
        }
    }

    /**
     * Holds a frame under its label, unless it answers a probe or is a push of another stream
     * on a {@code $all} subscription.
     */
    void hold(Incoming incoming) {
        Frame frame = incoming.frame();
        if (probes.contains(frame.correlationId())) {
            return;
        }
        if (allSubscriptions.contains(frame.correlationId()) && frame.command() == TcpCommand.STREAM_EVENT_APPEARED
                && !isOwnPush(frame)) {
            return;
        }
        held.computeIfAbsent(label(frame.correlationId()), l -> new ArrayDeque<>()).add(incoming);
    }

    /** Whether a push for a reused correlation id should be dropped by the {@code $all} filter. */
    boolean dropped(Frame frame) {
        return allSubscriptions.contains(frame.correlationId())
                && frame.command() == TcpCommand.STREAM_EVENT_APPEARED && !isOwnPush(frame);
    }

    /** The oldest frame held under {@code label}, or null. */
    Incoming take(String label) {
        Deque<Incoming> frames = held.get(label);
        return frames == null ? null : frames.poll();
    }

    /** Every frame held under {@code label}, oldest first. */
    List<Incoming> takeAll(String label) {
        Deque<Incoming> frames = held.remove(label);
        return frames == null ? List.of() : new ArrayList<>(frames);
    }

    /** What nobody awaited, per label, in arrival order. */
    Map<String, List<Incoming>> leftovers() {
        Map<String, List<Incoming>> out = new LinkedHashMap<>();
        held.forEach((label, frames) -> {
            if (!frames.isEmpty()) {
                out.put(label, new ArrayList<>(frames));
            }
        });
        return out;
    }

    private boolean isOwnPush(Frame frame) {
        JsonNode rendered = FrameRenderer.received(frame, null, null).path("msg").path("event");
        return OwnStreams.isOwnEvent(rendered, freshValues.get());
    }
}
