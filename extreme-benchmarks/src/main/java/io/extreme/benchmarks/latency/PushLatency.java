package io.extreme.benchmarks.latency;

import io.extreme.ExtremeClient;
import io.extreme.event.ResolvedEvent;
import io.extreme.benchmarks.support.latency.LatencyArgs;
import io.extreme.benchmarks.support.latency.LatencyReport;
import io.extreme.benchmarks.support.latency.LivePushRun;
import io.extreme.benchmarks.support.latency.PushRecorder;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.io.PrintStream;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Server push to handler latency, and the cost per pushed event, of our client: one volatile
 * subscription (default options) to a fresh stream of the wire-speed server started with
 * {@code --push-rate N}; the handler reads the server's send nanoTime from the first 8 bytes of
 * the data (through {@code dataBuffer()}, the API's view without a copy) and records the time since.
 * The same runner measures "push" (10,000/s) and "push-cost" (e.g. 100,000/s): only the
 * server's rate and the label differ.
 *
 * <p>Run: {@code java -cp extreme-benchmarks.jar io.extreme.benchmarks.latency.PushLatency
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
        try (ExtremeClient client = LatencyClient.connect(args.endpoint())) {
            String stream = "latency-push-" + UUID.randomUUID();
            LivePushRun.Outcome outcome = LivePushRun.run(args, recorder -> {
                Subscription subscription = client.subscribeToStream(stream, new Handler(recorder))
                        .get(SUBSCRIBE_DEADLINE_SECONDS, TimeUnit.SECONDS);
                return subscription::close;
            });
            LatencyReport report = outcome.report("ours", args);
            report.publish(args.outputDirectory(), out);
            return report;
        }
    }

    /** Hands each event's number and send stamp to the recorder, and a drop's reason. */
    private static final class Handler implements SubscriptionListener {
        private final PushRecorder recorder;

        Handler(PushRecorder recorder) {
            this.recorder = recorder;
        }

        @Override
        public void onEvent(Subscription subscription, ResolvedEvent event) {
            recorder.onEvent(event.originalEventNumber(), event.event().dataBuffer().getLong(0));
        }

        @Override
        public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
            recorder.onDropped(reason + (cause == null ? "" : ": " + cause));
        }
    }
}
