package io.extreme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * TLS on the TCP connection: whether it is on, whom to trust, whether the server's host name is
 * checked, an optional client certificate, and the protocol versions. Immutable; {@link #OFF} (plain
 * TCP) is the default of {@link ExtremeSettings}, {@link #ON} is TLS with the JDK's trust store and
 * host name verification. Every {@code with} method checks its argument and names it when it refuses.
 *
 * <p>Trust: the JDK's default trust store, unless a trust file ({@link #withTrustFile}: PEM
 * certificates, or a PKCS#12 store when its name ends in {@code .p12} or {@code .pfx}) or a whole
 * {@link SSLContext} ({@link #withSslContext}) is given; one of the two at most. Host name
 * verification checks the certificate's subject alternative names against the endpoint's host
 * (its IP address when the host is an IP literal); turning it off is for development only, and
 * the transport logs a warning when it does.
 */
public final class TlsSettings {
    /** The protocol versions allowed, newest first; the default is both. */
    public static final List<String> DEFAULT_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    private static final Set<String> KNOWN_PROTOCOLS = Set.copyOf(DEFAULT_PROTOCOLS);
    /** Plain TCP: the default. */
    public static final TlsSettings OFF = new TlsSettings(false, null, null, null, true, null, null, DEFAULT_PROTOCOLS);
    /** TLS with the JDK's default trust store, host name verification and TLS 1.3 or 1.2. */
    public static final TlsSettings ON = OFF.withEnabled(true);

    private final boolean enabled;
    private final Path trustFile;
    private final String trustFilePassword;
    private final SSLContext sslContext;
    private final boolean verifyHostname;
    private final Path keyStore;
    private final String keyStorePassword;
    private final List<String> protocols;

    private TlsSettings(boolean enabled, Path trustFile, String trustFilePassword, SSLContext sslContext,
                        boolean verifyHostname, Path keyStore, String keyStorePassword, List<String> protocols) {
        this.enabled = enabled;
        this.trustFile = trustFile;
        this.trustFilePassword = trustFilePassword;
        this.sslContext = sslContext;
        this.verifyHostname = verifyHostname;
        this.keyStore = keyStore;
        this.keyStorePassword = keyStorePassword;
        this.protocols = protocols;
    }

    /** Whether connections use TLS. */
    public boolean enabled() { return enabled; }
    /** The PEM or PKCS#12 file of the certificates to trust, or {@code null} for the JDK's trust store or {@link #sslContext()}. */
    public Path trustFile() { return trustFile; }
    /** The password of a PKCS#12 {@link #trustFile()}, or {@code null} for none. */
    public String trustFilePassword() { return trustFilePassword; }
    /** The context to make connections with, or {@code null} to make one from the other settings. */
    public SSLContext sslContext() { return sslContext; }
    /** Whether the server's certificate must name the host connected to (on by default). */
    public boolean verifyHostname() { return verifyHostname; }
    /** The PKCS#12 key store holding the client's certificate and key, or {@code null} for none. */
    public Path keyStore() { return keyStore; }
    /** The password of {@link #keyStore()}, or {@code null} for none. */
    public String keyStorePassword() { return keyStorePassword; }
    /** The protocol versions offered: {@code TLSv1.3}, {@code TLSv1.2} or both. */
    public List<String> protocols() { return protocols; }

    /** TLS on or off; the other settings are kept either way. */
    public TlsSettings withEnabled(boolean value) {
        return new TlsSettings(value, trustFile, trustFilePassword, sslContext, verifyHostname, keyStore, keyStorePassword, protocols);
    }

    /** Trusts the certificates of {@code file} (PEM, or PKCS#12 named {@code .p12}/{@code .pfx}) instead of the JDK's. */
    public TlsSettings withTrustFile(Path file) {
        readable("tlsCaFile", file);
        if (sslContext != null) {
            throw new IllegalArgumentException("give tlsCaFile or sslContext, not both");
        }
        return new TlsSettings(enabled, file, trustFilePassword, null, verifyHostname, keyStore, keyStorePassword, protocols);
    }

    /** The password of a PKCS#12 trust file; {@code null} for none. */
    public TlsSettings withTrustFilePassword(String value) {
        return new TlsSettings(enabled, trustFile, value, sslContext, verifyHostname, keyStore, keyStorePassword, protocols);
    }

    /** Makes connections with {@code context}: its trust and key managers replace every file given here. */
    public TlsSettings withSslContext(SSLContext context) {
        Objects.requireNonNull(context, "sslContext");
        if (trustFile != null || keyStore != null) {
            throw new IllegalArgumentException("give sslContext or tlsCaFile/tlsKeyStore, not both: the context carries its own trust and keys");
        }
        return new TlsSettings(enabled, null, trustFilePassword, context, verifyHostname, null, keyStorePassword, protocols);
    }

    /** Whether the certificate must name the host; {@code false} is for development (logged as a warning). */
    public TlsSettings withVerifyHostname(boolean value) {
        return new TlsSettings(enabled, trustFile, trustFilePassword, sslContext, value, keyStore, keyStorePassword, protocols);
    }

    /** Presents the certificate of the PKCS#12 key store {@code file} to the server. */
    public TlsSettings withKeyStore(Path file) {
        readable("tlsKeyStore", file);
        if (sslContext != null) {
            throw new IllegalArgumentException("give sslContext or tlsKeyStore, not both: the context carries its own keys");
        }
        return new TlsSettings(enabled, trustFile, trustFilePassword, null, verifyHostname, file, keyStorePassword, protocols);
    }

    /** The password of the client's key store (and of its key); {@code null} for none. */
    public TlsSettings withKeyStorePassword(String value) {
        return new TlsSettings(enabled, trustFile, trustFilePassword, sslContext, verifyHostname, keyStore, value, protocols);
    }

    /** The protocol versions to offer: one or both of {@code TLSv1.3} and {@code TLSv1.2}. */
    public TlsSettings withProtocols(List<String> values) {
        Objects.requireNonNull(values, "tlsProtocols");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("tlsProtocols must name TLSv1.3, TLSv1.2 or both, was empty");
        }
        for (String value : values) {
            if (!KNOWN_PROTOCOLS.contains(value)) {
                throw new IllegalArgumentException("tlsProtocols must be TLSv1.3 or TLSv1.2, was '" + value + "'");
            }
        }
        return new TlsSettings(enabled, trustFile, trustFilePassword, sslContext, verifyHostname, keyStore, keyStorePassword,
                List.copyOf(values));
    }

    private static void readable(String name, Path file) {
        Objects.requireNonNull(file, name);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(name + " must be a readable file, was '" + file + "'");
        }
    }

    @Override
    public String toString() {
        return "TlsSettings[" + (enabled ? "on" : "off") + ", trust="
                + (sslContext != null ? "sslContext" : trustFile != null ? trustFile : "jdk default")
                + ", verifyHostname=" + verifyHostname + ", keyStore=" + keyStore + ", protocols=" + protocols + "]";
    }
}
