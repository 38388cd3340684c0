package io.extreme.protocol.v4;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.Message;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@link ProtocolCodec} of protocol v4 (EventStore 3.9.4, 4.x and later): every neutral
 * message to its frame and back, requests and replies alike, so that the client and the
 * testkit's server share it.
 *
 * <p>On the wire: the command byte names the message (and the direction of a read); a boxed
 * record field that is {@code null} is left out and a field left out decodes to {@code null};
 * required fields are always written; ids are GUIDs in .NET byte order. Ping and Pong carry raw
 * bytes, BadRequest and NotAuthenticated UTF-8 text, and unknown commands pass through as
 * {@link io.extreme.spi.message.RawMessage}.
 *
 * <p>Decoding is as lenient as the server's: a missing required field takes its default (the
 * receiver judges the value), while bytes that are not the command's message, an enum value
 * the schema lacks or an event id of another length than 16 throw
 * {@link MalformedFrameException} naming the command.
 *
 * <p>Threads: stateless; safe from any thread; never blocks. One instance may be shared.
 */
public final class V4Codec implements ProtocolCodec {
    /** The protocol version this codec speaks. */
    public static final int VERSION = 4;

    static final byte[] EMPTY = new byte[0];

    /** A codec; {@link V4CodecProvider#codec()} hands out a shared one. */
    public V4Codec() {
    }

    @Override
    public int version() {
        return VERSION;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when a field the protocol requires is null, or the
     *     message is not one of the neutral records
     */
    @Override
    public Frame encode(UUID correlationId, UserCredentials credentials, Message message) {
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(message, "message");
        try {
            return V4Encoder.encode(correlationId, credentials, message);
        } catch (NullPointerException e) {
            // Protobuf builders refuse nulls; say which message lacked a required value.
            throw new IllegalArgumentException(message.getClass().getSimpleName()
                    + " has null where protocol v4 requires a value", e);
        }
    }

    @Override
    public Message decode(Frame frame) {
        try {
            return V4Decoder.decode(frame.command(), frame.payload());
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedFrameException("Could not unwrap network package for command "
                    + frame.commandName() + ": " + e.getMessage(), e);
        }
    }
}
