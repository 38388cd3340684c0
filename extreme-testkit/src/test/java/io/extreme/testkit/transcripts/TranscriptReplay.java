package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.extreme.Endpoint;
import java.util.Optional;

/**
 * One scenario replayed against a server and compared with its v4 recording: run, normalise,
 * compare. Shared by the JUnit test and by {@link ReplayMain}.
 *
 * @param scenario   the scenario
 * @param raw        what came back, rendered but not normalised
 * @param normalised what came back, normalised
 * @param recorded   what the real EventStore 4.1.4 answered
 * @param difference the report of the differences; empty when the transcripts match
 */
record TranscriptReplay(Scenario scenario, ObjectNode raw, ObjectNode normalised, ObjectNode recorded,
                        Optional<String> difference) {

    /**
     * Replays {@code scenario} under protocol 4 against {@code endpoint}; {@code probing}
     * shortens the waits for frames that should not come (see {@link Exchange}).
     */
    static TranscriptReplay replay(Scenario scenario, Endpoint endpoint, boolean probing) {
        ScenarioRunner.Run run = ScenarioRunner.run(scenario, endpoint, probing);
        ObjectNode normalised = TranscriptNormaliser.of(run).normalise(run.transcript());
        ObjectNode recorded = ScenarioLoader.recorded(scenario.name(), 4);
        return new TranscriptReplay(scenario, run.transcript(), normalised, recorded,
                TranscriptComparator.differences(scenario.name(), recorded, normalised));
    }
}
