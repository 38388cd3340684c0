package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises a transcript by the README's rules 1 to 7, so that a second server can be
 * compared with the recorded one (rule 8, what is not compared, is the comparator's). It is
 * idempotent: a normalised transcript, such as a recorded one, comes back unchanged.
 */
final class TranscriptNormaliser {
    private static final Pattern ISO_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern STACK_LINE = Pattern.compile("(?m)^[ \\t]+at [^\\n]*(?:\\n|$)");
    private static final Pattern NAME = Pattern.compile("\\$\\{([A-Za-z0-9_-]+)}");

    private final Map<String, String> freshValues;
    private final Map<String, String> eventIdNames;
    private final Set<String> symbols = new LinkedHashSet<>();
    private final List<Map.Entry<String, String>> replacements = new ArrayList<>();

    /**
     * @param freshValues  fresh name value to name ({@code s1-3f09a2c4 -> s1})
     * @param eventIdNames hex of each event id we made to its name
     * @param names        every name of the scenario, for the {@code $all} filter
     */
    TranscriptNormaliser(Map<String, String> freshValues, Map<String, String> eventIdNames, Set<String> names) {
        this.freshValues = freshValues;
        this.eventIdNames = eventIdNames;
        names.forEach(name -> symbols.add("${" + name + "}"));
        freshValues.values().forEach(name -> symbols.add("${" + name + "}"));
        freshValues.forEach((value, name) -> replacements.add(Map.entry(value, "${" + name + "}")));
        // Longest first, so that a value never loses a prefix to a shorter one.
        replacements.sort((a, b) -> b.getKey().length() - a.getKey().length());
    }

    /** A normaliser for the run of a scenario. */
    static TranscriptNormaliser of(ScenarioRunner.Run run) {
        return new TranscriptNormaliser(run.substitutions().freshValues(), run.substitutions().eventIdNames(),
                namesIn(run.scenario()));
    }

    /** A normaliser for already normalised transcripts of {@code scenario} (no values of a run). */
    static TranscriptNormaliser forRecorded(Scenario scenario) {
        return new TranscriptNormaliser(Map.of(), Map.of(), namesIn(scenario));
    }

    /** The fresh names a scenario uses: every {@code ${name}} without a dot. */
    static Set<String> namesIn(Scenario scenario) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = NAME.matcher(Json.compact(Json.MAPPER.valueToTree(scenario.steps())));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** A normalised copy of {@code transcript}. */
    ObjectNode normalise(ObjectNode transcript) {
        ObjectNode out = (ObjectNode) strings(transcript.deepCopy());
        PositionTokens tokens = new PositionTokens();
        forEachMessage(out, (msg, type) -> tokens.collect(msg, type, symbols));
        Map<String, String> serverIds = new LinkedHashMap<>();
        ids(out, serverIds);
        forEachMessage(out, tokens::tokenise);
        return out;
    }

    /** Rules 1 (names), 2 (times in texts) and 3 (.NET stack traces) on every string and key. */
    private JsonNode strings(JsonNode node) {
        if (node.isTextual()) {
            return Json.NODES.textNode(text(node.asText()));
        }
        if (node.isArray()) {
            ArrayNode array = Json.NODES.arrayNode();
            node.forEach(element -> array.add(strings(element)));
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = Json.object();
            node.fields().forEachRemaining(e -> object.set(text(e.getKey()), strings(e.getValue())));
            return object;
        }
        return node;
    }

    private String text(String text) {
        String out = text;
        for (Map.Entry<String, String> replacement : replacements) {
            out = out.replace(replacement.getKey(), replacement.getValue());
        }
        out = ISO_TIME.matcher(out).replaceAll("<time>");
        return STACK_LINE.matcher(out).replaceAll("");
    }

    /** Rule 1 for ids: ours become their names, the server's 16-byte ids #id1.., others $hex:... */
    private JsonNode ids(JsonNode node, Map<String, String> serverIds) {
        if (node.isObject() && node.size() == 1 && node.has("$id")) {
            String hex = node.get("$id").asText();
            String name = eventIdNames.get(hex);
            if (name != null) {
                return Json.NODES.textNode(name);
            }
            if (hex.length() == 32) {
                return Json.NODES.textNode(serverIds.computeIfAbsent(hex, h -> "#id" + (serverIds.size() + 1)));
            }
            return Json.NODES.textNode("$hex:" + hex);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, ids(node.get(i), serverIds));
            }
        } else if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                ((ObjectNode) node).set(key, ids(node.get(key), serverIds));
            }
        }
        return node;
    }

    /** Visits every protobuf message of every frame (sent, received, racy, unawaited), with its type. */
    static void forEachMessage(ObjectNode transcript, BiConsumer<ObjectNode, Descriptor> visitor) {
        Consumer<JsonNode> frame = f -> {
            if (f.isObject() && f.has("cmd") && f.get("msg") instanceof ObjectNode msg) {
                type(f).ifPresent(type -> walk(msg, type, visitor));
            }
        };
        for (JsonNode entry : transcript.path("entries")) {
            frame.accept(entry.path("send"));
            entry.path("recv").forEach(frame);
            entry.path("racy_before_close").forEach(frame);
            entry.path("unawaited").forEach(frames -> frames.forEach(frame));
        }
    }

    private static Optional<Descriptor> type(JsonNode frame) {
        if (frame.has("message_type")) {
            return Optional.of(Commands.message(frame.get("message_type").asText()));
        }
        try {
            return Commands.messageOf(Commands.codeOf(frame.get("cmd").asText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Calls {@code visitor} on {@code msg}, then on its nested messages (after the visitor changed it). */
    private static void walk(ObjectNode msg, Descriptor type, BiConsumer<ObjectNode, Descriptor> visitor) {
        visitor.accept(msg, type);
        for (FieldDescriptor field : type.getFields()) {
            JsonNode value = msg.get(field.getName());
            if (value == null || field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            if (value instanceof ObjectNode nested) {
                walk(nested, field.getMessageType(), visitor);
            } else if (value.isArray()) {
                value.forEach(element -> {
                    if (element instanceof ObjectNode nested) {
                        walk(nested, field.getMessageType(), visitor);
                    }
                });
            }
        }
    }
}
