package io.extreme.quickstart;

import io.extreme.AppendOptions;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.event.WriteResult;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.TypedClient;
import java.time.Instant;
import java.util.List;

/**
 * The quick start: starts the in-memory EventStore on a loopback port, connects to it over real
 * TCP with the NIO transport and protocol v4, appends three events, reads them back and prints
 * them, then appends and reads a Java record through the typed API. Needs no EventStore installed. Exits non-zero when anything fails.
 */
public final class QuickStart {
    /** An event as a Java record, for the typed API. */
    public record OrderDelivered(String order, Instant at) {
    }

    private QuickStart() {
    }

    public static void main(String[] args) {
        try (EmbeddedEventStore store = EmbeddedEventStore.start()) {
            System.out.println("In-memory EventStore listening on " + store.endpoint() + " (admin/changeit)");
            ExtremeSettings settings = ExtremeSettings.builder()
                    .endpoint(store.endpoint())
                    .credentials("admin", "changeit")
                    .connectionName("quick-start")
                    .transport("nio")
                    .build();
            try (ExtremeClient client = Extreme.connect(settings)) {
                String stream = "order-" + System.currentTimeMillis();
                WriteResult written = client.append(stream, List.of(
                        EventData.json("OrderPlaced", "{\"order\":\"A-1\",\"total\":42.5}"),
                        EventData.json("OrderPaid", "{\"order\":\"A-1\"}"),
                        EventData.json("OrderShipped", "{\"order\":\"A-1\",\"carrier\":\"post\"}")), AppendOptions.expecting(ExpectedVersion.NO_STREAM)).join();
                System.out.println("Appended 3 events to " + stream + "; next expected version "
                        + written.nextExpectedVersion() + ", log position " + written.logPosition().map(Object::toString).orElse("none"));
                StreamSlice slice = client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10)).join().requireFound();
                for (ResolvedEvent event : slice.events()) {
                    System.out.println("  #" + event.originalEventNumber() + " " + event.event().eventType()
                            + " " + event.event().dataAsString());
                }
                if (slice.events().size() != 3) {
                    throw new IllegalStateException("read back " + slice.events().size() + " events, expected 3");
                }
                // The typed API: objects in and out, as JSON through the extreme-serialization-json plugin.
                TypedClient typed = client.typed();
                typed.append(stream, List.of(new OrderDelivered("A-1", Instant.now())), AppendOptions.expecting(ExpectedVersion.exactly(2))).join();
                OrderDelivered delivered = typed.readEvent(stream, StreamPosition.of(3), ReadOptions.DEFAULTS, OrderDelivered.class).join().orElseThrow().data();
                System.out.println("  #3 typed, as " + typed.serializer().contentType() + ": " + delivered);
                System.out.println("Quick start OK.");
            }
        }
    }
}
