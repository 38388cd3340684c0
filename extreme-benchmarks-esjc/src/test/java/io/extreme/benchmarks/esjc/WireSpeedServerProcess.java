package io.extreme.benchmarks.esjc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire-speed server of extreme-benchmarks in a JVM of its own, from that module's shaded
 * jar: a process, because its classes come with protobuf 3 and esjc needs protobuf 2.
 */
final class WireSpeedServerProcess implements AutoCloseable {
    /** Where extreme-benchmarks builds its jar, seen from this module's directory. */
    static final Path JAR = Path.of(System.getProperty("user.dir"))
            .resolve("../extreme-benchmarks/target/extreme-benchmarks.jar").normalize();
    private static final String MAIN = "io.extreme.benchmarks.wire.WireSpeedServer";
    private static final Pattern LISTENING = Pattern.compile("wire-speed server listening on (127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final String endpoint;

    private WireSpeedServerProcess(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static boolean jarBuilt() {
        return Files.isRegularFile(JAR);
    }

    /** Starts the server with {@code options} on a port the kernel picks; waits, with a deadline, for it to listen. */
    static WireSpeedServerProcess start(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR.toString(), MAIN, "--port", "0"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        // The thread's one job: drain the server's output, so its pipe never fills, noting the endpoint.
        Thread reader = new Thread(() -> readOutput(process, endpoint), "wire-speed-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new WireSpeedServerProcess(process, endpoint.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static void readOutput(Process process, CompletableFuture<String> endpoint) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher matcher = LISTENING.matcher(line);
                if (!endpoint.isDone() && matcher.find()) {
                    endpoint.complete(matcher.group(1));
                }
            }
            endpoint.completeExceptionally(new IllegalStateException("the wire-speed server exited before listening"));
        } catch (IOException e) {
            endpoint.completeExceptionally(e);
        }
    }

    String host() {
        return endpoint.substring(0, endpoint.lastIndexOf(':'));
    }

    int port() {
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
        }
    }
}
