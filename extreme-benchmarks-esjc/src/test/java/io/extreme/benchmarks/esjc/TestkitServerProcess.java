package io.extreme.benchmarks.esjc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The testkit server jar in a JVM of its own, as the benchmark run uses it. A process, not the
 * embedded class: the testkit needs protobuf 3 and esjc protobuf 2, which cannot share a class
 * path.
 */
final class TestkitServerProcess implements AutoCloseable {
    /** Where the testkit module builds its server jar, seen from this module's directory. */
    static final Path JAR = Path.of(System.getProperty("user.dir"))
            .resolve("../extreme-testkit/target/extreme-testkit-server.jar").normalize();
    private static final Pattern ENDPOINT = Pattern.compile("127\\.0\\.0\\.1:\\d+");

    private final Process process;
    private final String endpoint;

    private TestkitServerProcess(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static boolean jarBuilt() {
        return Files.isRegularFile(JAR);
    }

    /** Starts the server on a port the kernel picks and waits, with a deadline, for the line naming it. */
    static TestkitServerProcess start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process, endpoint), "testkit-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new TestkitServerProcess(process, endpoint.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Reads everything the server prints (so its pipe never fills), noting the endpoint line. */
    private static void readOutput(Process process, CompletableFuture<String> endpoint) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher matcher = ENDPOINT.matcher(line);
                if (!endpoint.isDone() && matcher.find()) {
                    endpoint.complete(matcher.group());
                }
            }
            endpoint.completeExceptionally(new IllegalStateException("the server exited before listening"));
        } catch (IOException e) {
            endpoint.completeExceptionally(e);
        }
    }

    String endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
        }
    }
}
