package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.CallOptions;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.UserCredentials;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.testkit.EmbeddedEventStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No password in any log line or exception message, at any level. Runs in its own JVM (a
 * surefire execution of its own, see the pom) with every logger at TRACE writing to a file, then
 * searches that file and every exception the operations produced for the passwords, as text
 * and as hex (in case something dumps frame bytes).
 */
class SecretsInLogsTest {
    private static final String GOOD = "changeit"; // the testkit's admin password
    private static final String WRONG = "wr0ng-" + UUID.randomUUID();
    private static final String PER_OPERATION = "per-op-" + UUID.randomUUID();

    private final List<Throwable> errors = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    @Test
    void noPasswordReachesTheLogsOrTheErrors() throws Exception {
        Path logFile = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/secrets-in-logs.log"));
        Assumptions.assumeTrue("trace".equals(System.getProperty("org.slf4j.simpleLogger.defaultLogLevel")),
                "runs in the secrets-in-logs surefire execution, where every logger writes TRACE to a file");
        try (EmbeddedEventStore store = EmbeddedEventStore.start()) {
            ExtremeSettings base = ExtremeSettings.builder().endpoint(store.endpoint()).connectionName("secrets")
                    .reconnectDelay(Duration.ofMillis(20)).operationTimeout(Duration.ofSeconds(3)).build();
            String stream = "secrets-" + UUID.randomUUID();
            try (ExtremeClient good = Extreme.connect(base.toBuilder().credentials("admin", GOOD).build())) {
                texts.add(good.settings().toString());
                texts.add(good.settings().credentials().toString());
                get(good.append(stream, EventData.json("t", "{}")));
                get(good.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10)));
                get(good.readAllSlice(Position.END, ReadOptions.backward().withPageSize(5)));
                get(good.createPersistentSubscription(stream, "g", PersistentSubscriptionSettings.defaults()));
                Subscription live = get(good.subscribeToStream(stream, new Quiet()));
                live.close();
                // Per-operation credentials that the server refuses.
                ExtremeClient refused = good.withCredentials(UserCredentials.of("admin", PER_OPERATION));
                get(refused.append(stream, EventData.json("t", "{}")));
                get(refused.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10)));
                get(refused.subscribeToStream(stream, new Quiet()));
                get(refused.connectToPersistentSubscription(stream, "g", (s, e, retries) -> { }));
                get(refused.execute(0xB0, new byte[] {1, 2, 3}, CallOptions.DEFAULTS.withCredentials(UserCredentials.of("admin", PER_OPERATION))));
                // A lost connection, while the default credentials are on it.
                store.close();
                get(good.append(stream, EventData.json("t", "{}")));
            }
        }
        try (EmbeddedEventStore store = EmbeddedEventStore.start();
             ExtremeClient wrong = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint())
                     .credentials("admin", WRONG).operationTimeout(Duration.ofSeconds(3)).build())) {
            get(wrong.append("secrets-" + UUID.randomUUID(), EventData.json("t", "{}")));
            get(wrong.readEvent("$users", StreamPosition.of(0), ReadOptions.DEFAULTS));
        }
        assertThat(errors).as("the refusals were exercised").hasSizeGreaterThanOrEqualTo(5);
        for (Throwable error : errors) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                texts.add(t.toString());
            }
        }
        String log = Files.readString(logFile, StandardCharsets.UTF_8);
        assertThat(log).as("the log captured TRACE lines").contains("TRACE").contains("connecting to");
        texts.add(log);
        for (String secret : List.of(GOOD, WRONG, PER_OPERATION)) {
            String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                assertThat(text).doesNotContain(secret);
                assertThat(text.toLowerCase().replace(" ", "")).doesNotContain(hex);
            }
        }
    }

    private <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            errors.add(e.getCause());
            return null;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static final class Quiet implements SubscriptionListener {
        @Override
        public void onEvent(Subscription subscription, ResolvedEvent event) {
        }
    }
}
