package io.extreme.spi;

import io.extreme.UserCredentials;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The byte layout of a frame (PROTOCOL.md §1): a little-endian int32 length, then command,
 * flags, the 16-byte correlation id in .NET order, the optional authentication section and the
 * payload. Shared by every transport and by the testkit's server so that all of them agree to
 * the byte; {@link FrameDecoder} takes a stream apart with it and {@link FrameEncoder} packs one.
 */
public final class FrameFormat {
    /** Bytes of the length prefix. */
    public static final int LENGTH_PREFIX = 4;
    /** Command, flags and correlation id: the smallest legal package. */
    public static final int HEADER = 18;
    /** The largest package a real server accepts: 64 MiB. */
    public static final int DEFAULT_MAX_FRAME_LENGTH = 64 * 1024 * 1024;

    private FrameFormat() {
    }

    /**
     * The authentication section last written, for the credentials it was written for: a client
     * sends the same credentials object on frame after frame, and the section is then encoded
     * once rather than twice per frame and measured again each time a length is asked.
     */
    private static volatile AuthSection lastSection;

    private record AuthSection(UserCredentials credentials, byte[] bytes) {
    }

    /** The package length of {@code frame}: everything after the length prefix. */
    public static int packageLength(Frame frame) {
        int length = HEADER + frame.payload().length;
        UserCredentials credentials = frame.credentials();
        if (credentials != null) {
            length += authSection(credentials).length;
        }
        return length;
    }

    /** The login and the password, each as a length byte and its UTF-8. */
    private static byte[] authSection(UserCredentials credentials) {
        AuthSection last = lastSection;
        if (last != null && last.credentials() == credentials) {
            return last.bytes();
        }
        byte[] login = credentials.login().getBytes(StandardCharsets.UTF_8);
        byte[] password = credentials.password().getBytes(StandardCharsets.UTF_8);
        byte[] section = new byte[2 + login.length + password.length];
        section[0] = (byte) login.length;
        System.arraycopy(login, 0, section, 1, login.length);
        section[1 + login.length] = (byte) password.length;
        System.arraycopy(password, 0, section, 2 + login.length, password.length);
        lastSection = new AuthSection(credentials, section);
        return section;
    }

    /**
     * Writes the length prefix and the package into {@code out}, which must have
     * {@code LENGTH_PREFIX + packageLength(frame)} bytes left.
     */
    public static void write(Frame frame, ByteBuffer out) {
        writeHeader(frame, out);
        out.put(frame.payload());
    }

    /**
     * Writes everything of {@code frame} but its payload into {@code out}: the length prefix,
     * which counts the whole package since the payload is to follow, the header and the
     * authentication section. {@code out} must have {@code LENGTH_PREFIX + packageLength(frame)}
     * less the payload's length bytes left. For a writer that streams a large payload after it.
     */
    public static void writeHeader(Frame frame, ByteBuffer out) {
        // Little-endian on the wire, whatever order the caller's buffer is in (left unchanged).
        int length = packageLength(frame);
        out.putInt(out.order() == ByteOrder.LITTLE_ENDIAN ? length : Integer.reverseBytes(length));
        out.put((byte) frame.command()).put((byte) frame.flags());
        Guids.write(frame.correlationId(), out);
        UserCredentials credentials = frame.credentials();
        if (credentials != null) {
            out.put(authSection(credentials));
        }
    }

    /** The frame with its length prefix, as one array. */
    public static byte[] toBytes(Frame frame) {
        ByteBuffer out = ByteBuffer.allocate(LENGTH_PREFIX + packageLength(frame));
        write(frame, out);
        return out.array();
    }

