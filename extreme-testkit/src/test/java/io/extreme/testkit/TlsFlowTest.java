package io.extreme.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeSettings;
import io.extreme.TlsSettings;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import io.extreme.transport.nio.NioTransportProvider;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Frames over TLS as over plain TCP: a burst written with one flush (coalesced), read demand taken
 * away and given back many times (TLS then holds bytes the socket never announces again), and the
 * frame limit, against the testkit's TLS port, whose heartbeat answers are the traffic.
 */
class TlsFlowTest {
    private static final int FRAMES = 5_000;

    @Test
    void everyAnswerArrivesThoughReadingIsSuspendedAndResumedAgainAndAgain() throws Exception {
        Set<UUID> answered = ConcurrentHashMap.newKeySet();
        CompletableFuture<Void> all = new CompletableFuture<>();
        AtomicInteger frames = new AtomicInteger();
        // One thread: gives read demand back shortly after the listener took it away.
        ScheduledExecutorService resumer = Executors.newSingleThreadScheduledExecutor();
        TransportListener listener = new TransportListener() {
            @Override
            public void onFrame(TransportConnection connection, Frame frame) {
                if (frame.command() == TcpCommand.HEARTBEAT_RESPONSE && answered.add(frame.correlationId())
                        && answered.size() == FRAMES) {
                    all.complete(null);
                }
                if (frames.incrementAndGet() % 97 == 0) {
                    connection.suspendReading();
                    resumer.schedule(connection::resumeReading, 1, TimeUnit.MILLISECONDS);
                }
            }

            @Override
            public void onClosed(TransportConnection connection, Throwable cause) {
                all.completeExceptionally(new AssertionError("closed after " + answered.size() + " answers", cause));
            }
        };
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().tls(TestkitTls.selfSigned()).start();
             Transport transport = new NioTransportProvider().create(ExtremeSettings.builder().maxFrameLength(64 * 1024).maxEventSize(1024)
                     .tls(TlsSettings.ON.withSslContext(store.tls().trustContext())).build())) {
            TransportConnection connection = transport.connect(store.endpoint(), listener).get(10, TimeUnit.SECONDS);
            for (int i = 0; i < FRAMES; i++) {
                connection.write(Frame.of(TcpCommand.HEARTBEAT_REQUEST, UUID.randomUUID(), new byte[0]));
            }
            connection.flush();
            all.get(30, TimeUnit.SECONDS);
            assertThat(answered).hasSize(FRAMES);
            // The frame limit holds over TLS as over plain TCP: refused on send, the connection stays open.
            assertThatThrownBy(() -> connection.send(Frame.of(TcpCommand.HEARTBEAT_REQUEST, UUID.randomUUID(),
                    new byte[64 * 1024]))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFrameLength");
            assertThat(connection.isOpen()).isTrue();
        } finally {
            resumer.shutdownNow();
        }
    }
}
