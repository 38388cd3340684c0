package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.testkit.EmbeddedEventStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A seeded storm of mutated frames at the level of whole connections (issue 18): a fake server
 * (the fault proxy, writing between the real server's frames) sends them to a live client, and a
 * fake client sends them to the testkit server. The client must recover every time (reconnect,
 * and every append it was given acknowledged exactly once), its heap must stay bounded, and the
 * testkit must keep serving a well-behaved client throughout.
 *
 * <p>CI runs {@value #DEFAULT_FRAMES} frames each way; {@code -Dextreme.storm.frames=1000000}
 * (and {@code -Dextreme.storm.seed=N}) is the long run RELIABILITY.md reports.
 */
class FrameStormTest {
    static final int DEFAULT_FRAMES = 3_000;
    private static final int FRAMES = Integer.getInteger("extreme.storm.frames", DEFAULT_FRAMES);
    private static final long SEED = Long.getLong("extreme.storm.seed", 20261208L);
    /** A bounded heap: what a storm may leave behind (queues, buffers) after full collections. */
    private static final long HEAP_BOUND = 64L * 1024 * 1024;
    private static final int CLIENT_FRAME_LIMIT = 4 * 1024 * 1024;

    @Test
    void aLiveClientRecoversFromEveryMutatedFrameItsServerSends() throws Exception {
        FrameMutator frames = new FrameMutator(SEED, StormFrames.fromServer());
        // A frame limit well under the heap bound: a prefix that lies within the limit is allocated
        // for (the frame's own array) while its bytes come, which the bound must leave room for.
        try (FaultRig rig = new FaultRig(b -> b.reconnectDelay(Duration.ofMillis(1)).maxOperationRetries(1_000_000)
                .operationTimeout(Duration.ofSeconds(60)).maxEventSize(CLIENT_FRAME_LIMIT / 2).maxFrameLength(CLIENT_FRAME_LIMIT));
             HeapSampler heap = new HeapSampler(1_000)) {
            String stream = FaultRig.stream("storm-client");
            Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean storming = new AtomicBoolean(true);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                while (storming.get()) {
                    UUID id = UUID.randomUUID();
                    FaultRig.get(rig.client.append(stream, EventData.json("stormed", "{}").withEventId(id)));
                    acknowledged.add(id);
                }
            });
            int sent = 0;
            while (sent < FRAMES) {
                FaultRig.await("the client to be connected again", 30, () -> rig.proxy.openConnections() > 0);
                rig.proxy.injectToClients(frames.next());
                sent++;
            }
            storming.set(false);
            writer.get(120, TimeUnit.SECONDS);

            UUID last = UUID.randomUUID();
            FaultRig.get(rig.client.append(stream, EventData.json("after-the-storm", "{}").withEventId(last)));
            acknowledged.add(last);
            Set<UUID> stored = new HashSet<>();
            for (ResolvedEvent e : rig.readAll(stream)) {
                assertThat(stored.add(e.event().eventId())).as("each append stored once").isTrue();
            }
            assertThat(stored).as("every acknowledged append stored, nothing else").isEqualTo(acknowledged);
            assertThat(heap.peakGrowth()).as("live heap growth").isLessThan(HEAP_BOUND);
            Figures.report("Frame storm, fake server to a live client", String.format(
                    "%,d mutated frames (seed %d); %,d connections; %,d appends acknowledged and stored once; "
                            + "live heap grew at most %,d KiB", sent, SEED, rig.proxy.acceptedConnections(),
                    acknowledged.size(), heap.peakGrowth() / 1024));
        }
    }

    @Test
    void theTestkitKeepsServingOthersWhileAClientSendsMutatedFrames() throws Exception {
        FrameMutator frames = new FrameMutator(SEED + 1, StormFrames.fromClient());
        try (EmbeddedEventStore store = EmbeddedEventStore.start();
             ExtremeClient good = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint())
                     .credentials("admin", "changeit").connectionName("well-behaved").build());
             HeapSampler heap = new HeapSampler(1_000)) {
            String stream = FaultRig.stream("storm-server");
            AtomicInteger served = new AtomicInteger();
            int sent = 0;
            int connections = 0;
            while (sent < FRAMES) {
                connections++;
                try (Socket socket = new Socket(store.endpoint().host(), store.endpoint().port())) {
                    socket.setSoTimeout(0);
                    drain(socket.getInputStream());
                    OutputStream out = socket.getOutputStream();
                    for (int i = 0; i < 50 && sent < FRAMES; i++, sent++) {
                        out.write(frames.next());
                    }
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // a frame the server refused ended the connection: the next one starts afresh
                }
                if (connections % 10 == 0) {
                    FaultRig.get(good.append(stream, EventData.json("served", "{}")));
                    served.incrementAndGet();
                }
            }
            FaultRig.get(good.append(stream, EventData.json("served", "{}")));
            served.incrementAndGet();
            FaultRig.await("the storm's connections to be closed", 30, () -> store.openConnections() == 1);
            assertThat(heap.peakGrowth()).as("live heap growth").isLessThan(HEAP_BOUND);
            Figures.report("Frame storm, fake client to the testkit server", String.format(
                    "%,d mutated frames (seed %d) over %,d connections; %,d appends of another client served meanwhile; "
                            + "live heap grew at most %,d KiB", sent, SEED + 1, connections, served.get(),
                    heap.peakGrowth() / 1024));
        }
    }

    /** Reads and drops whatever the server answers, so that its writes never block on this test. */
    private static void drain(InputStream in) {
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                while (in.read(buffer) >= 0) {
                    // answers are not checked here: only that the server goes on serving
                }
            } catch (IOException closed) {
                // the socket closed: nothing more to drain
            }
        }, "storm-drain");
        reader.setDaemon(true);
        reader.start();
    }
}
