package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.extreme.spi.Guids;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a scenario names instead of spelling them (transcripts README, "Names"): fresh
 * stream and group names ({@code ${s1}} becomes {@code s1-3f09a2c4}), fresh event ids for bare
 * names in id fields ({@code "e1"}, sent in .NET byte order), and references into the first
 * reply of an earlier step ({@code ${w1.commit_position}}). One instance serves one run, so
 * reusing a name reuses its value; the normaliser gets the maps back to undo the names.
 */
final class Substitutions {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern SEGMENT = Pattern.compile("([^\\[\\]]+)((?:\\[\\d+])*)");

    private final Map<String, String> freshNames = new LinkedHashMap<>();
    private final Map<String, byte[]> eventIds = new LinkedHashMap<>();
    private final Map<String, JsonNode> replies = new HashMap<>();

    /** A reference that cannot be resolved: the step has no reply, or the path leads nowhere. */
    static final class UnresolvedReference extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnresolvedReference(String message) {
            super(message);
        }
    }

    /**
     * The value of {@code text}: when it is exactly one reference, the referenced value with
     * its JSON type (so numeric fields take it); otherwise the text with every placeholder
     * replaced.
     */
    JsonNode value(String text) {
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches() && whole.group(1).contains(".")) {
            return reference(whole.group(1));
        }
        return TextNode.valueOf(text(text));
    }

    /** {@code text} with every {@code ${name}} and {@code ${step.path}} replaced by its value. */
    String text(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String inner = matcher.group(1);
            String value = inner.contains(".") ? asText(reference(inner)) : fresh(inner);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The fresh value of {@code name}, made on first use: the name, a dash and 8 random hex digits. */
    String fresh(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad fresh name ${" + name + "}");
        }
        return freshNames.computeIfAbsent(name,
                n -> n + "-" + String.format("%08x", ThreadLocalRandom.current().nextInt()));
    }

    /** The 16 .NET-order bytes of the event id named {@code name}, made on first use. */
    byte[] eventId(String name) {
        return eventIds.computeIfAbsent(name, n -> Guids.toBytes(UUID.randomUUID())).clone();
    }

    /** Remembers the first reply of the step {@code stepId} for later references. */
    void reply(String stepId, JsonNode msg) {
        replies.putIfAbsent(stepId, msg);
    }

    /** Fresh value to name, e.g. {@code s1-3f09a2c4 -> s1}. */
    Map<String, String> freshValues() {
        Map<String, String> byValue = new LinkedHashMap<>();
        freshNames.forEach((name, value) -> byValue.put(value, name));
        return Collections.unmodifiableMap(byValue);
    }

    /** Hex of an event id we made to its name, e.g. {@code 3322...ff -> e1}. */
    Map<String, String> eventIdNames() {
        Map<String, String> byHex = new LinkedHashMap<>();
        eventIds.forEach((name, id) -> byHex.put(Json.hex(id), name));
        return Collections.unmodifiableMap(byHex);
    }

    private JsonNode reference(String path) {
        String[] segments = path.split("\\.");
        JsonNode node = replies.get(segments[0]);
        if (node == null) {
            throw new UnresolvedReference("${" + path + "}: no reply from step '" + segments[0] + "'");
        }
        for (int i = 1; i < segments.length; i++) {
            Matcher segment = SEGMENT.matcher(segments[i]);
            if (!segment.matches()) {
                throw new IllegalArgumentException("${" + path + "}: bad path segment " + segments[i]);
            }
            node = node.get(segment.group(1));
            for (String index : segment.group(2).replace("]", "").split("\\[")) {
                if (!index.isEmpty() && node != null) {
                    node = node.get(Integer.parseInt(index));
                }
            }
            if (node == null) {
                throw new UnresolvedReference("${" + path + "}: the reply of '" + segments[0]
                        + "' has no " + segments[i] + " (reply: " + Json.compact(replies.get(segments[0])) + ")");
            }
        }
        return node;
    }

    private static String asText(JsonNode node) {
        return node.isValueNode() ? node.asText() : Json.compact(node);
    }
}
