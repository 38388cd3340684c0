package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.extreme.testkit.transcripts.ScenarioConnection.Incoming;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The steps that only wait: sleeps, awaits, the raw-bytes window and the end of a run. While
 * they wait, everything they do not collect goes to the {@link FrameRouter} and closes are
 * reported to the runner.
 */
final class Waits {
    private final FrameRouter router;
    private final Exchange exchange;
    private final Consumer<ScenarioConnection> onClosed;
    private final boolean probing;

    Waits(FrameRouter router, Exchange exchange, Consumer<ScenarioConnection> onClosed, boolean probing) {
        this.router = router;
        this.exchange = exchange;
        this.onClosed = onClosed;
        this.probing = probing;
    }

    /**
     * The end of a run: holds everything until {@code deadline}, or (probing) until every open
     * connection has answered a probe.
     */
    void endWait(Collection<ScenarioConnection> open, long deadline) {
        if (!probing) {
            idle(deadline);
            return;
        }
        Map<UUID, ScenarioConnection> pending = new HashMap<>();
        for (ScenarioConnection connection : open) {
            UUID probe = exchange.probe(connection);
            if (probe != null) {
                pending.put(probe, connection);
            }
        }
        while (!pending.isEmpty()) {
            Incoming incoming = router.next(deadline);
            if (incoming == null) {
                return;
            }
            if (incoming.closed()) {
                onClosed.accept(incoming.source());
                pending.values().remove(incoming.source());
            } else if (pending.remove(incoming.frame().correlationId()) == null) {
                router.hold(incoming);
            }
        }
    }

    /** Holds everything until {@code deadline}; closes are noted. */
    void idle(long deadline) {
        for (Incoming incoming = router.next(deadline); incoming != null; incoming = router.next(deadline)) {
            if (incoming.closed()) {
                onClosed.accept(incoming.source());
            } else {
                router.hold(incoming);
            }
        }
    }

    /** Waits until {@code deadline}, then takes every frame held under {@code label}. */
    void awaitWindow(String label, ArrayNode recv, long deadline) {
        idle(deadline);
        for (Incoming incoming : router.takeAll(label)) {
            recv.add(TranscriptEntries.render(incoming, label));
        }
    }

    /** Writes {@code bytes} as they are, then records every frame of {@code connection} until {@code deadline} or its close. */
    void raw(ScenarioConnection connection, byte[] bytes, ArrayNode recv, long deadline) {
        try {
            connection.write(bytes);
        } catch (IOException e) {
            onClosed.accept(connection);
            recv.add(TranscriptEntries.closedEvent(null));
            return;
        }
        for (Incoming incoming = router.next(deadline); incoming != null; incoming = router.next(deadline)) {
            if (incoming.closed()) {
                onClosed.accept(incoming.source());
                if (incoming.source() == connection) {
                    recv.add(TranscriptEntries.closedEvent(incoming.problem()));
                    return;
                }
            } else if (incoming.source() == connection) {
                recv.add(TranscriptEntries.render(incoming, router.label(incoming.frame().correlationId())));
            } else {
                router.hold(incoming);
            }
        }
    }

    /** Takes {@code count} frames held under {@code label}; fewer in time gives a timeout event. */
    void awaitCount(String label, ScenarioConnection connection, String conn, int count, ArrayNode recv, long deadline) {
        int taken = 0;
        while (taken < count) {
            Incoming held = router.take(label);
            if (held != null) {
                recv.add(TranscriptEntries.render(held, label));
                taken++;
                continue;
            }
            Incoming incoming = router.next(deadline);
            if (incoming == null) {
                recv.addObject().put("event", "timeout");
                return;
            }
            if (incoming.closed()) {
                onClosed.accept(incoming.source());
                if (incoming.source() == connection && incoming.conn().equals(conn)) {
                    recv.add(TranscriptEntries.closedEvent(incoming.problem()));
                    return;
                }
            } else {
                router.hold(incoming);
            }
        }
    }
}
