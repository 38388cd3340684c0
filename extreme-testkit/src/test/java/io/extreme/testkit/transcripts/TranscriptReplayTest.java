package io.extreme.testkit.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.extreme.testkit.EmbeddedEventStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every recorded scenario under protocol 4 against the testkit's TCP server over a
 * real socket and compares the normalised transcript with what a real EventStore 4.1.4
 * answered (transcripts/README.md). One test per scenario; a failure names the scenario, the
 * step and both JSON fragments. {@code ReplayMain} replays one scenario and prints both
 * transcripts for debugging.
 */
class TranscriptReplayTest {
    /**
     * Scenarios the testkit is known not to answer as EventStore does yet (none at present). Such a scenario passes while it differs and fails once it
     * matches, so this list can only shrink.
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

    /** One server for the class; scenarios run one at a time and use fresh stream names. */
    private static EmbeddedEventStore server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedEventStore.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioAnswersAsTheRealServerDid() {
        return ScenarioLoader.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> replay(name)));
    }

    @Test
    void expectedDifferencesNameExistingScenarios() {
        assertThat(ScenarioLoader.names()).containsAll(EXPECTED_DIFFERENCES);
    }

    private static void replay(String name) {
        Scenario scenario = ScenarioLoader.load(name);
        assumeTrue(scenario.supports(4), name + " was recorded under protocol 3 only");
        if (EXPECTED_DIFFERENCES.contains(name)) {
            scenario = scenario.withReplyTimeoutMs(Math.min(scenario.replyTimeoutMs(), EXPECTED_DIFFERENCE_TIMEOUT_MS));
        }
        Optional<String> difference = TranscriptReplay.replay(scenario, server.endpoint(), PROBING).difference();
        if (EXPECTED_DIFFERENCES.contains(name)) {
            assertThat(difference).as("%s now matches the real server: remove %s from the expected differences"
                    + " in TranscriptReplayTest", name, name).isPresent();
        } else {
            difference.ifPresent(report -> fail(report));
        }
    }
}
