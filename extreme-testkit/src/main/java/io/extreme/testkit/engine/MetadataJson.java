package io.extreme.testkit.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the JSON of {@code $metadata} and {@code $settings} events as the server does:
 * a reserved key with a value of the wrong JSON type makes the whole metadata void (the server
 * then applies none of it), values that make no sense ({@code $maxCount} 0, a negative
 * {@code $tb}) are ignored, and unknown keys are skipped.
 */
final class MetadataJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetadataJson() {
    }

    /** The metadata in {@code json}, or {@link StreamMetadata#EMPTY} when it does not parse. */
    static StreamMetadata parseStreamMetadata(byte[] json) {
        try {
            ObjectNode root = object(MAPPER.readTree(json));
            Long maxCount = null;
            Long maxAge = null;
            Long truncateBefore = null;
            Long cacheControl = null;
            Boolean tempStream = null;
            StreamAcl acl = null;
            for (Map.Entry<String, JsonNode> field : iterable(root)) {
                JsonNode value = field.getValue();
                switch (field.getKey()) {
                    case "$maxCount" -> maxCount = integer(value);
                    case "$maxAge" -> maxAge = integer(value);
                    case "$tb" -> truncateBefore = integer(value);
                    case "$cacheControl" -> cacheControl = integer(value);
                    case "$tmp" -> tempStream = bool(value);
                    case "$acl" -> acl = acl(value);
                    default -> { } // custom metadata: kept in the event, not acted on
                }
            }
            return new StreamMetadata(
                    maxCount != null && maxCount > 0 ? maxCount : null,
                    maxAge != null && maxAge > 0 ? maxAge : null,
                    truncateBefore != null && truncateBefore >= 0 ? truncateBefore : null,
                    cacheControl != null && cacheControl > 0 ? cacheControl : null,
                    tempStream, acl);
        } catch (IOException | IllegalArgumentException malformed) {
            return StreamMetadata.EMPTY;
        }
    }

    /** The settings in {@code json}, or {@link SystemSettings#DEFAULT} when they do not parse. */
    static SystemSettings parseSystemSettings(byte[] json) {
        try {
            ObjectNode root = object(MAPPER.readTree(json));
            JsonNode user = root.get("$userStreamAcl");
            JsonNode system = root.get("$systemStreamAcl");
            return new SystemSettings(user == null ? null : acl(user), system == null ? null : acl(system));
        } catch (IOException | IllegalArgumentException malformed) {
            return SystemSettings.DEFAULT;
        }
    }

    /**
     * {@code rawMetadata} with {@code $tb} set to {@code truncateBefore}, every other key kept in
     * place: how the server undeletes a soft-deleted stream. Null when the metadata is not a JSON
     * object, in which case the server leaves it alone.
     */
    static byte[] withTruncateBefore(byte[] rawMetadata, long truncateBefore) {
        try {
            ObjectNode root = object(MAPPER.readTree(rawMetadata));
            root.put("$tb", truncateBefore);
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException | IllegalArgumentException malformed) {
            return null;
        }
    }

    /** The metadata a soft delete writes: nothing but {@code marker}, the deleted-stream {@code $tb}. */
    static byte[] softDeleteMarker(long marker) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$tb", marker);
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static StreamAcl acl(JsonNode node) {
        ObjectNode acl = object(node);
        return new StreamAcl(roles(acl.get("$r")), roles(acl.get("$w")), roles(acl.get("$d")),
                roles(acl.get("$mr")), roles(acl.get("$mw")));
    }

    // A role list is one role as a string, or an array of them.
    private static List<String> roles(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return List.of(node.textValue());
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("roles must be a string or an array");
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode role : node) {
            if (!role.isTextual()) {
                throw new IllegalArgumentException("a role must be a string");
            }
            roles.add(role.textValue());
        }
        return List.copyOf(roles);
    }

    private static ObjectNode object(JsonNode node) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new IllegalArgumentException("not a JSON object");
    }

    private static long integer(JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("not an integer");
        }
        return node.longValue();
    }

    private static boolean bool(JsonNode node) {
        if (!node.isBoolean()) {
            throw new IllegalArgumentException("not a boolean");
        }
        return node.booleanValue();
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(ObjectNode node) {
        return node::fields;
    }
}
