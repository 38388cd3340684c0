package io.extreme.benchmarks.wire;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * The client side of {@link EchoCeiling}: one connection sending the same frame again and again,
 * {@value #IN_FLIGHT} in flight at once, and counting the frames that come back. A writer thread
 * sends as many frames as the window has room for in one write; the calling thread reads and
 * opens the window by the frames it read. Nothing is parsed but each answer's length and command.
 */
final class PipelinedClient {
    /** Frames sent and not yet answered, at most. */
    static final int IN_FLIGHT = 100;
    private static final int READ_BYTES = 4 << 20;

    /** What a run measured: answers per second, and how many answers had another command than expected. */
    record Result(double framesPerSecond, long frames, long unexpected) {
    }

    private PipelinedClient() {
    }

    /**
     * Sends {@code request} (a whole frame, length prefix included) to 127.0.0.1:{@code port} for
     * {@code warmup} and then {@code measured}, counting the answers in the second part only.
     */
    static Result measure(int port, byte[] request, int expectedCommand, Duration warmup, Duration measured)
            throws IOException, InterruptedException {
        try (SocketChannel channel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            Semaphore window = new Semaphore(IN_FLIGHT);
            // The thread's one job: keep the window full; it ends when the channel closes.
            Thread writer = new Thread(() -> send(channel, request, window), "ceiling-writer");
            writer.setDaemon(true);
            writer.start();
            try {
                return receive(channel, expectedCommand, window, warmup, measured);
            } finally {
                channel.close();
                writer.interrupt();
                writer.join(10_000);
            }
        }
    }

    private static void send(SocketChannel channel, byte[] request, Semaphore window) {
        ByteBuffer frames = ByteBuffer.allocateDirect(request.length * IN_FLIGHT);
        for (int i = 0; i < IN_FLIGHT; i++) {
            frames.put(request);
        }
        try {
            while (channel.isOpen()) {
                window.acquire();
                int count = 1 + window.drainPermits();
                frames.clear().limit(count * request.length);
                while (frames.hasRemaining()) {
                    channel.write(frames);
                }
            }
        } catch (IOException | InterruptedException e) {
            // The run is over: the channel was closed under the write.
        }
    }

    private static Result receive(SocketChannel channel, int expectedCommand, Semaphore window, Duration warmup,
            Duration measured) throws IOException {
        ByteBuffer in = ByteBuffer.allocateDirect(READ_BYTES);
        ByteBuffer header = ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN); // length prefix and command
        long skip = 0;
        long frames = 0;
        long unexpected = 0;
        long start = System.nanoTime() + warmup.toNanos();
        long end = start + measured.toNanos();
        long framesAtStart = -1;
        while (true) {
            in.clear();
            if (channel.read(in) < 0) {
                throw new IOException("the server closed the connection after " + frames + " answers");
            }
            in.flip();
            int answered = 0;
            while (in.hasRemaining()) {
                if (skip > 0) {
                    int bytes = (int) Math.min(skip, in.remaining());
                    in.position(in.position() + bytes);
                    skip -= bytes;
                } else {
                    header.put(in.get());
                    if (header.hasRemaining()) {
                        continue;
                    }
                    skip = header.getInt(0) - 1L; // the command byte is read already
                    if ((header.get(4) & 0xFF) != expectedCommand) {
                        unexpected++;
                    }
                    header.clear();
                }
                if (skip == 0 && header.position() == 0) {
                    answered++;
                }
            }
            frames += answered;
            window.release(answered);
            long now = System.nanoTime();
            if (framesAtStart < 0 && now >= start) {
                framesAtStart = frames;
                start = now;
                end = now + measured.toNanos();
            } else if (framesAtStart >= 0 && now >= end) {
                long counted = frames - framesAtStart;
                return new Result(counted * 1e9 / (now - start), counted, unexpected);
            }
        }
    }
}
