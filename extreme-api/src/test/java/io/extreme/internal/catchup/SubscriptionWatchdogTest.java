package io.extreme.internal.catchup;

import static io.extreme.internal.fakes.ServerHarness.until;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.internal.client.ClientView;
import io.extreme.internal.fakes.ServerHarness;
import io.extreme.internal.fakes.ServerHarness.Recorder;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.subscription.CatchUpOptions;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The watchdog of live catch-up subscriptions: a server that stops pushing is caught; a quiet stream is not. */
class SubscriptionWatchdogTest {
    private static final CatchUpOptions OPTIONS = new CatchUpOptions(false, 5, 100);

    private static List<Long> range(long from, long toInclusive) {
        return LongStream.rangeClosed(from, toInclusive).boxed().toList();
    }

    private static CatchUp subscribe(ServerHarness h, String stream, Duration watchdog, Recorder recorder) {
        return (CatchUp) ((ClientView) h.client).catchUpAtOnce(stream, -1, OPTIONS.withWatchdog(watchdog), recorder);
    }

    @Test
    void catchesAServerThatStoppedPushingAndGetsEveryEventOnceInOrder() {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            h.server.append("s", 5);
            Recorder recorder = new Recorder();
            CatchUp subscription = subscribe(h, "s", Duration.ofMillis(100), recorder);
            recorder.awaitEvents(5);
            until("live", subscription::isLive);
            h.server.pushes = false;
            h.server.append("s", 10);
            recorder.awaitEvents(15);
            until("a second quiet spell", () -> subscription.isLive() && subscription.watchdogResubscriptions() >= 1);
            h.server.append("s", 3);
            recorder.awaitEvents(18);
            assertThat(recorder.numbers()).isEqualTo(range(0, 17));
            assertThat(subscription.watchdogResubscriptions()).isGreaterThanOrEqualTo(2);
            assertThat(recorder.drops).isEmpty();
            assertThat(recorder.lives).hasValue(1);
        }
    }

    @Test
    void aQuietStreamIsCheckedButNotSubscribedAgain() {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            h.server.append("quiet", 2);
            Recorder recorder = new Recorder();
            CatchUp subscription = subscribe(h, "quiet", Duration.ofMillis(30), recorder);
            until("live", subscription::isLive);
            until("three checks of the head", () -> h.server.headReads("quiet") >= 3);
            assertThat(subscription.watchdogResubscriptions()).isZero();
            assertThat(h.server.subscribes).hasValue(1);
            assertThat(recorder.numbers()).isEqualTo(range(0, 1));
        }
    }

    @Test
    void zeroTurnsItOff() {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            h.server.append("s", 1);
            Recorder watched = new Recorder();
            Recorder unwatched = new Recorder();
            CatchUp on = subscribe(h, "s", Duration.ofMillis(30), watched);
            CatchUp off = subscribe(h, "s", Duration.ZERO, unwatched);
            until("both live", () -> on.isLive() && off.isLive() && unwatched.events.size() == 1);
            h.server.pushes = false;
            h.server.append("s", 2);
            watched.awaitEvents(3); // the watched one noticed: the silence lasted longer than its watchdog
            assertThat(off.watchdogResubscriptions()).isZero();
            assertThat(unwatched.numbers()).isEqualTo(range(0, 0));
            assertThat(off.isLive()).isTrue();
        }
    }

    @Test
    void doesNotRunWhileCatchingUpAndStopsWhenTheSubscriptionEnds() {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            h.server.append("control", 1);
            h.server.append("s", 3);
            CatchUp control = subscribe(h, "control", Duration.ofMillis(20), new Recorder());
            until("the control live", control::isLive);
            h.server.hold(m -> m instanceof ReadStreamEvents read && read.streamId().equals("s"));
            Recorder recorder = new Recorder();
            CatchUp reading = subscribe(h, "s", Duration.ofMillis(20), recorder);
            int controlChecks = h.server.headReads("control");
            until("the control checked a few times", () -> h.server.headReads("control") >= controlChecks + 3);
            assertThat(h.server.headReads("s")).isZero();
            h.server.releaseHeld();
            until("live", reading::isLive);
            until("checked while live", () -> h.server.headReads("s") >= 1);
            reading.close();
            until("the drop", () -> !recorder.drops.isEmpty());
            int checksAtClose = h.server.headReads("s");
            int controlNow = h.server.headReads("control");
            until("the control checked a few more times", () -> h.server.headReads("control") >= controlNow + 3);
            assertThat(h.server.headReads("s")).isLessThanOrEqualTo(checksAtClose + 1); // one may have been on its way
            assertThat(reading.watchdogResubscriptions()).isZero();
        }
    }

    @Test
    void theOptionIsValidated() {
        CatchUpOptions defaults = CatchUpOptions.defaults();
        assertThat(defaults.watchdog()).isEqualTo(CatchUpOptions.DEFAULT_WATCHDOG).isEqualTo(Duration.ofSeconds(30));
        assertThat(new CatchUpOptions(true, 10, 20).watchdog()).isEqualTo(CatchUpOptions.DEFAULT_WATCHDOG);
        assertThat(defaults.withWatchdog(Duration.ZERO).withReadBatchSize(7).watchdog()).isZero();
        assertThatThrownBy(() -> defaults.withWatchdog(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("watchdog");
        assertThatThrownBy(() -> defaults.withWatchdog(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("watchdog");
    }
}
