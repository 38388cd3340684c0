package io.extreme.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.RecordedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.serialization.Shop.OrderEvent;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.TypedClient;
import org.junit.jupiter.api.Test;

/**
 * A serializer the client has never heard of, on the class path with a
 * {@code META-INF/services} entry, is found by its name in a connection string and used: no
 * code of the client's changed, and none of the application's beyond naming it.
 */
class CustomSerializerTest {
    @Test
    void aPluginFoundByServiceLoaderIsChosenByNameAndWritesItsOwnFormat() {
        try (EmbeddedEventStore store = EmbeddedEventStore.start();
             ExtremeClient client = Extreme.connect("tcp://admin:changeit@" + store.endpoint()
                     + "?serializer=" + GzipJsonSerializerProvider.NAME)) {
            TypedClient typed = client.typed();
            String stream = Typed.stream("custom");

            Typed.get(typed.append(stream, Shop.placed("9")));
            RecordedEvent stored = Typed.get(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(1))).events().get(0).event();

            assertThat(typed.serializer().contentType()).isEqualTo("application/gzip+json");
            assertThat(stored.json()).isFalse();
            assertThat(stored.data()[0]).isEqualTo((byte) 0x1f); // gzip's magic number
            assertThat(stored.data()[1]).isEqualTo((byte) 0x8b);
            assertThat(Typed.get(typed.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(1), OrderEvent.class)).data())
                    .containsExactly(Shop.placed("9"));
        }
    }
}
