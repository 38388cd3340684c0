package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.extreme.spi.Guids;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For tests of the normaliser: turns a normalised transcript back into one a server could
 * have produced. Names get fresh values, event ids GUIDs, Pk positions the number 1000k,
 * {@code >=Pk} 1000k+500 and {@code >Pk} 1000(k+1) (the boundary: a "resume after" point equal
 * to the next record), Tk a log position; every event record gets timestamps and every
 * {@code $all} read a foreign event, all of which normalisation must undo.
 */
final class RawTranscripts {
    private static final Pattern EXACT = Pattern.compile("P(\\d+)");
    private static final Pattern NOW = Pattern.compile(">=P(\\d+)");
    private static final Pattern READ = Pattern.compile(">P(\\d+)");
    private static final Pattern TRANSACTION = Pattern.compile("T(\\d+)");

    private final Map<String, String> freshByName = new LinkedHashMap<>();
    private final Map<String, String> idsByName = new LinkedHashMap<>();

    RawTranscripts(Scenario scenario) {
        for (String name : TranscriptNormaliser.namesIn(scenario)) {
            freshByName.put(name, name + "-" + Integer.toHexString(name.hashCode() | 0x10000000));
        }
    }

    /** Fresh value to name, as a run's substitutions give it. */
    Map<String, String> freshValues() {
        Map<String, String> out = new LinkedHashMap<>();
        freshByName.forEach((name, value) -> out.put(value, name));
        return out;
    }

    /** Hex of our event ids to their names (not the server's #idN). */
    Map<String, String> eventIdNames() {
        Map<String, String> out = new LinkedHashMap<>();
        idsByName.forEach((name, hex) -> {
            if (!name.startsWith("#")) {
                out.put(hex, name);
            }
        });
        return out;
    }

    ObjectNode denormalise(ObjectNode transcript) {
        ObjectNode raw = transcript.deepCopy();
        TranscriptNormaliser.forEachMessage(raw, (msg, type) -> {
            if (type.getName().equals("EventRecord")) {
                msg.put("created", 638_000_000_000_000_000L).put("created_epoch", 1_700_000_000_000L);
            }
            if (type.getName().equals("ReadAllEventsCompleted") && msg.has("events")) {
                ObjectNode foreign = ((ArrayNode) msg.get("events")).insertObject(0);
                foreign.putObject("event").put("event_stream_id", "$stats-127.0.0.1:2113").put("event_number", 7)
                        .put("event_type", "$statsCollected");
                foreign.put("commit_position", 1).put("prepare_position", 1);
            }
        });
        return (ObjectNode) raw(raw, null);
    }

    private JsonNode raw(JsonNode node, String key) {
        if (node.isTextual()) {
            return rawText(node.asText(), key);
        }
        if (node.isArray()) {
            ArrayNode out = Json.NODES.arrayNode();
            node.forEach(element -> out.add(raw(element, key)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = Json.object();
            node.fields().forEachRemaining(e -> out.set(names(e.getKey()), raw(e.getValue(), e.getKey())));
            return out;
        }
        return node;
    }

    private JsonNode rawText(String text, String key) {
        if ("event_id".equals(key) || "processed_event_ids".equals(key)) {
            String hex = text.startsWith("$hex:") ? text.substring(5)
                    : idsByName.computeIfAbsent(text, n -> Json.hex(Guids.toBytes(UUID.randomUUID())));
            return Json.object().put("$id", hex);
        }
        if (key != null && key.endsWith("position")) {
            Matcher m;
            if ((m = NOW.matcher(text)).matches()) {
                return Json.NODES.numberNode(1000L * Long.parseLong(m.group(1)) + 500);
            }
            if ((m = READ.matcher(text)).matches()) {
                return Json.NODES.numberNode(1000L * (Long.parseLong(m.group(1)) + 1));
            }
            if ((m = EXACT.matcher(text)).matches()) {
                return Json.NODES.numberNode(1000L * Long.parseLong(m.group(1)));
            }
        }
        Matcher transaction = TRANSACTION.matcher(text);
        if ("transaction_id".equals(key) && transaction.matches()) {
            return Json.NODES.numberNode(9_000_000L + 3 * Long.parseLong(transaction.group(1)));
        }
        return Json.NODES.textNode(names(text).replace("<time>", "2024-01-02T03:04:05.1234567Z"));
    }

    private String names(String text) {
        String out = text;
        for (Map.Entry<String, String> fresh : freshByName.entrySet()) {
            out = out.replace("${" + fresh.getKey() + "}", fresh.getValue());
        }
        return out;
    }
}
