package io.extreme.benchmarks.esjc.latency;

import com.github.msemys.esjc.EventStore;
import com.github.msemys.esjc.ResolvedEvent;
import com.github.msemys.esjc.Subscription;
import com.github.msemys.esjc.SubscriptionDropReason;
import com.github.msemys.esjc.VolatileSubscriptionListener;
import io.extreme.benchmarks.support.latency.LatencyArgs;
import io.extreme.benchmarks.support.latency.LatencyReport;
import io.extreme.benchmarks.support.latency.LivePushRun;
import io.extreme.benchmarks.support.latency.PushRecorder;
import java.io.PrintStream;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Server push to handler latency, and the cost per pushed event, of esjc 2.6.0, the baseline of
 * {@code io.extreme.benchmarks.latency.PushLatency}: one volatile subscription
 * ({@code subscribeToStream(stream, false, listener)}, esjc's defaults) to a fresh stream of the
 * wire-speed server; the handler reads the send nanoTime from the first 8 bytes of
 * {@code event.event.data} (a public array field: no copy) and records the time since.
 *
 * <p>Run: {@code java -cp extreme-benchmarks-esjc.jar io.extreme.benchmarks.esjc.latency.PushLatency
 * --endpoint 127.0.0.1:PORT --rate N [--seconds 15] [--warmup-seconds 5] [--label push]}, where
 * {@code --rate} is the server's push rate, for the expected count.
 */
public final class PushLatency {
    private static final long SUBSCRIBE_DEADLINE_SECONDS = 30;

    private PushLatency() {
    }

    /** Runs once with the options of {@link LatencyArgs}. */
    public static void main(String[] args) throws Exception {
        run(LatencyArgs.parse("push", args), System.out);
    }

    /** Connects, subscribes, measures, reports; returns the report. */
    public static LatencyReport run(LatencyArgs args, PrintStream out) throws Exception {
        EventStore client = LatencyClient.connect(args.host(), args.port());
        try {
            String stream = "latency-push-" + UUID.randomUUID();
            LivePushRun.Outcome outcome = LivePushRun.run(args, recorder -> {
                Subscription subscription = client.subscribeToStream(stream, false, new Handler(recorder))
                        .get(SUBSCRIBE_DEADLINE_SECONDS, TimeUnit.SECONDS);
                return subscription::close;
            });
            LatencyReport report = outcome.report("esjc", args);
            report.publish(args.outputDirectory(), out);
            return report;
        } finally {
            client.shutdown();
        }
    }

    /** Hands each event's number and send stamp to the recorder, and a drop's reason. */
    private static final class Handler implements VolatileSubscriptionListener {
        private final PushRecorder recorder;

        Handler(PushRecorder recorder) {
            this.recorder = recorder;
        }

        @Override
        public void onEvent(Subscription subscription, ResolvedEvent event) {
            recorder.onEvent(event.originalEventNumber(), PushRecorder.sentNanos(event.event.data));
        }

        @Override
        public void onClose(Subscription subscription, SubscriptionDropReason reason, Exception exception) {
            recorder.onDropped(reason + (exception == null ? "" : ": " + exception));
        }
    }
}
