package io.extreme.protocol.core;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.GeneratedMessageV3;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import com.google.protobuf.UnsafeByteOperations;
import com.google.protobuf.WireFormat;
import io.extreme.spi.Guids;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import java.util.function.IntPredicate;

/**
 * The rules every encoder and decoder of the core shares: how ids and byte arrays cross into
 * protobuf, and how leniently a payload is read.
 *
 * <p>Decoding reads like the server's own protobuf-net: a required field that is missing takes
 * its default (a real 4.1.4 server answers a ReadEvent that carries only a stream id, see the
 * transcript {@code bad-payload-and-command}), while bytes that are not protobuf, an enum value
 * the schema does not know, or an id that is not 16 bytes make the payload malformed. Whether a
 * defaulted value makes sense (an empty stream id) is the receiver's business, as on the server.
 */
public final class Wire {
    static final byte[] EMPTY = new byte[0];

    private Wire() {
    }

    /**
     * Parses a payload without checking required fields: the one place where the codecs'
     * leniency is decided (use {@code parser.parseFrom} to refuse missing required fields).
     *
     * <p>The parsed message's bytes fields alias {@code payload} rather than copy it: a page of
     * 500 events is not copied event by event a second time before the decoder copies what each
     * event keeps. Safe because a frame's payload is never written once built ({@code Frame});
     * what a decoder keeps beyond the call (event data, ids, names) it copies or converts. A
     * message that itself outlives the call takes {@link #parseOwned}.
     */
    public static <T extends MessageLite> T parse(Parser<T> parser, byte[] payload) throws InvalidProtocolBufferException {
        // A stream over a ByteString is one protobuf takes as immutable: only such a stream aliases.
        CodedInputStream in = UnsafeByteOperations.unsafeWrap(payload).newCodedInput();
        in.enableAliasing(true);
        T message = parser.parsePartialFrom(in);
        in.checkLastTagWas(0); // as parsePartialFrom(byte[]) does: a stray end-group tag is malformed
        return message;
    }

    /**
     * As {@link #parse}, but the message owns its bytes instead of aliasing {@code payload}: for a
     * message handed to a caller who may keep it (the raw access of the v4 module), since one
     * event kept from an aliased page would keep the page's whole payload alive, and with it
     * every other event's bytes.
     */
    public static <T extends MessageLite> T parseOwned(Parser<T> parser, byte[] payload)
            throws InvalidProtocolBufferException {
        return parser.parsePartialFrom(payload);
    }

    /**
     * Wraps {@code bytes} without copying. Safe because the wrapper only lives while one payload
     * is being serialized, inside {@code encode}: a copy taken then would see the same bytes.
     */
    static ByteString wrap(byte[] bytes) {
        return UnsafeByteOperations.unsafeWrap(bytes);
    }

    /** Wraps a view of an event's bytes without copying, for the same reason as {@link #wrap(byte[])}. */
    static ByteString wrap(ByteBuffer bytes) {
        return UnsafeByteOperations.unsafeWrap(bytes.duplicate());
    }

    /** A GUID in .NET byte order, as the server and the .NET clients write it. */
    static ByteString id(UUID id) {
        return UnsafeByteOperations.unsafeWrap(Guids.toBytes(id));
    }

    /** Reads a .NET-order GUID; any length but 16 is malformed, as {@code new Guid(byte[])} on the server. */
    static UUID id(ByteString bytes) throws InvalidProtocolBufferException {
        if (bytes.size() != Guids.LENGTH) {
            throw new InvalidProtocolBufferException("an event id must have 16 bytes, got " + bytes.size());
        }
        return Guids.read(bytes.toByteArray(), 0);
    }

    /** Reads a list of .NET-order GUIDs. */
    static List<UUID> ids(List<ByteString> ids) throws InvalidProtocolBufferException {
        UUID[] out = new UUID[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = id(ids.get(i));
        }
        return List.of(out);
    }

    /**
     * Fails when enum field {@code number} of {@code message} is not set but carried a value:
     * protobuf-java keeps a value its schema does not know among the unknown fields, where
     * protobuf-net refuses the whole payload.
     */
    static void checkEnum(boolean present, GeneratedMessageV3 message, int number)
            throws InvalidProtocolBufferException {
        if (!present && message.getUnknownFields().hasField(number)) {
            throw unknownEnumValue(message, number);
        }
    }

    /**
     * The enum field {@code number} of {@code payload} as a schema that knows only the values
     * {@code known} accepts would read it: the last such value wins, and a payload with values
     * but none of them known is malformed, as {@link #checkEnum} has it. For a dialect whose
     * schema lacks a value this one has; the payload already parsed, so it reads again cleanly.
     */
    static int lastKnownEnumValue(byte[] payload, GeneratedMessageV3 message, int number, IntPredicate known)
            throws InvalidProtocolBufferException {
        CodedInputStream in = CodedInputStream.newInstance(payload);
        boolean found = false;
        int last = 0;
        try {
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                if (WireFormat.getTagFieldNumber(tag) == number && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_VARINT) {
                    int value = in.readEnum();
                    if (known.test(value)) {
                        found = true;
                        last = value;
                    }
                } else {
                    in.skipField(tag);
                }
            }
        } catch (IOException e) {
            // Reading a byte array fails only on its content, which protobuf reports as malformed.
            throw e instanceof InvalidProtocolBufferException malformed ? malformed : new InvalidProtocolBufferException(e);
        }
        if (!found) {
            throw unknownEnumValue(message, number);
        }
        return last;
    }

    private static InvalidProtocolBufferException unknownEnumValue(GeneratedMessageV3 message, int number) {
        return new InvalidProtocolBufferException("field " + number + " of "
                + message.getDescriptorForType().getName() + " has a value the schema does not know");
    }
}
