package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.testkit.transcripts.ScenarioConnection.Incoming;
import java.io.IOException;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The waiting part of a run: send a request and wait for its reply, collect frames for a
 * while, take held frames for an await. Whatever arrives that the current step does not ask
 * for goes to the {@link FrameRouter}; a close is reported to the runner so that the next step
 * on that connection reconnects.
 */
final class Exchange {
    private static final long MS = 1_000_000L;

    /** The frames a request got, and its reply (null when none came). */
    record Result(ArrayNode recv, Frame reply) {
    }

    private enum Outcome { OWN, CLOSED, OTHER }

    private final FrameRouter router;
    private final Consumer<ScenarioConnection> onClosed;
    private final boolean probing;

    /**
     * @param probing whether the waits for "does anything else come" (the close wait after a
     *     BadRequest, the end wait) may end early, once the connection has answered a Ping sent
     *     after the step: a server that answers in order cannot send anything for the step after
     *     that answer. Fine for the testkit, which queues pushes before the reply that caused
     *     them; a real server pushes asynchronously and gets the README's full waits.
     */
    Exchange(FrameRouter router, Consumer<ScenarioConnection> onClosed, boolean probing) {
        this.router = router;
        this.onClosed = onClosed;
        this.probing = probing;
    }

    /**
     * Sends {@code frame}; then waits up to {@code timeoutMs} for the first frame with its
     * correlation id (with a reused id: the first that is not a push). After a BadRequest it
     * waits up to {@code closeWaitMs} to see whether the server closes; with {@code waitMs} it
     * keeps collecting frames with this id until that long after sending.
     */
    Result send(ScenarioConnection connection, Frame frame, boolean reusedCorr, boolean expectsReply,
                int timeoutMs, Integer waitMs, int closeWaitMs) {
        ArrayNode recv = Json.NODES.arrayNode();
        long start = System.nanoTime();
        try {
            connection.send(frame);
        } catch (IOException e) {
            onClosed.accept(connection);
            recv.add(TranscriptEntries.closedEvent(null));
            return new Result(recv, null);
        }
        UUID corr = frame.correlationId();
        Frame reply = null;
        boolean closed = false;
        if (expectsReply) {
            long deadline = start + timeoutMs * MS;
            while (true) {
                Incoming incoming = router.next(deadline);
                if (incoming == null) {
                    recv.addObject().put("event", "timeout");
                    break;
                }
                Outcome outcome = route(incoming, connection, corr, reusedCorr, recv);
                if (outcome == Outcome.CLOSED) {
                    closed = true;
                    break;
                }
                if (outcome == Outcome.OWN) {
                    reply = incoming.frame();
                    break;
                }
            }
        }
        if (reply != null && reply.command() == TcpCommand.BAD_REQUEST) {
            closed = collect(connection, corr, reusedCorr, recv, System.nanoTime() + closeWaitMs * MS, probe(connection));
        }
        if (waitMs != null && !closed) {
            collect(connection, corr, reusedCorr, recv, start + waitMs * MS, null);
        }
        return new Result(recv, reply);
    }

    /** Sends a probe Ping when probing; its id, or null. */
    UUID probe(ScenarioConnection connection) {
        if (!probing || !connection.isOpen()) {
            return null;
        }
        UUID probe = router.newProbe();
        try {
            connection.send(Frame.of(TcpCommand.PING, probe, new byte[0]));
            return probe;
        } catch (IOException e) {
            return null; // the close shows up in the inbox
        }
    }

    /**
     * Collects this request's frames until {@code deadline}, or until the answer to
     * {@code probe} (when not null); true when the connection closed.
     */
    private boolean collect(ScenarioConnection connection, UUID corr, boolean reusedCorr, ArrayNode recv,
                            long deadline, UUID probe) {
        for (Incoming incoming = router.next(deadline); incoming != null; incoming = router.next(deadline)) {
            if (probe != null && !incoming.closed() && incoming.frame().correlationId().equals(probe)) {
                return false;
            }
            if (route(incoming, connection, corr, reusedCorr, recv) == Outcome.CLOSED) {
                return true;
            }
        }
        return false;
    }

    private Outcome route(Incoming incoming, ScenarioConnection connection, UUID corr, boolean reusedCorr, ArrayNode recv) {
        if (incoming.closed()) {
            onClosed.accept(incoming.source());
            if (incoming.source() == connection) {
                recv.add(TranscriptEntries.closedEvent(incoming.problem()));
                return Outcome.CLOSED;
            }
            return Outcome.OTHER;
        }
        Frame frame = incoming.frame();
        if (router.isProbe(frame.correlationId())) {
            return Outcome.OTHER; // a late answer to a probe: never recorded
        }
        boolean mine = incoming.source() == connection;
        if (mine && frame.correlationId().equals(corr)) {
            if (reusedCorr && Commands.isPush(frame.command())) {
                // Pushes of the subscription whose id this step reuses stay held for awaits.
                router.hold(incoming);
                return Outcome.OTHER;
            }
            recv.add(TranscriptEntries.render(incoming, null));
            return Outcome.OWN;
        }
        if (mine && !router.known(frame.correlationId())) {
            // Connection-wide frames (all-zero id) and strangers belong to the step that runs.
            recv.add(TranscriptEntries.render(incoming, router.label(frame.correlationId())));
            return Outcome.OTHER;
        }
        router.hold(incoming);
        return Outcome.OTHER;
    }
}
