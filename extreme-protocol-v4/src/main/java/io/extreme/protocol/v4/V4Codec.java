package io.extreme.protocol.v4;

import io.extreme.protocol.core.Dialect;
import io.extreme.protocol.core.DialectCodec;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.RawMessage;

/**
 * The {@link ProtocolCodec} of protocol v4 (EventStore 3.9.4, 4.x and later): every neutral
 * message to its frame and back, requests and replies alike, so that the client and the
 * testkit's server share it.
 *
 * <p>On the wire: the command byte names the message (and the direction of a read); a boxed
 * record field that is {@code null} is left out and a field left out decodes to {@code null};
 * required fields are always written; ids are GUIDs in .NET byte order. Ping and Pong carry raw
 * bytes, BadRequest and NotAuthenticated UTF-8 text, and unknown commands pass through as
 * {@link RawMessage}.
 *
 * <p>Decoding is as lenient as the server's: a missing required field takes its default (the
 * receiver judges the value), while bytes that are not the command's message, an enum value
 * the schema lacks or an event id of another length than 16 throw
 * {@link MalformedFrameException} naming the command.
 *
 * <p>Threads: stateless; safe from any thread; never blocks. One instance may be shared.
 */
public final class V4Codec extends DialectCodec {
    /** The protocol version this codec speaks. */
    public static final int VERSION = 4;

    /** A codec; {@link V4CodecProvider#codec()} hands out a shared one. */
    public V4Codec() {
        super(Dialect.V4);
    }
}
