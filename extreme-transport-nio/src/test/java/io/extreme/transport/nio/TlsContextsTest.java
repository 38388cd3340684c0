package io.extreme.transport.nio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Endpoint;
import io.extreme.TlsSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the transport turns TLS settings into engines, and how it refuses files it cannot use. */
class TlsContextsTest {
    @TempDir
    Path dir;

    @Test
    void anEngineChecksTheHostAndOffersTheProtocolsAsked() throws Exception {
        SSLEngine engine = new TlsContexts(TlsSettings.ON.withSslContext(SSLContext.getDefault()).withProtocols(List.of("TLSv1.2")))
                .engineFor(new Endpoint("127.0.0.1", 1115));
        assertThat(engine.getUseClientMode()).isTrue();
        assertThat(engine.getSSLParameters().getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
        assertThat(engine.getEnabledProtocols()).containsExactly("TLSv1.2");
        assertThat(engine.getPeerHost()).isEqualTo("127.0.0.1");
        assertThat(engine.getPeerPort()).isEqualTo(1115);
    }

    @Test
    void withVerificationOffTheEngineChecksNoHostName() {
        SSLEngine engine = new TlsContexts(TlsSettings.ON.withVerifyHostname(false)).engineFor(new Endpoint("127.0.0.1", 1115));
        assertThat(engine.getSSLParameters().getEndpointIdentificationAlgorithm()).isNull();
    }

    @Test
    void refusesTrustAndKeyFilesItCannotReadNamingTheSetting() throws Exception {
        Path pem = Files.writeString(dir.resolve("ca.pem"), "not a certificate");
        assertThatThrownBy(() -> new TlsContexts(TlsSettings.ON.withTrustFile(pem)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tlsCaFile '" + pem + "'");
        Path p12 = Files.write(dir.resolve("ca.p12"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> new TlsContexts(TlsSettings.ON.withTrustFile(p12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tlsCaFile '" + p12 + "' is not a PKCS#12 store");
        Path keys = Files.write(dir.resolve("client.p12"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> new TlsContexts(TlsSettings.ON.withKeyStore(keys).withKeyStorePassword("secret")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tlsKeyStore '" + keys + "' is not a PKCS#12 store");
    }
}
