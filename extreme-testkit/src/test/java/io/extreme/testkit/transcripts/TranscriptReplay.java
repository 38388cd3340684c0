package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.extreme.Endpoint;
import java.util.Optional;

/**
 * One scenario replayed against a server under one protocol and compared with its recording
 * under that protocol: run, normalise, compare. Shared by the JUnit test and by {@link ReplayMain}.
 *
 * @param scenario   the scenario
 * @param protocol   3 (compared with EventStore 3.9.3) or 4 (with 4.1.4)
 * @param raw        what came back, rendered but not normalised
 * @param normalised what came back, normalised
 * @param recorded   what the real EventStore answered
 * @param difference the report of the differences; empty when the transcripts match
 */
record TranscriptReplay(Scenario scenario, int protocol, ObjectNode raw, ObjectNode normalised, ObjectNode recorded,
                        Optional<String> difference) {

    /**
     * Replays {@code scenario} under {@code protocol} against {@code endpoint}, a server speaking
     * that protocol; {@code probing} shortens the waits for frames that should not come (see
     * {@link Exchange}).
     */
    static TranscriptReplay replay(Scenario scenario, Endpoint endpoint, int protocol, boolean probing) {
        ScenarioRunner.Run run = ScenarioRunner.run(scenario, endpoint, protocol, probing);
        ObjectNode normalised = TranscriptNormaliser.of(run).normalise(run.transcript());
        ObjectNode recorded = ScenarioLoader.recorded(scenario.name(), protocol);
        return new TranscriptReplay(scenario, protocol, run.transcript(), normalised, recorded,
                TranscriptComparator.differences(scenario.name() + ".v" + protocol, recorded, normalised));
    }
}
