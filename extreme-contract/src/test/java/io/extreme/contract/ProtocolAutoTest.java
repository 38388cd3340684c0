package io.extreme.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.DeleteOptions;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ProtocolVersion;
import io.extreme.ReadOptions;
import io.extreme.error.ReconnectsExhaustedException;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.testkit.EmbeddedEventStore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Protocol auto over real sockets: it picks v4 on a v4 server and v3 on a v3 server, and a
 * server that never answers IdentifyClient is a clear error within the handshake timeout.
 */
class ProtocolAutoTest {
    private static ExtremeClient connect(EmbeddedEventStore store, String protocol) {
        return Extreme.connect(ContractTargets.settings(store.endpoint()).transport("nio").protocol(protocol)
                .credentials("admin", "changeit").build());
    }

    @Test
    void autoPicksV4OnAV4ServerAndV3OnAV3Server() {
        try (EmbeddedEventStore v4 = EmbeddedEventStore.start();
             EmbeddedEventStore v3 = EmbeddedEventStore.builder().protocol(3).start();
             ExtremeClient onV4 = connect(v4, "auto");
             ExtremeClient onV3 = connect(v3, "auto")) {
            String stream = "auto-" + UUID.randomUUID();
            Await.result(onV4.append(stream, List.of(EventData.json("e", "{}")), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
            Await.result(onV3.append(stream, List.of(EventData.json("e", "{}")), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
            assertThat(onV4.protocol()).isEqualTo(ProtocolVersion.V4);
            assertThat(onV3.protocol()).isEqualTo(ProtocolVersion.V3);
        }
    }

    @Test
    void protocol3WorksAgainstAV4ServerThatNarrowsItsNumbers() {
        try (EmbeddedEventStore v4 = EmbeddedEventStore.start(); ExtremeClient client = connect(v4, "3")) {
            String stream = "v3-on-v4-" + UUID.randomUUID();
            Await.result(client.append(stream, List.of(EventData.json("e", "{}")), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
            Await.result(client.delete(stream, DeleteOptions.hard()));
            CompletableFuture<?> read = client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))
                    .thenApply(StreamSlice::requireFound);
            assertThat(cause(read)).isInstanceOf(StreamDeletedException.class);
            assertThat(client.protocol()).isEqualTo(ProtocolVersion.V3);
        }
    }

    @Test
    void aServerThatNeverAnswersIdentifyClientFailsWithinTheHandshakeTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
            Thread acceptor = new Thread(() -> {
                try (Socket accepted = silent.accept()) {
                    accepted.getInputStream().readAllBytes(); // reads, never answers
                } catch (Exception ignored) {
                    // the test is over
                }
            }, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
            ExtremeSettings settings = ExtremeSettings.builder().endpoint("127.0.0.1", silent.getLocalPort())
                    .handshakeTimeout(Duration.ofMillis(500)).maxReconnectAttempts(0).operationTimeout(Duration.ofSeconds(30))
                    .build();
            try (ExtremeClient client = Extreme.connect(settings)) {
                long started = System.nanoTime();
                Throwable error = cause(client.append("never", EventData.json("e", "{}")));
                long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                assertThat(error).isInstanceOf(ReconnectsExhaustedException.class)
                        .hasMessageContaining("No answer to IdentifyClient").hasMessageContaining("handshake timeout (500 ms)");
                assertThat(tookMillis).as("not before the handshake timeout").isGreaterThanOrEqualTo(450);
                assertThat(client.isClosed()).isTrue();
            }
        }
    }

    private static Throwable cause(CompletableFuture<?> future) {
        try {
            future.get(15, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
