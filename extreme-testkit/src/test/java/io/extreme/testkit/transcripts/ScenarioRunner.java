package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.extreme.Endpoint;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.testkit.transcripts.Scenario.Step;
import io.extreme.testkit.transcripts.ScenarioConnection.Incoming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Replays a scenario under protocol 4 or 3 against a server and records what comes back as a
 * raw transcript (rendered but not yet normalised). Steps run one after the other on this
 * thread; the connections' reader threads only fill the inbox. Under protocol 3 no connection
 * sends IdentifyClient, as the 3.9.3 recordings did not; the messages sent are the same (the
 * v4 schema's int64 fields encode in-range numbers exactly as v3's int32 fields do), and replies
 * render the same way, fields a v3 server does not send simply being absent.
 */
final class ScenarioRunner {
    /** The raw transcript of a run and the values it made up, which the normaliser undoes. */
    record Run(Scenario scenario, ObjectNode transcript, Substitutions substitutions) {
    }

    private static final long MS = 1_000_000L;

    private final Scenario scenario;
    private final Endpoint endpoint;
    private final int protocol;
    private final Substitutions substitutions = new Substitutions();
    private final FrameRouter router = new FrameRouter(() -> substitutions.freshValues().keySet());
    private final Exchange exchange;
    private final Waits waits;
    private final Map<String, ScenarioConnection> connections = new LinkedHashMap<>();
    private final Map<String, UUID> stepCorr = new HashMap<>();
    private final Map<String, String> stepConn = new HashMap<>();
    private final ArrayNode entries = Json.NODES.arrayNode();

    private ScenarioRunner(Scenario scenario, Endpoint endpoint, int protocol, boolean probing) {
        this.scenario = scenario;
        this.endpoint = endpoint;
        this.protocol = protocol;
        this.exchange = new Exchange(router, this::closed, probing);
        this.waits = new Waits(router, exchange, this::closed, probing);
    }

    /** Runs {@code scenario} under protocol 4; see {@link #run(Scenario, Endpoint, int, boolean)}. */
    static Run run(Scenario scenario, Endpoint endpoint, boolean probing) {
        return run(scenario, endpoint, 4, probing);
    }

    /**
     * Runs {@code scenario} under {@code protocol} (3 or 4) against {@code endpoint} and returns
     * its raw transcript. With {@code probing}, the close and end waits end early once the server
     * answered a Ping (see {@link Exchange}); without, they last as long as the README says.
     */
    static Run run(Scenario scenario, Endpoint endpoint, int protocol, boolean probing) {
        if (protocol != 3 && protocol != 4) {
            throw new IllegalArgumentException("protocol must be 3 or 4, was " + protocol);
        }
        ScenarioRunner runner = new ScenarioRunner(scenario, endpoint, protocol, probing);
        try {
            for (int i = 0; i < scenario.steps().size(); i++) {
                runner.step(i + 1, scenario.steps().get(i));
            }
            runner.end();
        } finally {
            runner.connections.values().forEach(ScenarioConnection::close);
        }
        ObjectNode transcript = Json.object().put("scenario", "shared/" + scenario.name()).put("protocol", protocol);
        transcript.set("entries", runner.entries);
        return new Run(scenario, transcript, runner.substitutions);
    }

    private void step(int number, Step step) {
        switch (step.kind()) {
            case SEND -> new SendStep(this, number, step).run();
            case RAW -> raw(number, step);
            case AWAIT -> await(number, step);
            case SLEEP -> waits.idle(System.nanoTime() + step.sleepMs() * MS);
            case CLOSE -> {
                ScenarioConnection connection = connections.remove(step.close());
                if (connection != null) {
                    connection.close();
                }
                entries.addObject().put("step", number).put("close", step.close());
            }
            case CONNECT -> {
                ScenarioConnection old = connections.remove(step.connect());
                if (old != null) {
                    old.close();
                }
                open(step.connect(), identifies(step.identify() == null ? scenario.identify() : step.identify()), number);
            }
        }
    }

    /** Writes bytes as they are, then records everything on that connection for wait_ms or until it closes. */
    private void raw(int number, Step step) {
        ScenarioConnection connection = connection(step.connection());
        ObjectNode entry = entry(number, step).put("raw_hex", step.rawHex());
        long deadline = System.nanoTime() + (step.waitMs() == null ? 1500 : step.waitMs()) * MS;
        waits.raw(connection, Json.unhex(step.rawHex()), entry.putArray("recv"), deadline);
        if (step.racy()) {
            TranscriptEntries.separateRacy(entry);
        }
    }

