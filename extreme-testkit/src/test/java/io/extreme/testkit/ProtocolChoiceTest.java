package io.extreme.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.DeleteOptions;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ReadStatus;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The protocol a store speaks: chosen on its builder or on the command line, 4 unless told otherwise. */
class ProtocolChoiceTest {

    @Test
    void speaksV4ByDefault() {
        try (EmbeddedEventStore store = EmbeddedEventStore.start()) {
            assertThat(store.protocol()).isEqualTo(4).isEqualTo(EmbeddedEventStore.DEFAULT_PROTOCOL);
        }
    }

    @Test
    void speaksV3WhenAsked() {
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().protocol(3).start()) {
            assertThat(store.protocol()).isEqualTo(3);
            assertThat(store).hasToString("EmbeddedEventStore[" + store.endpoint() + ", protocol v3]");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-4, 0, 1, 2, 5, 20})
    void refusesOtherProtocolsNamingTheArgumentAndTheAllowedValues(int version) {
        assertThatThrownBy(() -> EmbeddedEventStore.builder().protocol(version))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("protocol must be 3 or 4, was " + version);
    }

    @Test
    void theCommandLineChoosesTheProtocol() {
        try (EmbeddedEventStore store = TestkitMain.parse("--port", "0", "--protocol", "3").start()) {
            assertThat(store.protocol()).isEqualTo(3);
        }
        try (EmbeddedEventStore store = TestkitMain.parse("--protocol", "4", "--port", "0").start()) {
            assertThat(store.protocol()).isEqualTo(4);
        }
        try (EmbeddedEventStore store = TestkitMain.parse("--port", "0").start()) {
            assertThat(store.protocol()).isEqualTo(4);
        }
        assertThat(TestkitMain.parse("--help")).isNull();
        assertThat(TestkitMain.usage()).contains("[--protocol <3|4, default 4>]");
    }

    @Test
    void theCommandLineRefusesBadProtocols() {
        assertThatThrownBy(() -> TestkitMain.parse("--protocol", "5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("protocol must be 3 or 4, was 5");
        assertThatThrownBy(() -> TestkitMain.parse("--protocol", "v3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--protocol needs a number, was 'v3'");
        assertThatThrownBy(() -> TestkitMain.parse("--port", "0", "--protocol"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--protocol needs a value");
        assertThatThrownBy(() -> TestkitMain.parse("--protocols", "3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown argument '--protocols'");
    }

    /**
     * A client that asks the server (IdentifyClient first) falls back to v3 against a v3 store, as
     * against a real 3.9.3; a protocol-3 client never identifies, so a v4 store narrows the
     * tombstone for it (PROTOCOL.md §7.3), as a real 4.x does. Either way the client reads the
     * hard-deleted stream right.
     */
    @ParameterizedTest(name = "store v{0}, client {1}")
    @CsvSource({"3, auto", "3, 3", "4, 3", "4, auto"})
    void aClientReadsAHardDeletedStreamInMemory(int storeProtocol, String clientProtocol) throws Exception {
        String stream = "deleted-" + UUID.randomUUID();
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().protocol(storeProtocol).start();
             ExtremeClient client = Extreme.connect(ExtremeSettings.builder()
                     .endpoint(store.endpoint())
                     .credentials("admin", "changeit")
                     .transport("in-memory")
                     .protocol(clientProtocol)
                     .build())) {
            assertThat(client.append(stream, List.of(EventData.json("Placed", "{}")), AppendOptions.expecting(ExpectedVersion.NO_STREAM))
                    .get(10, TimeUnit.SECONDS).nextExpectedVersion()).isZero();
            client.delete(stream, DeleteOptions.hard()).get(10, TimeUnit.SECONDS);
            StreamSlice slice = client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10)).get(10, TimeUnit.SECONDS);
            assertThat(slice.status()).isEqualTo(ReadStatus.STREAM_DELETED);
            // On a v3 wire the tombstone is int.MaxValue; the client gives back the neutral number.
            assertThat(slice.lastEventNumber()).hasValue(Long.MAX_VALUE);
        }
    }
}
