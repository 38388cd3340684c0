package io.extreme.testkit.transcripts;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The debugging replay through Maven, skipped unless asked for: replays the scenarios named in
 * {@code -Dtranscripts.replay} (comma-separated, or {@code all}) against a fresh testkit and
 * prints each normalised transcript next to the recorded one, entry by entry, as
 * {@link ReplayMain} does; the same text goes to {@code target/transcripts/replay.txt}.
 * {@code -Dtranscripts.protocol=3} replays under protocol 3 against a v3 testkit.
 *
 * <pre>
 * cd /work/main &amp;&amp; mvn -B -pl extreme-testkit -am test -Dtest=TranscriptDebugTest \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dtranscripts.replay=read-event
 * </pre>
 */
class TranscriptDebugTest {

    @Test
    void replayTheNamedScenarios() throws IOException {
        String names = System.getProperty("transcripts.replay");
        assumeTrue(names != null && !names.isBlank(), "set -Dtranscripts.replay=<scenario>[,<scenario>...] or all");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
            ReplayMain.replay(names.split(","), Integer.getInteger("transcripts.protocol", 4), null, Boolean.getBoolean("transcripts.raw"),
                    Boolean.getBoolean("transcripts.fullWaits"), out);
        }
        Path file = Path.of("target", "transcripts", "replay.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, text.toByteArray());
        System.out.println(text.toString(StandardCharsets.UTF_8));
        System.out.println("(also written to " + file.toAbsolutePath() + ")");
    }
}
