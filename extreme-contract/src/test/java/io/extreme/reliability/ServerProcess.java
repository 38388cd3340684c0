package io.extreme.reliability;

import io.extreme.Endpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The testkit server in a process of its own, on loopback: for the load tests, whose figure is the
 * client's heap, which a server in the same JVM would blur (its store grows with every event).
 * Started from this JVM's class path with {@code TestkitMain}; its first line says where it listens.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (127\\.[0-9.]+):([0-9]+)");

    private final Process process;
    private final Endpoint endpoint;

    private ServerProcess(Process process, Endpoint endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts a server with {@code maxHeap} (e.g. {@code "1g"}) and waits up to 60 s for it to listen. */
    static ServerProcess start(String maxHeap) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx" + maxHeap, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "io.extreme.testkit.TestkitMain",
                "--host", "127.0.0.1", "--port", "0"))
                .redirectErrorStream(true)
                .start();
        CompletableFuture<Endpoint> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> echo(process, listening), "load-test-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerProcess(process, listening.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the testkit server process did not start listening", e);
        }
    }

    /** Reads the server's output to its end (so that it never blocks on a full pipe), noting where it listens. */
    private static void echo(Process process, CompletableFuture<Endpoint> listening) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher m = LISTENING.matcher(line);
                if (!listening.isDone() && m.find()) {
                    listening.complete(new Endpoint(m.group(1), Integer.parseInt(m.group(2))));
                } else if (!line.isBlank()) {
                    System.out.println("[testkit process] " + line);
                }
            }
        } catch (IOException e) {
            listening.completeExceptionally(e);
        }
        // Reached when the process ends: before it listened, that is the start's failure; after, nothing.
        listening.completeExceptionally(new IllegalStateException("the server process ended before it listened"));
    }

    Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
