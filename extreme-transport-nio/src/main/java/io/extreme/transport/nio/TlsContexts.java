package io.extreme.transport.nio;

import io.extreme.Endpoint;
import io.extreme.TlsSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's TLS, made once per transport from {@link TlsSettings}: the {@link SSLContext} (the
 * one given, or one from the trust file and key store), and an {@link SSLEngine} per connection
 * with the protocols and host name verification the settings ask for.
 */
final class TlsContexts {
    private static final Logger log = LoggerFactory.getLogger(TlsContexts.class);

    private final TlsSettings settings;
    private final SSLContext context;

    /** @throws IllegalArgumentException naming the setting whose file cannot be read as a trust or key store */
    TlsContexts(TlsSettings settings) {
        this.settings = settings;
        this.context = settings.sslContext() != null ? settings.sslContext() : build(settings);
        if (!settings.verifyHostname()) {
            // Once per transport (a client's life), not per connection: a warning that repeats is ignored.
            log.warn("TLS host name verification is off (tls_verify_cert=false): any trusted certificate is "
                    + "accepted for any host; use this for development only");
        }
    }

    /** A client engine for {@code endpoint}: its host is what the certificate must name. */
    SSLEngine engineFor(Endpoint endpoint) {
        SSLEngine engine = context.createSSLEngine(endpoint.host(), endpoint.port());
        engine.setUseClientMode(true);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setProtocols(settings.protocols().toArray(String[]::new));
        if (settings.verifyHostname()) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        engine.setSSLParameters(parameters);
        return engine;
    }

    private static SSLContext build(TlsSettings settings) {
        try {
            TrustManagerFactory trust = null;
            if (settings.trustFile() != null) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(trustStore(settings.trustFile(), settings.trustFilePassword()));
            }
            KeyManagerFactory keys = null;
            if (settings.keyStore() != null) {
                char[] password = password(settings.keyStorePassword());
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load("tlsKeyStore", settings.keyStore(), password), password);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot set up TLS from " + settings + ": " + e.getMessage(), e);
        }
    }

    /** PKCS#12 when named {@code .p12} or {@code .pfx}; else PEM certificates, every one trusted. */
    private static KeyStore trustStore(Path file, String password) throws GeneralSecurityException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".p12") || name.endsWith(".pfx")) {
            return load("tlsCaFile", file, password(password));
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(file)) {
            store.load(null, null);
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + n++, certificate);
            }
            if (n == 0) {
                throw new IllegalArgumentException("tlsCaFile '" + file + "' holds no PEM certificate");
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("tlsCaFile '" + file + "' is not a PEM certificate file: " + e.getMessage(), e);
        }
        return store;
    }

    private static KeyStore load(String setting, Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(setting + " '" + file + "' is not a PKCS#12 store this password opens: "
                    + e.getMessage(), e);
        }
    }

    private static char[] password(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }
}
