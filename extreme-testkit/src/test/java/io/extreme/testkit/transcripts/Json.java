package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;

/** The JSON helpers the transcript code shares: one mapper, compact text, hex. */
final class Json {
    /** Strict JSON: trailing tokens are an error, so "{}x" is not taken for an object. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HexFormat HEX = HexFormat.of();

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** The compact text of {@code node}, as Jackson writes it (no spaces). */
    static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An indented rendering, for people. */
    static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tree as it would be read back from its text. Jackson's node equality is type-exact
     * (an int node never equals a long node of the same value); re-reading gives both sides of
     * a comparison the node types the parser chooses.
     */
    static JsonNode canonical(JsonNode node) {
        try {
            return MAPPER.readTree(compact(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }
}
