package io.extreme.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The measured figures of the fault tests: printed, and appended to
 * {@code target/reliability-figures.md}, from where they go into RELIABILITY.md.
 */
public final class Figures {
    private static final Path FILE = Path.of("target", "reliability-figures.md");

    private Figures() {
    }

    /** Prints one test's figures and appends them to the figures file. */
    public static synchronized void report(String test, String figures) {
        String line = "| " + test + " | " + figures + " | " + Instant.now() + " |";
        System.out.println("[reliability] " + test + ": " + figures);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[reliability] could not record the figures: " + e);
        }
    }
}
