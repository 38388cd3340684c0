package io.extreme.protocol.core.samples;

import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.Message;

/** Payloads in hex out of a codec and messages back in, under {@link Samples#ID}: what vector tests compare. */
public final class CodecProbe {
    private final ProtocolCodec codec;

    /** A probe of {@code codec}. */
    public CodecProbe(ProtocolCodec codec) {
        this.codec = codec;
    }

    /** The payload {@code message} is sent with, in hex. */
    public String payload(Message message) {
        return Hex.of(codec.encode(Samples.ID, null, message).payload());
    }

    /** The message a frame of {@code command} with the payload {@code hex} decodes to. */
    public Message decode(int command, String hex) {
        return codec.decode(Frame.of(command, Samples.ID, Hex.bytes(hex)));
    }

    /** {@code message} encoded and decoded again. */
    public Message roundTrip(Message message) {
        return codec.decode(codec.encode(Samples.ID, null, message));
    }
}
