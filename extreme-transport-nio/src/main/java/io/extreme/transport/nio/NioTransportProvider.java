package io.extreme.transport.nio;

import io.extreme.ExtremeSettings;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportProvider;

/**
 * Provides the NIO transport under the name {@code "nio"}, with priority 10: the transport used
 * when the settings name none and this module is present.
 *
 * <p>Each {@link #create} starts one daemon I/O thread, named {@code extreme-nio-N}, that serves
 * every connection of that transport until it is closed. Host names are looked up on up to two
 * daemon threads of the transport, {@code extreme-dns-N}, started on the first lookup and ended
 * when idle or closed; an IP literal is read in place, with no lookup. The transport honours
 * {@link ExtremeSettings#connectTimeout()} and {@link ExtremeSettings#maxFrameLength()}: a frame
 * over the limit is refused by {@code send} with an {@link IllegalArgumentException}, and a frame
 * length from the peer that is out of range closes the connection with a
 * {@link io.extreme.spi.MalformedFrameException}. {@code onClosed} hears {@code null} after a local
 * close and a cause otherwise: an {@link java.io.EOFException} when the peer closed, an
 * {@link java.io.IOException} on a socket error. A failed connect names the endpoint: a
 * {@link java.net.ConnectException}, a {@link java.net.SocketTimeoutException} or an
 * {@link java.net.UnknownHostException}; with {@link ExtremeSettings#tls()} on, a failed TLS handshake is a
 * {@link TlsHandshakeException} saying which failure it was.
 */
public final class NioTransportProvider implements TransportProvider {
    /** The name to choose this transport by in the settings. */
    public static final String NAME = "nio";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Transport create(ExtremeSettings settings) {
        return new NioTransport(settings);
    }
}
