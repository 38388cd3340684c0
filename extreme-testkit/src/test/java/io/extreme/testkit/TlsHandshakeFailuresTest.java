package io.extreme.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ConnectionListener;
import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.TlsSettings;
import io.extreme.error.ReconnectsExhaustedException;
import io.extreme.spi.Frame;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import io.extreme.transport.nio.NioTransportProvider;
import io.extreme.transport.nio.TlsHandshakeException;
import io.extreme.transport.nio.TlsHandshakeException.Reason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Each way a TLS handshake of the NIO transport fails, against the testkit on loopback: the connect
 * ends with a {@link TlsHandshakeException} saying which, within the connect timeout, never a hang.
 */
class TlsHandshakeFailuresTest {
    private static final TransportListener IGNORE = new TransportListener() {
        @Override
        public void onFrame(TransportConnection connection, Frame frame) {
        }

        @Override
        public void onClosed(TransportConnection connection, Throwable cause) {
        }
    };

    /** Connects once with {@code tls}; the connection if it opened, else the failure. */
    private static Object connect(Endpoint endpoint, TlsSettings tls) throws Exception {
        ExtremeSettings settings = ExtremeSettings.builder().tls(tls).connectTimeout(Duration.ofSeconds(3)).build();
        try (Transport transport = new NioTransportProvider().create(settings)) {
            CompletableFuture<TransportConnection> future = transport.connect(endpoint, IGNORE);
            try {
                TransportConnection connection = future.get(10, TimeUnit.SECONDS);
                connection.close();
                return connection;
            } catch (ExecutionException e) {
                return e.getCause();
            }
        }
    }

    private static Reason reasonOf(Object outcome) {
        assertThat(outcome).isInstanceOf(TlsHandshakeException.class);
        return ((TlsHandshakeException) outcome).reason();
    }

    @Test
    void aTrustedCertificateNamingTheHostConnects() throws Exception {
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().tls(TestkitTls.selfSigned()).start()) {
            assertThat(connect(store.endpoint(), TlsSettings.ON.withSslContext(store.tls().trustContext())))
                    .isInstanceOf(TransportConnection.class);
        }
    }

    @Test
    void anUntrustedCertificateFailsSayingSo() throws Exception {
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().tls(TestkitTls.selfSigned()).start()) {
            Object outcome = connect(store.endpoint(), TlsSettings.ON); // the JDK's trust store knows no testkit
            assertThat(reasonOf(outcome)).isEqualTo(Reason.UNTRUSTED_CERTIFICATE);
            assertThat(((Throwable) outcome).getMessage()).contains("TLS handshake with " + store.endpoint())
                    .contains("not trusted");
            // Switching host name verification off does not switch trust off.
            assertThat(reasonOf(connect(store.endpoint(), TlsSettings.ON.withVerifyHostname(false))))
                    .isEqualTo(Reason.UNTRUSTED_CERTIFICATE);
        }
    }

    @Test
    void aCertificateForAnotherHostFailsUnlessVerificationIsOff() throws Exception {
        // Trusted, but made for another name only: 127.0.0.1 is not among its subject alternative names.
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().tls(TestkitTls.selfSigned("db.example.invalid")).start()) {
            TlsSettings trusting = TlsSettings.ON.withSslContext(store.tls().trustContext());
            Object outcome = connect(store.endpoint(), trusting);
            assertThat(reasonOf(outcome)).isEqualTo(Reason.HOST_NAME_MISMATCH);
            assertThat(((Throwable) outcome).getMessage()).contains("does not name the host");
            assertThat(connect(store.endpoint(), trusting.withVerifyHostname(false))).isInstanceOf(TransportConnection.class);
        }
    }

    @Test
    void aPlainServerFailsAsNotTls() throws Exception {
        try (EmbeddedEventStore store = EmbeddedEventStore.start()) {
            // The plain testkit reads the ClientHello as a frame length and closes: unconfirmed for a real server,
            // which may instead wait for the rest of a "frame" until the connect timeout (also NOT_TLS).
            assertThat(reasonOf(connect(store.endpoint(), TlsSettings.ON))).isEqualTo(Reason.NOT_TLS);
        }
    }

    @Test
    void noCommonProtocolVersionFailsAsAMismatch() throws Exception {
        try (EmbeddedEventStore store = EmbeddedEventStore.builder()
                .tls(TestkitTls.selfSigned().withProtocols("TLSv1.2")).start()) {
            TlsSettings tls13 = TlsSettings.ON.withSslContext(store.tls().trustContext()).withProtocols(List.of("TLSv1.3"));
            assertThat(reasonOf(connect(store.endpoint(), tls13))).isEqualTo(Reason.PROTOCOL_MISMATCH);
            assertThat(connect(store.endpoint(), tls13.withProtocols(List.of("TLSv1.2")))).isInstanceOf(TransportConnection.class);
        }
    }

    @Test
    void aFailedHandshakeIsAFailedAttemptForReconnects() throws Exception {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        CompletableFuture<Throwable> closed = new CompletableFuture<>();
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().tls(TestkitTls.selfSigned()).start();
             ExtremeClient client = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint()).transport("nio")
                     .tls(TlsSettings.ON).maxReconnectAttempts(1).reconnectDelay(Duration.ofMillis(10))
                     .connectionListener(new ConnectionListener() {
                         @Override
                         public void error(Throwable error) {
                             errors.add(error);
                         }

                         @Override
                         public void disconnected(Endpoint node, Throwable cause) {
                             errors.add(cause);
                         }

                         @Override
                         public void closed(Throwable cause) {
                             closed.complete(cause);
                         }
                     }).build())) {
            // Two attempts in a row failed (the first and the one reconnect allowed), each by its handshake.
            assertThat(closed.get(10, TimeUnit.SECONDS)).isInstanceOf(ReconnectsExhaustedException.class)
                    .hasMessageContaining("after 2 attempts").hasMessageContaining("TLS handshake with " + store.endpoint())
                    .hasMessageContaining("not trusted");
            assertThat(store.openConnections()).isZero();
        }
        assertThat(errors).noneSatisfy(e -> assertThat(e).isNull());
    }

    @Test
    void theStoreKeepsServingAfterAFailedHandshake() throws Exception {
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().tls(TestkitTls.selfSigned()).start()) {
            assertThat(reasonOf(connect(store.endpoint(), TlsSettings.ON))).isEqualTo(Reason.UNTRUSTED_CERTIFICATE);
            assertThat(connect(store.endpoint(), TlsSettings.ON.withSslContext(store.tls().trustContext())))
                    .isInstanceOf(TransportConnection.class);
        }
        assertThatThrownBy(() -> TestkitTls.fromKeyStore(java.nio.file.Path.of("/no/such.p12"), "x"))
                .hasMessageContaining("/no/such.p12");
    }
}
