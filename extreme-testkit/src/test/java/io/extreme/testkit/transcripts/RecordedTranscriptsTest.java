package io.extreme.testkit.transcripts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The normaliser against the real recordings, without a server: a recorded transcript is
 * already normal, so normalising it changes nothing; and a recording turned back into raw
 * values (fresh names, GUIDs, numbers, timestamps, foreign $all events) normalises back to
 * exactly itself.
 */
class RecordedTranscriptsTest {

    @Test
    void everyScenarioParsesAndHasARecordingPerProtocol() {
        List<String> names = ScenarioLoader.names();
        assertThat(names).hasSize(47);
        for (String name : names) {
            Scenario scenario = ScenarioLoader.load(name);
            assertThat(scenario.steps()).as(name).isNotEmpty();
            for (int protocol : scenario.protocols()) {
                assertThat(ScenarioLoader.hasRecorded(name, protocol)).as(name + " v" + protocol).isTrue();
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> normalisingARecordingChangesNothing() {
        return recordings().stream().map(recording -> DynamicTest.dynamicTest(recording.label(), () -> {
            ObjectNode normalised = TranscriptNormaliser.forRecorded(recording.scenario()).normalise(recording.transcript());
            assertThat(Json.canonical(normalised)).isEqualTo(Json.canonical(recording.transcript()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aRecordingMadeRawAgainNormalisesBackToItself() {
        return recordings().stream().map(recording -> DynamicTest.dynamicTest(recording.label(), () -> {
            RawTranscripts raw = new RawTranscripts(recording.scenario());
            ObjectNode rawTranscript = raw.denormalise(recording.transcript());
            ObjectNode normalised = new TranscriptNormaliser(raw.freshValues(), raw.eventIdNames(),
                    TranscriptNormaliser.namesIn(recording.scenario())).normalise(rawTranscript);
            assertThat(TranscriptComparator.differences(recording.label(), recording.transcript(), normalised))
                    .isEmpty();
            assertThat(Json.canonical(normalised)).isEqualTo(Json.canonical(recording.transcript()));
        }));
    }

    @Test
    void theRawFormReallyIsRaw() {
        Scenario scenario = ScenarioLoader.load("read-all-forward");
        ObjectNode raw = new RawTranscripts(scenario).denormalise(ScenarioLoader.recorded("read-all-forward", 4));
        String text = Json.compact(raw);
        assertThat(text).doesNotContain("\"P1\"", "${s1}", "\"e1\"").contains("$stats-");
    }

    private record Recording(String label, Scenario scenario, ObjectNode transcript) {
    }

    private static List<Recording> recordings() {
        List<Recording> out = new ArrayList<>();
        for (String name : ScenarioLoader.names()) {
            Scenario scenario = ScenarioLoader.load(name);
            for (int protocol : new int[] {3, 4}) {
                if (ScenarioLoader.hasRecorded(name, protocol)) {
                    out.add(new Recording(name + ".v" + protocol, scenario, ScenarioLoader.recorded(name, protocol)));
                }
            }
        }
        return out;
    }

    /** Every recorded entry is an object with a step, a connect or an end. */
    @Test
    void recordedEntriesHaveAKnownShape() {
        for (Recording recording : recordings()) {
            ArrayNode entries = (ArrayNode) recording.transcript().get("entries");
            for (JsonNode entry : entries) {
                assertThat(entry.has("step") || entry.has("connect") || entry.has("end"))
                        .as(recording.label() + " " + entry).isTrue();
            }
        }
    }
}
