package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.contract.Await;
import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.connection.InboundGate;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.testkit.EmbeddedEventStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A server that pushes faster than the engine drains: while the engine thread is held, another
 * client writes 20,000 events that the server pushes to a volatile subscription, one frame each.
 * Past the inbound gate's 5,000 frames the connection stops reading, so the rest waits in the
 * socket buffers and the server; once the engine drains, reading resumes, and every event arrives
 * once, in order, with no drop and no disconnect. The flood is a few MiB, below a real server's own
 * slow-consumer limits (50,000 messages, or 10 MiB pending from 4.1; PROTOCOL.md §4.5), which a
 * longer pause of reading would reach: then the server closes the connection.
 */
class PushFloodTest {
    private static final int EVENTS = 20_000;
    private static final int BATCH = 100;
    /** The longest the engine is held: it is released as soon as the gate has paused reading. */
    private static final long MAX_STALL_MILLIS = 20_000;

    @Test
    void readingPausesUnderAPushFloodAndResumesAndNothingIsLost() throws Exception {
        Lifecycles lifecycle = new Lifecycles();
        try (EmbeddedEventStore store = EmbeddedEventStore.start();
             ExtremeClient client = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint())
                     .credentials("admin", "changeit").connectionName("push-flood").connectionListener(lifecycle).build());
             ExtremeClient writer = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint())
                     .credentials("admin", "changeit").connectionName("push-flood-writer").build())) {
            String stream = FaultRig.stream("push-flood");
            AtomicLong next = new AtomicLong();
            List<String> problems = new CopyOnWriteArrayList<>();
            List<DropReason> drops = new CopyOnWriteArrayList<>();
            FaultRig.get(client.subscribeToStream(stream, new SubscriptionListener() {
                @Override
                public void onEvent(Subscription subscription, ResolvedEvent event) {
                    long number = event.originalEventNumber();
                    if (number != next.get() && problems.size() < 10) {
                        problems.add("expected event " + next.get() + ", got " + number);
                    }
                    next.set(number + 1);
                }

                @Override
                public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
                    drops.add(reason);
                }
            }));
            InboundGate gate = EngineStall.gate(client);
            long pausesBefore = gate.pauses();
            long stalledMillis;
            try (EngineStall stall = EngineStall.of(client, MAX_STALL_MILLIS)) {
                List<CompletableFuture<?>> appends = new ArrayList<>();
                for (int written = 0; written < EVENTS; written += BATCH) {
                    List<EventData> batch = new ArrayList<>(BATCH);
                    for (int i = 0; i < BATCH; i++) {
                        batch.add(EventData.json("pushed", "{\"n\":" + (written + i) + "}"));
                    }
                    appends.add(writer.append(stream, batch));
                }
                appends.forEach(FaultRig::get);
                Await.until("reading paused by the gate", () -> gate.pauses() > pausesBefore);
                stalledMillis = stall.release();
            }
            Await.until("every event delivered", () -> next.get() >= EVENTS || !problems.isEmpty() || !drops.isEmpty());

            assertThat(problems).as("events out of order or repeated").isEmpty();
            assertThat(drops).as("no drop").isEmpty();
            assertThat(next.get()).isEqualTo(EVENTS);
            assertThat(gate.resumes()).as("reading resumed").isGreaterThanOrEqualTo(gate.pauses());
            assertThat(gate.isPaused()).isFalse();
            assertThat(lifecycle.count("disconnected")).as("no disconnect: " + lifecycle.events).isZero();
            Figures.report("Push flood behind a held engine (" + EVENTS + " pushes)",
                    "engine held " + stalledMillis + " ms; reading paused " + (gate.pauses() - pausesBefore)
                            + " times and resumed " + gate.resumes() + "; at most " + (gate.peakBytes() >> 10)
                            + " KiB waited for the engine; every event once, in order; 0 drops, 0 disconnects");
        }
    }
}