    /** Takes the frames held for an earlier step: a count (with a timeout), or whatever came in wait_ms. */
    private void await(int number, Step step) {
        String label = step.await();
        if (!stepCorr.containsKey(label)) {
            throw new IllegalArgumentException("step " + number + " awaits '" + label + "', no earlier step has that id");
        }
        ObjectNode entry = Json.object().put("step", number).put("await", label);
        entries.add(entry);
        ArrayNode recv = entry.putArray("recv");
        String conn = stepConn.get(label);
        if (step.count() != null) {
            int timeout = step.timeoutMs() == null ? scenario.replyTimeoutMs() : step.timeoutMs();
            waits.awaitCount(label, connections.get(conn), conn, step.count(), recv,
                    System.nanoTime() + timeout * MS);
        } else {
            waits.awaitWindow(label, recv, System.nanoTime() + (step.waitMs() == null ? 0 : step.waitMs()) * MS);
        }
    }

    /** Waits end_wait_ms for frames nobody asked for, then lists what is left. */
    private void end() {
        waits.endWait(List.copyOf(connections.values()), System.nanoTime() + scenario.endWaitMs() * MS);
        Map<String, List<Incoming>> leftovers = router.leftovers();
        if (!leftovers.isEmpty()) {
            ObjectNode unawaited = entries.addObject().put("end", true).putObject("unawaited");
            leftovers.forEach((label, frames) -> {
                ArrayNode list = unawaited.putArray(label);
                frames.forEach(incoming -> list.add(TranscriptEntries.render(incoming, label)));
            });
        }
    }

    // --- shared with SendStep -------------------------------------------------------------

    Scenario scenario() {
        return scenario;
    }

    Substitutions substitutions() {
        return substitutions;
    }

    FrameRouter router() {
        return router;
    }

    Exchange exchange() {
        return exchange;
    }

    /** The correlation id of the earlier step {@code id}, for {@code corr}. */
    UUID corrOf(String id) {
        return stepCorr.get(id);
    }

    /** Registers a step's correlation id under its label, and the connection it went on. */
    void registerStep(String label, UUID corr, String conn) {
        stepCorr.putIfAbsent(label, corr);
        stepConn.putIfAbsent(label, conn);
        router.name(corr, label);
    }

    /** A new transcript entry for step {@code number}: step, id and conn (when not c1). */
    ObjectNode entry(int number, Step step) {
        ObjectNode entry = entries.addObject().put("step", number);
        if (step.id() != null) {
            entry.put("id", step.id());
        }
        if (!step.connection().equals("c1")) {
            entry.put("conn", step.connection());
        }
        return entry;
    }

    /** The open connection {@code name}, opened (and recorded as a connect entry) when needed. */
    ScenarioConnection connection(String name) {
        ScenarioConnection connection = connections.get(name);
        if (connection != null && connection.isOpen()) {
            return connection;
        }
        return open(name, identifies(scenario.identify()), null);
    }

    /** Whether a new connection sends IdentifyClient first: never under protocol 3. */
    private boolean identifies(boolean asked) {
        return asked && protocol == 4;
    }

    private ScenarioConnection open(String name, boolean identify, Integer stepNumber) {
        ScenarioConnection connection;
        try {
            connection = ScenarioConnection.open(name, endpoint, router.inbox());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect " + name + " to " + endpoint, e);
        }
        connections.put(name, connection);
        ObjectNode entry = entries.addObject();
        if (stepNumber != null) {
            entry.put("step", stepNumber);
        }
        entry.put("connect", name);
        if (identify) {
            // IdentifyClient version 1 under the name the recordings used.
            UUID corr = UUID.randomUUID();
            router.name(corr, "connect-" + name);
            byte[] payload = new MessageEncoder(substitutions).encode(Commands.message("IdentifyClient"),
                    Json.object().put("version", 1).put("connection_name", "transcripts")).toByteArray();
            ObjectNode send = Json.object().put("cmd", "IdentifyClient");
            FrameRenderer.putPayload(send, TcpCommand.IDENTIFY_CLIENT, payload);
            entry.set("send", send);
            Frame frame = Frame.of(TcpCommand.IDENTIFY_CLIENT, corr, payload);
            entry.set("recv", exchange.send(connection, frame, false, true, scenario.replyTimeoutMs(), null, 500).recv());
        }
        return connection;
    }

    /** The server closed {@code connection}: forget it, so the next step on it reconnects. */
    private void closed(ScenarioConnection connection) {
        connections.remove(connection.name(), connection);
    }
}