    /**
     * Reads one package of {@code length} bytes (the length prefix already consumed) from
     * {@code in}, advancing it by {@code length}.
     *
     * @throws MalformedFrameException when the package is shorter than the header or its
     *     authentication section does not fit, or holds a login or password whose bytes are so far
     *     from UTF-8 that, decoded, it would not fit one again; with the server's own wording where
     *     it has one
     */
    public static Frame read(ByteBuffer in, int length) {
        int end = in.position() + length;
        Frame head = readHead(in, length);
        byte[] payload = new byte[end - in.position()];
        in.get(payload);
        return new Frame(head.command(), head.flags(), head.correlationId(), head.credentials(), payload);
    }

    /** The most bytes a header and an authentication section can take: two 255-byte strings. */
    public static final int MAX_HEAD = HEADER + 2 + 2 * UserCredentials.MAX_UTF8_BYTES;

    /**
     * The bytes of the header and authentication section of the package at {@code in}'s position,
     * or -1 while {@code in} does not hold enough of it to tell; {@code in} is left as it is. For a
     * reader that reads a large payload straight into an array of its own after
     * {@link #readHead}.
     */
    public static int headLength(ByteBuffer in) {
        int at = in.position();
        if (in.remaining() < HEADER) {
            return -1;
        }
        if ((in.get(at + 1) & Frame.FLAG_AUTHENTICATED) == 0) {
            return HEADER;
        }
        if (in.remaining() < HEADER + 1) {
            return -1;
        }
        int passwordLengthAt = HEADER + 1 + (in.get(at + HEADER) & 0xFF);
        if (in.remaining() < passwordLengthAt + 1) {
            return -1;
        }
        int head = passwordLengthAt + 1 + (in.get(at + passwordLengthAt) & 0xFF);
        return in.remaining() < head ? -1 : head;
    }

    /**
     * Reads the header and authentication section of a package of {@code length} bytes (the length
     * prefix already consumed) from {@code in}, advancing past them, as {@link #read} does: the
     * frame it returns has an empty payload, the rest of the package is the caller's to read.
     *
     * @throws MalformedFrameException as {@link #read}
     */
    public static Frame readHead(ByteBuffer in, int length) {
        if (length < HEADER) {
            throw new MalformedFrameException("Package is too short: " + length + " bytes, at least " + HEADER + " needed.");
        }
        int command = in.get() & 0xFF;
        int flags = in.get() & 0xFF;
        byte[] id = new byte[Guids.LENGTH];
        in.get(id);
        UserCredentials credentials = null;
        if ((flags & Frame.FLAG_AUTHENTICATED) != 0) {
            if (length < HEADER + 2) {
                throw new MalformedFrameException("Login length is too big, it doesn't fit into TcpPackage.");
            }
            credentials = readCredentials(in, length);
        }
        return new Frame(command, flags, Guids.read(id, 0), credentials, null);
    }

    private static UserCredentials readCredentials(ByteBuffer in, int length) {
        int loginLength = in.get() & 0xFF;
        // The server's own check: the login and the password length byte must leave room after them.
        if (HEADER + 1 + loginLength + 1 >= length) {
            throw new MalformedFrameException("Login length is too big, it doesn't fit into TcpPackage.");
        }
        String login = getString(in, loginLength);
        int passwordLength = in.get() & 0xFF;
        if (HEADER + 1 + loginLength + 1 + passwordLength > length) {
            throw new MalformedFrameException("Password length is too big, it doesn't fit into TcpPackage.");
        }
        String password = getString(in, passwordLength);
        try {
            return UserCredentials.of(login, password);
        } catch (IllegalArgumentException tooLong) {
            // Bytes that are not UTF-8 decode to U+FFFD, three bytes each: 255 such bytes make a
            // login that no authentication section could carry (found by FrameDecoderFuzzTest).
            // Unconfirmed: what a real server answers (it decodes as leniently, then likely refuses
            // the login with NotAuthenticated); the transcripts send no such bytes.
            throw new MalformedFrameException("The authentication section is not UTF-8: " + tooLong.getMessage(), tooLong);
        }
    }

    private static String getString(ByteBuffer in, int length) {
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
