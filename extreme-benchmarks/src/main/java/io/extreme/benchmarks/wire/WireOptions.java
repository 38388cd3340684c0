package io.extreme.benchmarks.wire;

/**
 * What the wire-speed server serves: its port, the length of the stream every read sees, and how
 * fast it pushes to a subscription.
 *
 * @param port         the port on 127.0.0.1; 0 lets the kernel pick one
 * @param streamLength events of the stream reads see, numbered 0 to streamLength - 1, whatever
 *                     its name
 * @param pushRate     events per second pushed to each subscription; 0 pushes as fast as the
 *                     connection's socket takes them
 */
public record WireOptions(int port, long streamLength, long pushRate) {
    /** Events of the stream reads see unless {@code --stream-length} says otherwise. */
    public static final long DEFAULT_STREAM_LENGTH = 100_000;
    /** Pushes per second unless {@code --push-rate} says otherwise: as fast as the socket takes. */
    public static final long DEFAULT_PUSH_RATE = 0;
    /** The options of {@code main} without arguments: a port the kernel picks. */
    public static final WireOptions DEFAULTS = new WireOptions(0, DEFAULT_STREAM_LENGTH, DEFAULT_PUSH_RATE);

    public WireOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (streamLength < 0) {
            throw new IllegalArgumentException("stream length must be 0 or more, was " + streamLength);
        }
        if (pushRate < 0) {
            throw new IllegalArgumentException("push rate must be 0 or more, was " + pushRate);
        }
    }

    /** Reads {@code --port N}, {@code --stream-length N} and {@code --push-rate N}, in any order. */
    public static WireOptions parse(String... args) {
        int port = DEFAULTS.port;
        long streamLength = DEFAULTS.streamLength;
        long pushRate = DEFAULTS.pushRate;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("no value after " + name);
            }
            String value = args[++i].replace("_", "").replace(",", "");
            switch (name) {
                case "--port" -> port = Integer.parseInt(value);
                case "--stream-length" -> streamLength = Long.parseLong(value);
                case "--push-rate" -> pushRate = Long.parseLong(value);
                default -> throw new IllegalArgumentException(
                        "unknown option " + name + "; expected --port, --stream-length, --push-rate");
            }
        }
        return new WireOptions(port, streamLength, pushRate);
    }
}
