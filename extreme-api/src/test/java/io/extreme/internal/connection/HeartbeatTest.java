package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeSettings;
import io.extreme.internal.connection.Heartbeat.Verdict;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Liveness is decided from the transport's record of when bytes arrived and from when our own
 * gate last resumed reading, never from when the engine thread got round to a frame. Times are
 * given, not waited for.
 */
class HeartbeatTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long T0 = 1_000_000 * MS; // any origin: nanoTime values only ever compare by difference

    private final Heartbeat heartbeat = new Heartbeat(ExtremeSettings.builder()
            .heartbeatInterval(Duration.ofMillis(200)).heartbeatTimeout(Duration.ofMillis(300)).build());

    @Test
    void asksAfterTheIntervalOfSilenceAndGivesUpAfterTheTimeout() {
        heartbeat.restart(T0);
        assertThat(heartbeat.check(T0 + 199 * MS, T0, T0, false)).isEqualTo(Verdict.FINE);
        assertThat(heartbeat.check(T0 + 200 * MS, T0, T0, false)).isEqualTo(Verdict.SEND);
        assertThat(heartbeat.check(T0 + 499 * MS, T0, T0, false)).isEqualTo(Verdict.FINE);
        assertThat(heartbeat.check(T0 + 500 * MS, T0, T0, false)).isEqualTo(Verdict.DEAD);
    }

    @Test
    void bytesTheTransportReceivedCountHoweverLateTheEngineLooks() {
        heartbeat.restart(T0);
        // The engine was stalled for 900 ms; the transport read bytes 5 ms before it looked again.
        assertThat(heartbeat.check(T0 + 900 * MS, T0 + 895 * MS, T0, false)).isEqualTo(Verdict.FINE);
    }

    @Test
    void anAnswerAfterTheRequestClearsIt() {
        heartbeat.restart(T0);
        assertThat(heartbeat.check(T0 + 200 * MS, T0, T0, false)).isEqualTo(Verdict.SEND);
        assertThat(heartbeat.check(T0 + 350 * MS, T0 + 210 * MS, T0, false)).as("answered at 210 ms").isEqualTo(Verdict.FINE);
        assertThat(heartbeat.check(T0 + 410 * MS, T0 + 210 * MS, T0, false)).as("silent for 200 ms since: asks again").isEqualTo(Verdict.SEND);
        assertThat(heartbeat.check(T0 + 709 * MS, T0 + 210 * MS, T0, false)).isEqualTo(Verdict.FINE);
        assertThat(heartbeat.check(T0 + 710 * MS, T0 + 210 * MS, T0, false)).isEqualTo(Verdict.DEAD);
    }

    @Test
    void silenceWhileOurOwnGateHeldReadingIsNotThePeersAndTheClientAsksMeanwhile() {
        heartbeat.restart(T0);
        assertThat(heartbeat.check(T0 + 100 * MS, T0 + 100 * MS, T0, false)).isEqualTo(Verdict.FINE);
        // Reading is suspended from 100 ms to 1,000 ms: nothing can arrive, and the peer's requests wait unread.
        assertThat(heartbeat.check(T0 + 299 * MS, T0 + 100 * MS, T0, true)).isEqualTo(Verdict.FINE);
        assertThat(heartbeat.check(T0 + 300 * MS, T0 + 100 * MS, T0, true)).as("asks an interval on").isEqualTo(Verdict.SEND);
        assertThat(heartbeat.check(T0 + 450 * MS, T0 + 100 * MS, T0, true)).isEqualTo(Verdict.FINE);
        assertThat(heartbeat.check(T0 + 900 * MS, T0 + 100 * MS, T0, true)).as("never dead while held").isEqualTo(Verdict.SEND);
        // The clock starts at the resume.
        assertThat(heartbeat.check(T0 + 1_100 * MS, T0 + 100 * MS, T0 + 1_000 * MS, false)).isEqualTo(Verdict.FINE);
        assertThat(heartbeat.check(T0 + 1_200 * MS, T0 + 100 * MS, T0 + 1_000 * MS, false)).isEqualTo(Verdict.SEND);
        assertThat(heartbeat.check(T0 + 1_500 * MS, T0 + 100 * MS, T0 + 1_000 * MS, false)).isEqualTo(Verdict.DEAD);
    }

    @Test
    void aNewConnectionStartsTheClockAgain() {
        heartbeat.restart(T0);
        assertThat(heartbeat.check(T0 + 200 * MS, T0, T0, false)).isEqualTo(Verdict.SEND);
        heartbeat.restart(T0 + 1_000 * MS);
        assertThat(heartbeat.check(T0 + 1_100 * MS, T0, T0, false)).isEqualTo(Verdict.FINE);
    }
}
