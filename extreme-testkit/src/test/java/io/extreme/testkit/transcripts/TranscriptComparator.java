package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a normalised transcript with the recorded one as JSON trees, entry by entry
 * (entries are matched by step number, connects by connection and order), leaving out what
 * rule 8 does not compare: racy frames and the details of timeout events. The report names the
 * scenario, the step and the first differing path, with the expected and actual fragments
 * one above the other, enough to fix the server from the message alone.
 */
final class TranscriptComparator {
    private TranscriptComparator() {
    }

    /** Empty when the transcripts match, else a report of the differences. */
    static Optional<String> differences(String scenario, ObjectNode expected, ObjectNode actual) {
        Map<String, JsonNode> want = keyed(comparable(expected));
        Map<String, JsonNode> got = keyed(comparable(actual));
        List<String> differing = new ArrayList<>();
        StringBuilder first = new StringBuilder();
        Set<String> keys = new LinkedHashSet<>(want.keySet());
        keys.addAll(got.keySet());
        for (String key : keys) {
            JsonNode expectedEntry = want.get(key);
            JsonNode actualEntry = got.get(key);
            if (expectedEntry != null && expectedEntry.equals(actualEntry)) {
                continue;
            }
            String path = expectedEntry == null || actualEntry == null ? "" : firstDifference(expectedEntry, actualEntry, "");
            differing.add(key + (path.isEmpty() ? "" : " at " + path));
            if (first.isEmpty()) {
                describe(first, scenario, key, path, expectedEntry, actualEntry);
            }
        }
        if (differing.isEmpty()) {
            return Optional.empty();
        }
        if (differing.size() > 1) {
            first.append("\n  ").append(differing.size() - 1).append(" more: ")
                    .append(String.join("; ", differing.subList(1, differing.size())));
        }
        return Optional.of(first.toString());
    }

    private static void describe(StringBuilder out, String scenario, String key, String path,
                                 JsonNode expected, JsonNode actual) {
        out.append("scenario ").append(scenario).append(", ").append(key);
        JsonNode send = (expected != null ? expected : actual).path("send");
        if (send.has("cmd")) {
            out.append(" (").append(send.get("cmd").asText()).append(")");
        }
        if (expected == null || actual == null) {
            out.append(expected == null ? ": an entry the real server's transcript does not have"
                    : ": the entry is missing").append("\n  expected: ").append(compact(expected))
                    .append("\n  actual:   ").append(compact(actual));
            return;
        }
        String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        out.append(", first difference at ").append(path);
        if (!head.startsWith("send") && send.has("cmd")) {
            out.append("\n  sent:     ").append(compact(send));
        }
        out.append("\n  expected: ").append(compact(fragment(expected, head)))
                .append("\n  actual:   ").append(compact(fragment(actual, head)));
        if (!path.equals(head)) {
            // In a long frame the two values at the path are what to look at first.
            out.append("\n  at ").append(path).append(": expected ").append(compact(at(expected, path)))
                    .append(", actual ").append(compact(at(actual, path)));
        }
    }

    /** The node at a path such as {@code recv[0].msg.events[1].event}, or null. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String segment : path.split("\\.")) {
            node = fragment(node, segment);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The part of an entry a path's first segment names: {@code recv[1]}, {@code send}, ... */
    private static JsonNode fragment(JsonNode entry, String head) {
        if (head.isEmpty()) {
            return entry;
        }
        int bracket = head.indexOf('[');
        JsonNode node = entry.get(bracket < 0 ? head : head.substring(0, bracket));
        if (node != null && bracket >= 0) {
            node = node.get(Integer.parseInt(head.substring(bracket + 1, head.length() - 1)));
        }
        return node;
    }

    /** The path of the first place where the two trees differ; null when they are equal. */
    static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (Objects.equals(expected, actual)) {
            return null;
        }
        if (expected == null || actual == null) {
            return path;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String found = firstDifference(expected.get(key), actual.get(key), path.isEmpty() ? key : path + "." + key);
                if (found != null) {
                    return found;
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                String found = firstDifference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return path;
    }

    /** Canonical number types, without racy frames, timeout events reduced to their kind. */
    static ObjectNode comparable(ObjectNode transcript) {
        ObjectNode out = (ObjectNode) Json.canonical(transcript);
        for (JsonNode entry : out.path("entries")) {
            ((ObjectNode) entry).remove("racy_before_close");
            for (JsonNode frame : entry.path("recv")) {
                if ("timeout".equals(frame.path("event").asText())) {
                    ((ObjectNode) frame).retain("event");
                }
            }
        }
        return out;
    }

    /** Entries by key: "step N", "connect cN #k" (k-th opening of that connection), "end". */
    static Map<String, JsonNode> keyed(ObjectNode transcript) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        Map<String, Integer> connects = new HashMap<>();
        for (JsonNode entry : transcript.path("entries")) {
            String key;
            if (entry.has("step")) {
                key = "step " + entry.get("step").asInt();
            } else if (entry.has("connect")) {
                String conn = entry.get("connect").asText();
                key = "connect " + conn + " #" + connects.merge(conn, 1, Integer::sum);
            } else if (entry.has("end")) {
                key = "end";
            } else {
                key = "entry " + out.size();
            }
            out.put(key, entry);
        }
        return out;
    }

    private static String compact(JsonNode node) {
        return node == null ? "(none)" : Json.compact(node);
    }

    /** For tests: an {@code entries} array as a transcript. */
    static ObjectNode transcript(ArrayNode entries) {
        ObjectNode out = Json.object().put("scenario", "test").put("protocol", 4);
        out.set("entries", entries);
        return out;
    }
}
