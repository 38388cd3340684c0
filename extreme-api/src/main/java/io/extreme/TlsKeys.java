package io.extreme;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The TLS keys of {@link SettingsParser}, in snake case as every key there ({@code tlsCaFile} in a
 * URI reads as {@code tls_ca_file}): {@code tls} (true/false), {@code tls_verify_cert} and its alias
 * {@code tls_verify_hostname} (true/false: host name verification), {@code tls_ca_file} (a PEM or
 * PKCS#12 file to trust), {@code tls_ca_file_password}, {@code tls_key_store} (the client
 * certificate's PKCS#12 store), {@code tls_key_store_password} and {@code tls_protocols}
 * ({@code TLSv1.3}, {@code TLSv1.2} or both, comma separated).
 */
final class TlsKeys {
    /** Every key this class reads, for the parser's list of known keys. */
    static final Set<String> KEYS = Set.of("tls", "tls_verify_cert", "tls_verify_hostname", "tls_ca_file",
            "tls_ca_file_password", "tls_key_store", "tls_key_store_password", "tls_protocols");
    /** The same, in the order the parser's error lists them. */
    static final String KNOWN = "tls, tls_verify_cert (tls_verify_hostname), tls_ca_file, tls_ca_file_password, "
            + "tls_key_store, tls_key_store_password, tls_protocols";

    private TlsKeys() {
    }

    /** Applies one TLS key to the builder's TLS settings; the key is one of {@link #KEYS}. */
    static TlsSettings apply(TlsSettings tls, String key, String value) {
        return switch (key) {
            case "tls" -> tls.withEnabled(SettingsParser.bool(key, value));
            case "tls_verify_cert", "tls_verify_hostname" -> tls.withVerifyHostname(SettingsParser.bool(key, value));
            case "tls_ca_file" -> tls.withTrustFile(path(key, value));
            case "tls_ca_file_password" -> tls.withTrustFilePassword(value);
            case "tls_key_store" -> tls.withKeyStore(path(key, value));
            case "tls_key_store_password" -> tls.withKeyStorePassword(value);
            case "tls_protocols" -> tls.withProtocols(protocols(key, value));
            default -> throw new IllegalArgumentException("not a TLS key: " + key);
        };
    }

    private static Path path(String key, String value) {
        try {
            return Path.of(value.trim());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(key + " must be a file path, was '" + value + "': " + e.getReason());
        }
    }

    /** Comma separated; {@code tls1.3}, {@code 1.3} and {@code TLSv1.3} are the same. */
    private static List<String> protocols(String key, String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT).replace("tlsv", "").replace("tls", "");
            switch (p) {
                case "1.3" -> out.add("TLSv1.3");
                case "1.2" -> out.add("TLSv1.2");
                default -> throw new IllegalArgumentException(key + " must be TLSv1.3, TLSv1.2 or both (comma separated), was '"
                        + value + "'");
            }
        }
        return out;
    }
}
