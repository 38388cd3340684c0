package io.extreme.protocol.v3;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.Message;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@link ProtocolCodec} of protocol v3 (EventStore 3.0 to 3.9.3): every neutral message to
 * its frame and back, requests and replies alike, so that the client and the testkit's server
 * share it. Frames, commands and field presence are as under v4 (see the v4 codec); what
 * differs is the schema (PROTOCOL.md §3.11):
 *
 * <ul>
 *   <li>event numbers, expected versions and {@code start_from} are 32-bit on the wire. A
 *       neutral value beyond 32 bits is refused with an {@link IllegalArgumentException} naming
 *       the field; the deleted-stream number {@code Long.MAX_VALUE} travels as v3's
 *       {@code Integer.MAX_VALUE} and comes back as {@code Long.MAX_VALUE} (PROTOCOL.md §4.6);</li>
 *   <li>fields v3 lacks decode to {@code null} and are left out when encoding:
 *       {@code WriteEventsCompleted.currentVersion} and
 *       {@code PersistentSubscriptionStreamEventAppeared.retryCount};</li>
 *   <li>IdentifyClient and ClientIdentified do not exist: encoding them is refused, and frames
 *       of their commands decode as {@link io.extreme.spi.message.RawMessage}, as any command
 *       the codec does not know. So is NotHandled's reason IsReadOnly (20.x only).</li>
 * </ul>
 *
 * <p>Decoding is as lenient as the server's: a missing required field takes its default, while
 * bytes that are not the command's message, an enum value the schema lacks or an event id of
 * another length than 16 throw {@link MalformedFrameException} naming the command.
 *
 * <p>Threads: stateless; safe from any thread; never blocks. One instance may be shared.
 */
public final class V3Codec implements ProtocolCodec {
    /** The protocol version this codec speaks. */
    public static final int VERSION = 3;

    static final byte[] EMPTY = new byte[0];

    /** A codec; {@link V3CodecProvider#codec()} hands out a shared one. */
    public V3Codec() {
    }

    @Override
    public int version() {
        return VERSION;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when a field the protocol requires is null, an event
     *     number does not fit 32 bits, or the message is not one protocol v3 has
     */
    @Override
    public Frame encode(UUID correlationId, UserCredentials credentials, Message message) {
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(message, "message");
        try {
            return V3Encoder.encode(correlationId, credentials, message);
        } catch (NullPointerException e) {
            // Protobuf builders refuse nulls; say which message lacked a required value.
            throw new IllegalArgumentException(message.getClass().getSimpleName()
                    + " has null where protocol v3 requires a value", e);
        }
    }

    @Override
    public Message decode(Frame frame) {
        try {
            return V3Decoder.decode(frame.command(), frame.payload());
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedFrameException("Could not unwrap network package for command "
                    + frame.commandName() + ": " + e.getMessage(), e);
        }
    }
}
