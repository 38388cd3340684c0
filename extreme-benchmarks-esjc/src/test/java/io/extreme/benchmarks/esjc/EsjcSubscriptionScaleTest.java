package io.extreme.benchmarks.esjc;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.msemys.esjc.SubscriptionDropReason;
import io.extreme.benchmarks.support.scale.ScaleOptions;
import io.extreme.benchmarks.esjc.scale.ScaleResult;
import io.extreme.benchmarks.esjc.scale.SubscriptionScale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The esjc scale runner, small: 200 subscriptions and 10 events against the testkit server jar in
 * its own process. Every delivery must arrive, in order, and every close be heard; no timing.
 * Skipped when the server jar is not built.
 */
class EsjcSubscriptionScaleTest {
    @Test
    void everySubscriptionGetsEveryEventOnceInOrderAndHearsItsClose() throws Exception {
        Assumptions.assumeTrue(TestkitServerProcess.jarBuilt(), "no " + TestkitServerProcess.JAR + "; build extreme-testkit first");
        try (TestkitServerProcess server = TestkitServerProcess.start()) {
            ScaleOptions options = ScaleOptions.parse("--endpoint", server.endpoint(),
                    "--subscriptions", "200", "--events", "10", "--open-window", "50", "--deadline-seconds", "60");

            ScaleResult result = SubscriptionScale.run(options);

            assertThat(result.openFailures()).isZero();
            assertThat(result.delivered()).isEqualTo(200L * 10);
            assertThat(result.misordered()).isZero();
            assertThat(result.dropsBeforeClose()).isEmpty();
            assertThat(result.dropsAtClose()).containsExactly(Map.entry(SubscriptionDropReason.UserInitiated, 200L));
            assertThat(result.complete()).isTrue();
            assertThat(result.lines()).last().isEqualTo("result: COMPLETE");
        }
    }
}
