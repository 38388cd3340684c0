package io.extreme.protocol.core;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.Message;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@link ProtocolCodec} of one {@link Dialect}: every neutral message to its frame and back,
 * requests and replies alike, so that the client and the testkit's server share it. The v3 and
 * v4 modules each make theirs a public class of their own.
 *
 * <p>On the wire: the command byte names the message (and the direction of a read); a boxed
 * record field that is {@code null} is left out and a field left out decodes to {@code null};
 * required fields are always written; ids are GUIDs in .NET byte order. Ping and Pong carry raw
 * bytes, BadRequest and NotAuthenticated UTF-8 text, and unknown commands pass through as raw
 * messages.
 *
 * <p>Decoding is as lenient as the server's: a missing required field takes its default (the
 * receiver judges the value), while bytes that are not the command's message, an enum value
 * the schema lacks or an event id of another length than 16 throw
 * {@link MalformedFrameException} naming the command.
 *
 * <p>Threads: stateless; safe from any thread; never blocks. One instance may be shared.
 */
public abstract class DialectCodec implements ProtocolCodec {
    private final Dialect dialect;
    private final Encoder encoder;
    private final Decoder decoder;

    /** A codec that speaks {@code dialect}. */
    protected DialectCodec(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.encoder = new Encoder(dialect);
        this.decoder = new Decoder(dialect);
    }

    @Override
    public final int version() {
        return dialect.version();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when a field the protocol requires is null, an event
     *     number does not fit the dialect, or the message is not one the dialect has
     */
    @Override
    public final Frame encode(UUID correlationId, UserCredentials credentials, Message message) {
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(message, "message");
        try {
            return encoder.encode(correlationId, credentials, message);
        } catch (NullPointerException e) {
            // Protobuf builders refuse nulls; say which message lacked a required value.
            throw new IllegalArgumentException(message.getClass().getSimpleName()
                    + " has null where " + dialect + " requires a value", e);
        }
    }

    @Override
    public final Message decode(Frame frame) {
        try {
            return decoder.decode(frame.command(), frame.payload());
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedFrameException("Could not unwrap network package for command "
                    + frame.commandName() + ": " + e.getMessage(), e);
        }
    }
}
