package io.extreme.transport.nio;

import io.extreme.Endpoint;
import java.io.EOFException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/**
 * A TLS handshake that did not succeed: the connect fails with it (a failed attempt, as a refused
 * connect is), and {@link #reason()} says which of the known failures it was.
 */
public final class TlsHandshakeException extends SSLHandshakeException {
    private static final long serialVersionUID = 1L;

    /** Why a handshake failed. */
    public enum Reason {
        /** The server's certificate does not lead to a trusted one (tls_ca_file, the JDK's trust store or the SSLContext). */
        UNTRUSTED_CERTIFICATE("the server's certificate is not trusted"),
        /** The certificate is trusted but does not name the host connected to (see tls_verify_cert). */
        HOST_NAME_MISMATCH("the server's certificate does not name the host connected to"),
        /** The server did not answer in TLS: a plain TCP port, or no answer before the connect timeout. */
        NOT_TLS("the server does not speak TLS on this port"),
        /** No protocol version both sides allow (tls_protocols). */
        PROTOCOL_MISMATCH("the server and the client allow no common TLS version"),
        /** Any other refusal, by either side (for example a client certificate the server wants). */
        OTHER("the handshake was refused");

        private final String text;

        Reason(String text) {
            this.text = text;
        }
    }

    private final Reason reason;

    private TlsHandshakeException(Endpoint endpoint, Reason reason, String detail, Throwable cause) {
        super("TLS handshake with " + endpoint + " failed: " + reason.text + (detail == null ? "" : " (" + detail + ")"));
        this.reason = reason;
        initCause(cause);
    }

    /** Which failure it was. */
    public Reason reason() {
        return reason;
    }

    /** The failure {@code cause} of a handshake with {@code endpoint}, sorted by what it says. */
    static TlsHandshakeException of(Endpoint endpoint, Throwable cause) {
        return new TlsHandshakeException(endpoint, classify(cause), cause.getMessage(), cause);
    }

    /** A handshake that the connect timeout ended: a plain server waits for a frame and never answers in TLS. */
    static TlsHandshakeException timedOut(Endpoint endpoint, long millis) {
        return new TlsHandshakeException(endpoint, Reason.NOT_TLS, "no TLS answer within the connect timeout of " + millis
                + " ms", null);
    }

    private static Reason classify(Throwable cause) {
        if (cause instanceof EOFException) {
            return Reason.NOT_TLS; // closed in the middle of a handshake: what a plain server does with a ClientHello
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || message.contains("pkix path") || message.contains("unknown_ca")) {
                return Reason.UNTRUSTED_CERTIFICATE;
            }
            if (t instanceof CertificateException && (message.contains("subject alternative") || message.contains("no name matching"))) {
                return Reason.HOST_NAME_MISMATCH;
            }
            if (message.contains("unrecognized ssl message") || message.contains("plaintext connection")) {
                return Reason.NOT_TLS;
            }
            if (message.contains("protocol_version") || message.contains("no appropriate protocol")
                    || message.contains("not supported by the peer") || message.contains("protocol version")) {
                return Reason.PROTOCOL_MISMATCH;
            }
        }
        return Reason.OTHER;
    }
}
