package io.extreme.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The TLS a testkit server speaks: its certificate and key, and the protocol versions it allows.
 * Either {@link #selfSigned} (made at start, for 127.0.0.1 and localhost, and exported with
 * {@link #certificatePem()} or {@link #trustContext()} so a client can trust it) or
 * {@link #fromKeyStore} (a PKCS#12 store of the user's). Immutable.
 */
public final class TestkitTls {
    /** How long a self-signed certificate is valid from its making: far longer than any test run. */
    private static final Duration VALIDITY = Duration.ofDays(30);

    private final KeyStore keys;
    private final char[] password;
    private final X509Certificate certificate;
    private final List<String> protocols;
    /** Made once: every accepted connection's engine comes from it. */
    private final SSLContext serverContext;

    private TestkitTls(KeyStore keys, char[] password, X509Certificate certificate, List<String> protocols) {
        this.keys = keys;
        this.password = password;
        this.certificate = certificate;
        this.protocols = protocols;
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, password);
            serverContext = SSLContext.getInstance("TLS");
            serverContext.init(factory.getKeyManagers(), null, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a TLS context: " + e.getMessage(), e);
        }
    }

    /**
     * A new key pair (EC P-256) and a certificate signed by itself whose subject alternative names
     * are {@code names}: IP literals become IP entries, the rest DNS entries. None given: 127.0.0.1
     * and localhost.
     */
    public static TestkitTls selfSigned(String... names) {
        List<String> sans = names.length == 0 ? List.of("127.0.0.1", "localhost") : List.of(names);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name subject = new X500Name("CN=extreme-testkit");
            List<GeneralName> alternatives = new ArrayList<>();
            for (String name : sans) {
                boolean ip = name.chars().allMatch(c -> Character.isDigit(c) || c == '.') || name.contains(":");
                alternatives.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name));
            }
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(alternatives.toArray(GeneralName[]::new)));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            char[] password = "testkit".toCharArray();
            keys.setKeyEntry("testkit", pair.getPrivate(), password, new X509Certificate[] {certificate});
            return new TestkitTls(keys, password, certificate, List.of("TLSv1.3", "TLSv1.2"));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make a self-signed certificate: " + e.getMessage(), e);
        }
    }

    /** The first key entry of the PKCS#12 store {@code file}, whose key has the store's password. */
    public static TestkitTls fromKeyStore(Path file, String password) {
        Objects.requireNonNull(file, "file");
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, secret);
            for (String alias : java.util.Collections.list(keys.aliases())) {
                if (keys.isKeyEntry(alias)) {
                    return new TestkitTls(keys, secret, (X509Certificate) keys.getCertificate(alias), List.of("TLSv1.3", "TLSv1.2"));
                }
            }
            throw new IllegalArgumentException("key store '" + file + "' holds no key entry");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("key store '" + file + "' cannot be read with this password: " + e.getMessage(), e);
        }
    }

    /** The same certificate, allowing only {@code values} (TLSv1.3, TLSv1.2): to try a client whose versions differ. */
    public TestkitTls withProtocols(String... values) {
        return new TestkitTls(keys, password, certificate, List.of(values));
    }

    /** The server's certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificate in PEM, for a client's {@code tls_ca_file}. */
    public String certificatePem() {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the certificate", e);
        }
    }

    /** Writes {@link #certificatePem()} to {@code file} and returns it. */
    public Path writeCertificatePem(Path file) throws IOException {
        return Files.writeString(file, certificatePem());
    }

    /** A client context that trusts this certificate only: {@code TlsSettings.ON.withSslContext(...)}. */
    public SSLContext trustContext() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("testkit", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make a trust context", e);
        }
    }

    /** A server engine for one accepted connection; the server's own use. */
    public SSLEngine newServerEngine() {
        SSLEngine engine = serverContext.createSSLEngine();
        engine.setUseClientMode(false);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setProtocols(protocols.toArray(String[]::new));
        engine.setSSLParameters(parameters);
        return engine;
    }
}
