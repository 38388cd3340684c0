package io.extreme.spi;

/**
 * A length prefix out of the range a {@link FrameDecoder} accepts: over the frame limit, or below
 * the smallest package. It is thrown as soon as the prefix is read, before the package arrives
 * or anything is allocated for it. A server that words framing errors its own way (as the
 * testkit does the real server's) takes the {@link #length()} from it.
 */
public class FrameLengthException extends MalformedFrameException {
    private static final long serialVersionUID = 1L;

    private final int length;

    /** For the announced {@code length}, with the message saying what was wrong with it. */
    public FrameLengthException(int length, String message) {
        super(message);
        this.length = length;
    }

    /** The package length the prefix announced, as read (it may be negative). */
    public int length() {
        return length;
    }

    /** The copy {@link #copy()} makes: the same length and message, this as its cause. */
    private FrameLengthException(FrameLengthException original) {
        super(original.getMessage(), original);
        this.length = original.length;
    }

    @Override
    public FrameLengthException copy() {
        return new FrameLengthException(this);
    }
}
