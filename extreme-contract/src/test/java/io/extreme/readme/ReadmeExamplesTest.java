package io.extreme.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Extreme;
import io.extreme.contract.Await;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.TlsSettings;
import io.extreme.ProtocolVersion;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamSlice;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.testkit.ExtremeTestkitExtension;
import io.extreme.testkit.TestkitTls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every Java example of the README is compiled and run: each block must be, word for word, one of
 * the regions of {@link ReadmeExamples} (or of this class, for the testkit's own example), which
 * this test then runs against an in-memory EventStore of its own, checking that the example did
 * what the README says.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src", "test", "java", "io", "extreme", "readme");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern REGION = Pattern.compile("^([ \\t]*)// readme:([\\w-]+)\\n(.*?)^[ \\t]*// end$",
            Pattern.DOTALL | Pattern.MULTILINE);

    private EmbeddedEventStore store;
    private ExtremeClient client;

    @BeforeEach
    void start() {
        store = EmbeddedEventStore.start();
        client = Extreme.connect(settings());
        ReadmeExamples.projected.clear();
    }

    private ExtremeSettings settings() {
        return ExtremeSettings.builder().endpoint(store.endpoint()).credentials("admin", "changeit")
                .connectionName("readme").operationTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable handle : ReadmeExamples.handles) {
            handle.close();
        }
        ReadmeExamples.handles.clear();
        client.close();
        store.close();
    }

    @Test
    void everyJavaBlockOfTheReadmeIsARegionOfTheExamples() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(Files.readString(README));
        while (block.find()) {
            blocks.add(block.group(1));
        }
        Map<String, String> regions = new LinkedHashMap<>();
        for (String file : List.of("ReadmeExamples.java", "ReadmeExamplesTest.java")) {
            Matcher region = REGION.matcher(Files.readString(SOURCES.resolve(file)));
            while (region.find()) {
                regions.put(region.group(2), dedent(region.group(3), region.group(1).length()));
            }
        }
        assertThat(blocks).as("the README's Java blocks").isNotEmpty();
        for (String text : blocks) {
            assertThat(regions.values()).as("a README block that no example region holds:%n%s", text).contains(text);
        }
        assertThat(regions).as("every region is printed in the README").hasSameSizeAs(blocks);
    }

    private static String dedent(String text, int indent) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent) : line.strip())
                    .append('\n');
        }
        return out.substring(0, out.length() - 1); // the split's last piece is the empty one after the final newline
    }

    @Test
    void usingItAppendsAndReadsBack() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ReadmeExamples.usingIt("tcp://admin:changeit@" + store.endpoint().host() + ":" + store.endpoint().port()
                    + "?connectionName=orders");
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("0 OrderPlaced\n");
    }

    @Test
    void readingReadsBackwardAndDeletesForGood() throws Exception {
        client.append("order-1", EventData.json("OrderPlaced", "{}")).get(5, TimeUnit.SECONDS);
        ReadmeExamples.reading(client);
        StreamSlice after = client.readStreamSlice("order-1", io.extreme.event.StreamPosition.START,
                io.extreme.ReadOptions.DEFAULTS).get(5, TimeUnit.SECONDS);
        assertThat(after.status()).isEqualTo(io.extreme.event.ReadStatus.STREAM_DELETED);
    }

    @Test
    void subscriptionsHearWhatIsWrittenAfterThem() throws Exception {
        List<EventData> before = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            before.add(EventData.json("OrderPlaced", "{}"));
        }
        client.append("order-1", before).get(5, TimeUnit.SECONDS);
        ReadmeExamples.subscriptions(client);
        client.append("order-1", EventData.json("OrderShipped", "{}")).get(5, TimeUnit.SECONDS);
        // The live one and the catch-up (after checkpoint 41: nothing of events 0 to 41) both hear event 42, once.
        Await.until("both subscriptions heard the new event", () -> ReadmeExamples.projected.size() == 2);
        assertThat(ReadmeExamples.projected).allSatisfy(e -> assertThat(((ResolvedEvent) e).originalEventNumber()).isEqualTo(42));
    }

    @Test
    void theListenerStartsAfterItsCheckpointAndPauses() throws Exception {
        // The testkit runs no projections: the category's links are written by hand, 43 of them.
        client.append("order-1", EventData.json("OrderPlaced", "{}")).get(5, TimeUnit.SECONDS);
        List<EventData> links = new ArrayList<>();
        for (int i = 0; i < 43; i++) {
            links.add(EventData.binary("$>", "0@order-1".getBytes(StandardCharsets.UTF_8)));
        }
        client.append("$ce-order", links).get(5, TimeUnit.SECONDS);
        OptionalLong paused = ReadmeExamples.listener(client, 41);
        assertThat(paused.orElseThrow()).isBetween(41L, 42L); // paused before or after it handled link 42
        Await.until("the link after the checkpoint is handled, once resumed", () -> ReadmeExamples.projected.size() == 1);
        ResolvedEvent handled = (ResolvedEvent) ReadmeExamples.projected.peek();
        assertThat(handled.originalEventNumber()).isEqualTo(42);
        assertThat(handled.event().streamId()).as("the link resolved").isEqualTo("order-1");
    }

    @Test
    void aPersistentConsumerBillsAndParks() throws Exception {
        client.append("orders", EventData.json("OrderPlaced", "{}"), EventData.json("OrderPlaced", "{}")).get(5, TimeUnit.SECONDS);
        ReadmeExamples.persistent(client);
        Await.until("the consumer got both events", () -> ReadmeExamples.projected.size() >= 2);
    }

    @Test
    void typedEventsGoInAndComeBackAsObjects() throws Exception {
        List<ReadmeExamples.OrderEvent> history = ReadmeExamples.typed(client);
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).isEqualTo(new ReadmeExamples.OrderShipped("1"));
    }

    @Test
    void closeAsyncCompletesOnceTheClientHasEnded() throws Exception {
        ReadmeExamples.closing(client).get(15, TimeUnit.SECONDS);
        assertThat(client.isClosed()).isTrue();
    }

    @Test
    void theSettingsExamplesBuildWithoutConnecting(@TempDir Path dir) throws Exception {
        assertThat(ReadmeExamples.settings().maxReconnectAttempts()).isEqualTo(-1);
        assertThat(ReadmeExamples.clusters()).hasSize(2);
        Path caFile = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        assertThat(ReadmeExamples.tls(caFile)).allSatisfy(s -> assertThat(s.tls().enabled()).isTrue());
    }

    @Test
    void theTestkitServesTlsToAClientThatTrustsItsCertificate() {
        // readme:testkit-tls
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().tls(TestkitTls.selfSigned()).start();
             ExtremeClient client = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint())
                     .tls(TlsSettings.ON.withSslContext(store.tls().trustContext())).build())) {
            // or trust store.tls().certificatePem() / writeCertificatePem(file) as a tls_ca_file
        }
        // end
    }

    @Nested
    // readme:testkit
    @ExtendWith(ExtremeTestkitExtension.class)
    class OrderProjectionTest {
        @Test
        void countsOrders(ExtremeClient client) {   // connected as admin, in memory, one store per test class
            client.append("order-1", EventData.json("OrderPlaced", "{}")).join();
        }
    }
    // end
}
