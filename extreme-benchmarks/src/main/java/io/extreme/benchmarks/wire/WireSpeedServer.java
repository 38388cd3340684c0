package io.extreme.benchmarks.wire;

import java.io.IOException;

/**
 * An EventStore TCP endpoint on 127.0.0.1 that costs as little CPU as it can, for benchmarks of
 * clients: one selector thread, many connections, every answer written at once from pre-encoded
 * bytes with the request's correlation id copied in (no protobuf message built or parsed).
 *
 * <ul>
 *   <li>IdentifyClient → ClientIdentified, Authenticate → Authenticated, HeartbeatRequest →
 *       HeartbeatResponse, Ping → Pong (payload echoed); credentials are not checked.</li>
 *   <li>WriteEvents → WriteEventsCompleted, Success, numbered on from one counter per stream id
 *       (shared by all connections), positions on from one log position per server.</li>
 *   <li>ReadStreamEventsForward → a page of up to 4,096 events of one stream of
 *       {@code --stream-length} events, whatever its name: 256 bytes of binary data, type
 *       {@code bench-event}, next and last event number and end of stream as a real server
 *       gives them. Pages are built the first time they are asked for and kept.</li>
 *   <li>SubscribeToStream → SubscriptionConfirmation (last event number {@code stream-length - 1}),
 *       then StreamEventAppeared pushes numbered from {@code stream-length} on, at
 *       {@code --push-rate} per second (0: as fast as the socket takes). <b>The first 8 bytes of
 *       each pushed event's data are the server's {@link System#nanoTime()}, big endian</b>, taken
 *       as the push is written into the connection's output, just before the socket write; for
 *       latency measurements by a client in the same machine's clock domain.
 *       UnsubscribeFromStream → SubscriptionDropped (Unsubscribed).</li>
 *   <li>Anything else → BadRequest with the request's correlation id; a bad frame length (under
 *       18 or over 64 MiB) or an authentication section that does not fit closes the connection.</li>
 * </ul>
 *
 * <p>Output per connection is bounded (see {@link WireConnection}): a connection whose output
 * cannot drain is not read until it does.
 *
 * <p>Run: {@code java -cp extreme-benchmarks/target/extreme-benchmarks.jar
 * io.extreme.benchmarks.wire.WireSpeedServer --port 0 [--stream-length N] [--push-rate N]}.
 */
public final class WireSpeedServer implements AutoCloseable {
    private final SelectorLoop loop;

    private WireSpeedServer(SelectorLoop loop) {
        this.loop = loop;
    }

    /** Starts a server with {@code options}; it serves on its own thread until closed. */
    public static WireSpeedServer start(WireOptions options) throws IOException {
        return new WireSpeedServer(new SelectorLoop("wire-speed-server", options.port(), new WireSpeedService(options)));
    }

    /** The port it listens on, on 127.0.0.1. */
    public int port() {
        return loop.port();
    }

    /** {@code 127.0.0.1:port}. */
    public String endpoint() {
        return "127.0.0.1:" + port();
    }

    /** Stops serving and closes every connection. */
    @Override
    public void close() throws InterruptedException {
        loop.close();
    }

    /** Serves until killed; prints {@code wire-speed server listening on 127.0.0.1:PORT} once listening. */
    public static void main(String[] args) throws IOException {
        WireOptions options;
        try {
            options = WireOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: WireSpeedServer [--port N] [--stream-length N] [--push-rate N]");
            System.exit(2);
            return;
        }
        WireSpeedServer server = start(options);
        System.out.println("wire-speed server listening on " + server.endpoint());
        System.out.println("stream length " + options.streamLength() + ", push rate "
                + (options.pushRate() == 0 ? "as fast as the socket takes" : options.pushRate() + " events/s"));
        System.out.flush();
    }
}
