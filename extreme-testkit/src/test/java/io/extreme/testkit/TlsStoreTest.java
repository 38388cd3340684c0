package io.extreme.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.SettingsParser;
import io.extreme.TlsSettings;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store serving TLS on its TCP port, and a client of the NIO transport speaking it. */
class TlsStoreTest {
    @TempDir
    Path dir;

    @Test
    void aClientTrustingTheExportedCertificateWritesAndReadsOverTls() throws Exception {
        String stream = "tls-" + UUID.randomUUID();
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().tls(TestkitTls.selfSigned()).start()) {
            Path ca = store.tls().writeCertificatePem(dir.resolve("testkit.pem"));
            String uri = "tcp://admin:changeit@" + store.endpoint() + "?tls=true&tlsCaFile=" + ca + "&transport=nio";
            try (ExtremeClient client = Extreme.connect(SettingsParser.fromUri(uri))) {
                assertThat(client.append(stream, List.of(EventData.json("Placed", "{\"n\":1}")),
                        AppendOptions.expecting(ExpectedVersion.NO_STREAM)).get(10, TimeUnit.SECONDS).nextExpectedVersion()).isZero();
                StreamSlice slice = client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))
                        .get(10, TimeUnit.SECONDS);
                assertThat(slice.events()).hasSize(1);
            }
        }
    }

    @Test
    void manyLargeEventsCrossTlsRecordsWholeBothWays() throws Exception {
        // 300 KiB events span many 16 KiB TLS records: the wrap and unwrap loops and their buffers are all used.
        String stream = "tls-large-" + UUID.randomUUID();
        byte[] data = new byte[300 * 1024];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) ('a' + i % 26);
        }
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().tls(TestkitTls.selfSigned()).start();
             ExtremeClient client = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint())
                     .credentials("admin", "changeit").transport("nio")
                     .tls(TlsSettings.ON.withSslContext(store.tls().trustContext())).build())) {
            for (int i = 0; i < 20; i++) {
                client.append(stream, List.of(EventData.binary("Blob", data)), AppendOptions.defaults()).get(10, TimeUnit.SECONDS);
            }
            StreamSlice slice = client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(20))
                    .get(10, TimeUnit.SECONDS);
            assertThat(slice.events()).hasSize(20);
            assertThat(slice.events()).allSatisfy(e -> assertThat(e.event().data()).isEqualTo(data));
        }
    }
}
