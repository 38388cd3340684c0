package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the scenarios and the recorded transcripts from the test resources
 * ({@code transcripts/scenarios/}). Scenario files allow {@code //} comments and trailing
 * commas; an unknown key anywhere is refused so that a typo fails loudly instead of silently
 * changing what a scenario does.
 */
final class ScenarioLoader {
    /** The resource folder holding {@code *.scenario.json} and {@code *.vN.transcript.json}. */
    static final String FOLDER = "transcripts/scenarios/";

    private static final ObjectMapper SCENARIO_MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    /** The top level of a scenario file, before defaults. */
    private record ScenarioFile(String description, List<Integer> protocols, Boolean identify,
                                Integer replyTimeoutMs, Integer endWaitMs, List<Scenario.Step> steps) {
    }

    private ScenarioLoader() {
    }

    /** Parses a scenario from its JSON text; {@code name} is the file name without its suffix. */
    static Scenario parse(String name, String json) {
        try {
            ScenarioFile file = SCENARIO_MAPPER.readValue(json, ScenarioFile.class);
            Scenario scenario = new Scenario(name, file.description(), file.protocols(),
                    file.identify() == null || file.identify(),
                    file.replyTimeoutMs() == null ? 5000 : file.replyTimeoutMs(),
                    file.endWaitMs() == null ? 300 : file.endWaitMs(), file.steps());
            for (int i = 0; i < scenario.steps().size(); i++) {
                try {
                    scenario.steps().get(i).kind();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("step " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
            return scenario;
        } catch (IOException e) {
            throw new IllegalArgumentException("scenario " + name + " does not parse: " + e.getMessage(), e);
        }
    }

    /** Loads the scenario {@code name} from the test resources. */
    static Scenario load(String name) {
        return parse(name, read(FOLDER + name + ".scenario.json"));
    }

    /** The recorded transcript of {@code name} under {@code protocol}, as a JSON tree. */
    static ObjectNode recorded(String name, int protocol) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(read(FOLDER + name + ".v" + protocol + ".transcript.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a transcript of {@code name} was recorded under {@code protocol}. */
    static boolean hasRecorded(String name, int protocol) {
        return resource(FOLDER + name + ".v" + protocol + ".transcript.json") != null;
    }

    /** The names of every scenario in the resources, sorted. */
    static List<String> names() {
        URL readme = resource(FOLDER);
        if (readme == null) {
            throw new IllegalStateException("no " + FOLDER + " on the test class path");
        }
        try (Stream<Path> files = Files.list(Path.of(readme.toURI()))) {
            return files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".scenario.json"))
                    .map(file -> file.substring(0, file.length() - ".scenario.json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL resource(String path) {
        return ScenarioLoader.class.getClassLoader().getResource(path);
    }

    private static String read(String path) {
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
