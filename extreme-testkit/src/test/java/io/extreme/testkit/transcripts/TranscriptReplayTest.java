package io.extreme.testkit.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.extreme.testkit.EmbeddedEventStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every recorded scenario against the testkit's TCP server over a real socket and
 * compares the normalised transcript with what a real EventStore answered (transcripts/README.md):
 * under protocol 4 against a testkit speaking v4, compared with EventStore 4.1.4, and under
 * protocol 3 (no IdentifyClient) against a testkit speaking v3, compared with EventStore 3.9.3.
 * One test per scenario and protocol; a failure names the scenario, the step and both JSON
 * fragments. {@code ReplayMain} replays one scenario and prints both transcripts for debugging.
 */
class TranscriptReplayTest {
    /**
     * Scenarios the testkit is known not to answer as EventStore does yet, as
     * {@code name.v3} or {@code name.v4} (none at present). Such a scenario passes while it
     * differs and fails once it matches, so this list can only shrink.
     */
    static final Set<String> EXPECTED_DIFFERENCES = Set.of();

    /**
     * The reply timeout for expected differences: a shorter wait can only add differences, so it
     * never makes such a scenario match by mistake, and it keeps replies the testkit does not
     * give yet from costing 5 s each.
     */
    private static final int EXPECTED_DIFFERENCE_TIMEOUT_MS = 1000;

    /**
     * The testkit answers in order, so waits for frames that should not come end once it has
     * answered a Ping (see {@link Exchange}); {@code -Dtranscripts.fullWaits=true} gives the
     * README's full waits instead.
     */
    private static final boolean PROBING = !Boolean.getBoolean("transcripts.fullWaits");

    /** One server per protocol for the class; scenarios run one at a time and use fresh stream names. */
    private static EmbeddedEventStore v4Server;
    private static EmbeddedEventStore v3Server;

    @BeforeAll
    static void startServers() {
        v4Server = EmbeddedEventStore.start();
        v3Server = EmbeddedEventStore.builder().protocol(3).start();
    }

    @AfterAll
    static void stopServers() {
        if (v4Server != null) {
            v4Server.close();
        }
        if (v3Server != null) {
            v3Server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioAnswersAsEventStore414Did() {
        return ScenarioLoader.names().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> replay(name, 4, v4Server)));
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioAnswersUnderProtocol3AsEventStore393Did() {
        return ScenarioLoader.names().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> replay(name, 3, v3Server)));
    }

    @Test
    void expectedDifferencesNameRecordedTranscripts() {
        List<String> recorded = new ArrayList<>();
        for (String name : ScenarioLoader.names()) {
            for (int protocol : new int[] {3, 4}) {
                if (ScenarioLoader.hasRecorded(name, protocol)) {
                    recorded.add(label(name, protocol));
                }
            }
        }
        assertThat(recorded).containsAll(EXPECTED_DIFFERENCES);
    }

    @Test
    void everyScenarioOfBothProtocolsHasARecordingToCompareWith() {
        assertThat(ScenarioLoader.names()).allSatisfy(name -> {
            Scenario scenario = ScenarioLoader.load(name);
            assertThat(scenario.supports(4)).as(name).isTrue();
            assertThat(ScenarioLoader.hasRecorded(name, 3)).as(name).isEqualTo(scenario.supports(3));
        });
    }

    private static String label(String name, int protocol) {
        return name + ".v" + protocol;
    }

    private static void replay(String name, int protocol, EmbeddedEventStore server) {
        Scenario scenario = ScenarioLoader.load(name);
        assumeTrue(scenario.supports(protocol), name + " was not recorded under protocol " + protocol);
        String label = label(name, protocol);
        if (EXPECTED_DIFFERENCES.contains(label)) {
            scenario = scenario.withReplyTimeoutMs(Math.min(scenario.replyTimeoutMs(), EXPECTED_DIFFERENCE_TIMEOUT_MS));
        }
        Optional<String> difference = TranscriptReplay.replay(scenario, server.endpoint(), protocol, PROBING)
                .difference();
        if (EXPECTED_DIFFERENCES.contains(label)) {
            assertThat(difference).as("%s now matches the real server: remove %s from the expected differences"
                    + " in TranscriptReplayTest", label, label).isPresent();
        } else {
            difference.ifPresent(report -> fail(report));
        }
    }
}
