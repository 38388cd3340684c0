package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import io.extreme.Endpoint;
import io.extreme.testkit.EmbeddedEventStore;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Debugging aid: replays named scenarios and prints, entry by entry, the normalised transcript
 * next to the recorded one ({@code !=} marks the entries that differ), then the report.
 * Through Maven, use {@link TranscriptDebugTest}; from an IDE or with the test class path:
 *
 * <pre>
 * java ... io.extreme.testkit.transcripts.ReplayMain read-event|all [--protocol 3|4] [--endpoint host:port]
 *     [--raw] [--full-waits]
 * </pre>
 *
 * {@code --protocol} (4 by default) chooses the protocol of the run and the recording compared
 * with. Without {@code --endpoint} it starts an {@link EmbeddedEventStore} speaking that
 * protocol; with it, it replays against that server (a running testkit, or a real EventStore 4.x,
 * or 3.x under protocol 3) with the README's full waits;
 * {@code --full-waits} uses them against the embedded server too (see {@link Exchange} on
 * probing). {@code --raw} also prints the transcript before normalisation.
 */
public final class ReplayMain {
    private ReplayMain() {
    }

    public static void main(String[] args) {
        List<String> names = new ArrayList<>();
        Endpoint endpoint = null;
        boolean raw = false;
        boolean fullWaits = false;
        int protocol = 4;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--endpoint" -> endpoint = Endpoint.parse(args[++i]);
                case "--protocol" -> protocol = Integer.parseInt(args[++i]);
                case "--raw" -> raw = true;
                case "--full-waits" -> fullWaits = true;
                default -> names.add(args[i]);
            }
        }
        if (names.isEmpty()) {
            System.err.println("usage: ReplayMain <scenario>... | all [--protocol 3|4] [--endpoint host:port] [--raw]"
                    + " [--full-waits]");
            System.exit(2);
        }
        replay(names.toArray(String[]::new), protocol, endpoint, raw, fullWaits, System.out);
    }

    /**
     * Replays {@code names} ({@code all} for every scenario recorded under {@code protocol})
     * against {@code endpoint}, or an embedded testkit speaking {@code protocol} when null.
     */
    static void replay(String[] names, int protocol, Endpoint endpoint, boolean raw, boolean fullWaits,
                       PrintStream out) {
        List<String> scenarios = new ArrayList<>();
        for (String name : names) {
            if (name.trim().equals("all")) {
                ScenarioLoader.names().stream().filter(n -> ScenarioLoader.hasRecorded(n, protocol))
                        .forEach(scenarios::add);
            } else {
                scenarios.add(name.trim());
            }
        }
        EmbeddedEventStore server = endpoint == null ? EmbeddedEventStore.builder().protocol(protocol).start() : null;
        try {
            Endpoint target = endpoint != null ? endpoint : server.endpoint();
            for (String name : scenarios) {
                long start = System.nanoTime();
                TranscriptReplay replay = TranscriptReplay.replay(ScenarioLoader.load(name), target, protocol,
                        server != null && !fullWaits);
                print(replay, raw, out);
                out.printf("(%s took %d ms)%n%n", name, (System.nanoTime() - start) / 1_000_000);
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    static void print(TranscriptReplay replay, boolean raw, PrintStream out) {
        out.println("#### " + replay.scenario().name() + " (protocol " + replay.protocol() + "): "
                + replay.scenario().description());
        Map<String, JsonNode> recorded = TranscriptComparator.keyed(TranscriptComparator.comparable(replay.recorded()));
        Map<String, JsonNode> ours = TranscriptComparator.keyed(TranscriptComparator.comparable(replay.normalised()));
        Set<String> keys = new LinkedHashSet<>(recorded.keySet());
        keys.addAll(ours.keySet());
        for (String key : keys) {
            JsonNode want = recorded.get(key);
            JsonNode got = ours.get(key);
            boolean same = want != null && want.equals(got);
            out.println((same ? "   " : "!= ") + key);
            out.println("     recorded: " + (want == null ? "(none)" : Json.compact(want)));
            out.println("     testkit:  " + (got == null ? "(none)" : Json.compact(got)));
        }
        out.println(replay.difference().map(report -> "DIFFERS\n" + report).orElse("MATCHES"));
        if (raw) {
            out.println("raw transcript:\n" + Json.pretty(replay.raw()));
        }
    }
}
