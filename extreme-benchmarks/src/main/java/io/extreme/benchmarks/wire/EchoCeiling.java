package io.extreme.benchmarks.wire;

import io.extreme.spi.TcpCommand;
import java.io.IOException;
import java.time.Duration;

/**
 * How many frames per second one connection gets through the selector loop when the loop only
 * echoes them (the ceiling of loop, sockets and kernel on this machine), and how many requests
 * per second the wire-speed server answers on the same loop: its own ceiling, which a client
 * benchmarked against it should stay well under. Both with {@value PipelinedClient#IN_FLIGHT}
 * frames in flight on one loopback connection, server and client in this one JVM.
 *
 * <p>Run: {@code java -cp extreme-benchmarks/target/extreme-benchmarks.jar
 * io.extreme.benchmarks.wire.EchoCeiling [--warmup SECONDS] [--seconds SECONDS]}.
 */
public final class EchoCeiling {
    private EchoCeiling() {
    }

    /** Prints one line per measurement: what was sent, its size, frames per second. */
    public static void main(String[] args) throws Exception {
        Duration warmup = Duration.ofSeconds(3);
        Duration measured = Duration.ofSeconds(5);
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(args[i + 1]));
                case "--seconds" -> measured = Duration.ofSeconds(Long.parseLong(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; expected --warmup, --seconds");
            }
        }
        byte[] write = CeilingFrames.writeEvents();
        byte[] page = CeilingFrames.page();
        byte[] read = CeilingFrames.readPage();
        System.out.printf("%d frames in flight, one connection, warm-up %ds, measured %ds%n",
                PipelinedClient.IN_FLIGHT, warmup.toSeconds(), measured.toSeconds());
        try (SelectorLoop echo = new SelectorLoop("echo-ceiling-server", 0, new EchoService())) {
            report("echo", "write-sized frame (" + write.length + " B)", echo.port(), write, TcpCommand.WRITE_EVENTS, warmup, measured);
            report("echo", "500-event page frame (" + page.length + " B)", echo.port(), page,
                    TcpCommand.READ_STREAM_EVENTS_FORWARD_COMPLETED, warmup, measured);
        }
        try (WireSpeedServer server = WireSpeedServer.start(WireOptions.DEFAULTS)) {
            report("wire-speed", "WriteEvents (" + write.length + " B) -> WriteEventsCompleted", server.port(), write,
                    TcpCommand.WRITE_EVENTS_COMPLETED, warmup, measured);
            report("wire-speed", "ReadStreamEventsForward 500 (" + read.length + " B) -> page (" + page.length + " B)",
                    server.port(), read, TcpCommand.READ_STREAM_EVENTS_FORWARD_COMPLETED, warmup, measured);
        }
    }

    private static void report(String server, String what, int port, byte[] request, int answer, Duration warmup,
            Duration measured) throws IOException, InterruptedException {
        PipelinedClient.Result result = PipelinedClient.measure(port, request, answer, warmup, measured);
        System.out.printf("%-10s %-70s %,12.0f frames/s%s%n", server, what, result.framesPerSecond(),
                result.unexpected() == 0 ? "" : "  (" + result.unexpected() + " answers of another command!)");
    }
}
