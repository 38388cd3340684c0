package io.extreme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsSettingsTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "-----BEGIN CERTIFICATE-----\n");
    }

    @Test
    void tlsIsOffByDefaultAndOnChecksTheHostWithTheJdkTrustStore() {
        TlsSettings tls = ExtremeSettings.defaults().tls();
        assertThat(tls.enabled()).isFalse();
        TlsSettings on = ExtremeSettings.builder().tls(true).build().tls();
        assertThat(on.enabled()).isTrue();
        assertThat(on.verifyHostname()).isTrue();
        assertThat(on.trustFile()).isNull();
        assertThat(on.sslContext()).isNull();
        assertThat(on.keyStore()).isNull();
        assertThat(on.protocols()).containsExactly("TLSv1.3", "TLSv1.2");
    }

    @Test
    void theBuilderTakesEveryTlsSetting() throws Exception {
        Path ca = file("ca.pem");
        Path keys = file("client.p12");
        TlsSettings tls = ExtremeSettings.builder().tls(TlsSettings.ON.withTrustFile(ca).withVerifyHostname(false)
                .withKeyStore(keys).withKeyStorePassword("secret").withProtocols(List.of("TLSv1.2"))).build().tls();
        assertThat(tls.trustFile()).isEqualTo(ca);
        assertThat(tls.verifyHostname()).isFalse();
        assertThat(tls.keyStore()).isEqualTo(keys);
        assertThat(tls.keyStorePassword()).isEqualTo("secret");
        assertThat(tls.protocols()).containsExactly("TLSv1.2");
        assertThat(tls.toString()).doesNotContain("secret");
        SSLContext context = SSLContext.getDefault();
        assertThat(TlsSettings.ON.withSslContext(context).sslContext()).isSameAs(context);
    }

    @Test
    void refusesBadTlsSettingsNamingThem() throws Exception {
        assertThatThrownBy(() -> TlsSettings.ON.withTrustFile(dir.resolve("missing.pem")))
                .hasMessageContaining("tlsCaFile must be a readable file").hasMessageContaining("missing.pem");
        assertThatThrownBy(() -> TlsSettings.ON.withKeyStore(dir)).hasMessageContaining("tlsKeyStore must be a readable file");
        assertThatThrownBy(() -> TlsSettings.ON.withProtocols(List.of("SSLv3")))
                .hasMessageContaining("tlsProtocols must be TLSv1.3 or TLSv1.2, was 'SSLv3'");
        assertThatThrownBy(() -> TlsSettings.ON.withProtocols(List.of())).hasMessageContaining("tlsProtocols");
        Path ca = file("ca.pem");
        SSLContext context = SSLContext.getDefault();
        assertThatThrownBy(() -> TlsSettings.ON.withTrustFile(ca).withSslContext(context)).hasMessageContaining("not both");
        assertThatThrownBy(() -> TlsSettings.ON.withSslContext(context).withTrustFile(ca)).hasMessageContaining("not both");
        assertThatThrownBy(() -> ExtremeSettings.builder().tls(null)).hasMessageContaining("tls");
    }

    @Test
    void readsTlsFromAUri() throws Exception {
        Path ca = file("ca.pem");
        ExtremeSettings s = SettingsParser.fromUri("tcp://127.0.0.1:1113?tls=true&tlsVerifyCert=false&tlsCaFile=" + ca.toUri().getPath()
                + "&tlsProtocols=TLSv1.3");
        assertThat(s.tls().enabled()).isTrue();
        assertThat(s.tls().verifyHostname()).isFalse();
        assertThat(s.tls().trustFile()).isEqualTo(ca);
        assertThat(s.tls().protocols()).containsExactly("TLSv1.3");
        assertThat(SettingsParser.fromUri("tcp://127.0.0.1:1113?tls_verify_cert=false&tls=true").tls().verifyHostname()).isFalse();
    }

    @Test
    void readsTlsFromPropertiesWhateverTheOrderOfTheKeys() throws Exception {
        Properties p = new Properties();
        p.setProperty("tls", "true");
        p.setProperty("tls_key_store_password", "secret");
        p.setProperty("tls_key_store", file("client.p12").toString());
        p.setProperty("tls_ca_file", file("ca.p12").toString());
        p.setProperty("tls_ca_file_password", "trust");
        p.setProperty("tls_verify_hostname", "true");
        p.setProperty("tls_protocols", "1.2, tls1.3");
        TlsSettings tls = SettingsParser.fromProperties(p).tls();
        assertThat(tls.enabled()).isTrue();
        assertThat(tls.keyStorePassword()).isEqualTo("secret");
        assertThat(tls.keyStore()).hasFileName("client.p12");
        assertThat(tls.trustFile()).hasFileName("ca.p12");
        assertThat(tls.trustFilePassword()).isEqualTo("trust");
        assertThat(tls.verifyHostname()).isTrue();
        assertThat(tls.protocols()).containsExactly("TLSv1.2", "TLSv1.3");
    }

    @Test
    void refusesBadTlsKeysNamingTheKeyAndWhatIsAllowed() {
        assertThatThrownBy(() -> SettingsParser.fromUri("tcp://127.0.0.1?tls=yes"))
                .hasMessageContaining("tls must be true or false, was 'yes'");
        assertThatThrownBy(() -> SettingsParser.fromUri("tcp://127.0.0.1?tls=true&tlsVerifyCert=maybe"))
                .hasMessageContaining("tls_verify_cert must be true or false");
        assertThatThrownBy(() -> SettingsParser.fromUri("tcp://127.0.0.1?tls=true&tlsCaFile=/no/such/ca.pem"))
                .hasMessageContaining("tlsCaFile must be a readable file, was '/no/such/ca.pem'");
        assertThatThrownBy(() -> SettingsParser.fromUri("tcp://127.0.0.1?tlsProtocols=TLSv1.1"))
                .hasMessageContaining("tls_protocols must be TLSv1.3, TLSv1.2 or both");
        assertThatThrownBy(() -> SettingsParser.fromUri("tcp://127.0.0.1?tlsCertFile=x"))
                .hasMessageContaining("unknown setting 'tls_cert_file'").hasMessageContaining("tls_ca_file");
    }
}
