package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Rule 4 of the normalisation: bytes are shown as JSON when they are a JSON object or array
 * that re-serializes to exactly the same bytes, else as text when they are valid UTF-8
 * without control characters, else as {@code {"$hex": "..."}}. Equal renderings therefore
 * mean equal bytes.
 */
final class ByteRendering {
    private ByteRendering() {
    }

    /** The rendering of {@code bytes}. */
    static JsonNode render(byte[] bytes) {
        String text = utf8(bytes);
        if (text != null) {
            JsonNode json = json(text);
            if (json != null) {
                return json;
            }
            if (!hasControlCharacters(text)) {
                return TextNode.valueOf(text);
            }
        }
        return hex(bytes);
    }

    /** {@code {"$hex": "..."}}: bytes that are neither JSON nor text. */
    static JsonNode hex(byte[] bytes) {
        return Json.object().put("$hex", Json.hex(bytes));
    }

    /** The bytes a rendering stands for; the inverse of {@link #render}. */
    static byte[] bytes(JsonNode rendering) {
        if (rendering.isObject() && rendering.size() == 1 && rendering.has("$hex")) {
            return Json.unhex(rendering.get("$hex").asText());
        }
        String text = rendering.isTextual() ? rendering.asText() : Json.compact(rendering);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) {
        if (!text.startsWith("{") && !text.startsWith("[")) {
            return null;
        }
        try {
            JsonNode tree = Json.MAPPER.readTree(text);
            // Only what re-serializes byte for byte: anything else would hide a difference.
            return tree != null && tree.isContainerNode() && Json.compact(tree).equals(text) ? tree : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** C0 and C1 controls and DEL; tab, line feed and carriage return belong to text. */
    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean layout = c == '\t' || c == '\n' || c == '\r';
            if (!layout && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
                return true;
            }
        }
        return false;
    }
}
