package io.extreme.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the client logs while a test runs: slf4j-simple (the contract module's logger) writes to
 * {@code System.err} as it is at each line, so this puts a tee there, keeping the output as it
 * was and a copy for the test. One test at a time: surefire runs this module's classes one after
 * another in one JVM. Where the logger writes to a file instead
 * ({@code org.slf4j.simpleLogger.logFile}, as in the secrets-in-logs run), the lines are read
 * from what the file gained since.
 */
final class LogLines implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private final Path file = logFile();
    private final long fileStart = size(file);

    LogLines() {
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (copy) {
                    copy.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                synchronized (copy) {
                    copy.write(bytes, offset, length);
                }
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    /** Whether a line logged so far holds every one of {@code parts}. */
    boolean has(String... parts) {
        String text;
        synchronized (copy) {
            text = copy.toString(StandardCharsets.UTF_8);
        }
        text += fileSinceStart();
        return text.lines().anyMatch(line -> {
            for (String part : parts) {
                if (!line.contains(part)) {
                    return false;
                }
            }
            return true;
        });
    }

    private static Path logFile() {
        String name = System.getProperty("org.slf4j.simpleLogger.logFile", "System.err");
        return name.equals("System.err") || name.equals("System.out") ? null : Path.of(name);
    }

    private static long size(Path file) {
        try {
            return file == null || !Files.exists(file) ? 0 : Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private String fileSinceStart() {
        if (file == null || !Files.exists(file)) {
            return "";
        }
        try {
            byte[] all = Files.readAllBytes(file);
            int from = (int) Math.min(fileStart, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
