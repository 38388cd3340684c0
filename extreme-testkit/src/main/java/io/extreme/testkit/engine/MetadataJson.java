package io.extreme.testkit.engine;

import io.extreme.internal.json.Json;
import io.extreme.internal.json.MetadataKeys;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the JSON of {@code $metadata} and {@code $settings} events as the server does:
 * a reserved key with a value of the wrong JSON type makes the whole metadata void (the server
 * then applies none of it), values that make no sense ({@code $maxCount} 0, a negative
 * {@code $tb}) are ignored, and unknown keys are skipped.
 *
 * <p>The JSON itself is parsed and written by the client's own reader ({@link Json}), with the
 * client's names of the reserved keys ({@link MetadataKeys}): what the testkit acts on is what the
 * client wrote, read the same way. Only the server's rules about what the values mean are here.
 */
final class MetadataJson {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private MetadataJson() {
    }

    /** The metadata in {@code json}, or {@link StreamMetadata#EMPTY} when it does not parse. */
    static StreamMetadata parseStreamMetadata(byte[] json) {
        try {
            Long maxCount = null;
            Long maxAge = null;
            Long truncateBefore = null;
            Long cacheControl = null;
            Boolean tempStream = null;
            StreamAcl acl = null;
            for (Map.Entry<String, Object> field : object(parse(json)).entrySet()) {
                Object value = field.getValue();
                switch (field.getKey()) {
                    case MetadataKeys.MAX_COUNT -> maxCount = integer(value);
                    case MetadataKeys.MAX_AGE -> maxAge = integer(value);
                    case MetadataKeys.TRUNCATE_BEFORE -> truncateBefore = integer(value);
                    case MetadataKeys.CACHE_CONTROL -> cacheControl = integer(value);
                    case MetadataKeys.TEMP_STREAM -> tempStream = bool(value);
                    case MetadataKeys.ACL -> acl = acl(value);
                    default -> { } // custom metadata: kept in the event, not acted on
                }
            }
            return new StreamMetadata(
                    maxCount != null && maxCount > 0 ? maxCount : null,
                    maxAge != null && maxAge > 0 ? maxAge : null,
                    truncateBefore != null && truncateBefore >= 0 ? truncateBefore : null,
                    cacheControl != null && cacheControl > 0 ? cacheControl : null,
                    tempStream, acl);
        } catch (IllegalArgumentException malformed) {
            return StreamMetadata.EMPTY;
        }
    }

    /** The settings in {@code json}, or {@link SystemSettings#DEFAULT} when they do not parse. */
    static SystemSettings parseSystemSettings(byte[] json) {
        try {
            Map<String, Object> root = object(parse(json));
            StreamAcl user = root.containsKey(MetadataKeys.USER_STREAM_ACL) ? acl(root.get(MetadataKeys.USER_STREAM_ACL)) : null;
            StreamAcl system = root.containsKey(MetadataKeys.SYSTEM_STREAM_ACL)
                    ? acl(root.get(MetadataKeys.SYSTEM_STREAM_ACL)) : null;
            return new SystemSettings(user, system);
        } catch (IllegalArgumentException malformed) {
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
            Map<String, Object> root = object(parse(rawMetadata));
            root.put(MetadataKeys.TRUNCATE_BEFORE, truncateBefore);
            return Json.write(root).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** The metadata a soft delete writes: nothing but {@code marker}, the deleted-stream {@code $tb}. */
    static byte[] softDeleteMarker(long marker) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(MetadataKeys.TRUNCATE_BEFORE, marker);
        return Json.write(root).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The value the bytes start with, read as the server's reader reads a stored event: bytes
     * that are not UTF-8 do not parse, a byte-order mark is skipped, and what follows the first
     * value is not looked at.
     */
    private static Object parse(byte[] json) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new IllegalArgumentException("not UTF-8", notUtf8);
        }
        return Json.parseLeading(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
    }

    private static StreamAcl acl(Object node) {
        Map<String, Object> acl = object(node);
        return new StreamAcl(roles(acl, MetadataKeys.READ_ROLES), roles(acl, MetadataKeys.WRITE_ROLES),
                roles(acl, MetadataKeys.DELETE_ROLES), roles(acl, MetadataKeys.META_READ_ROLES),
                roles(acl, MetadataKeys.META_WRITE_ROLES));
    }

    // A role list is one role as a string, or an array of them; a key given as JSON null is neither.
    private static List<String> roles(Map<String, Object> acl, String key) {
        if (!acl.containsKey(key)) {
            return null;
        }
        Object node = acl.get(key);
        if (node instanceof String role) {
            return List.of(role);
        }
        if (!(node instanceof List<?> list)) {
            throw new IllegalArgumentException("roles must be a string or an array");
        }
        List<String> roles = new ArrayList<>();
        for (Object role : list) {
            if (!(role instanceof String text)) {
                throw new IllegalArgumentException("a role must be a string");
            }
            roles.add(text);
        }
        return List.copyOf(roles);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object node) {
        if (node instanceof Map<?, ?> object) {
            return (Map<String, Object>) object;
        }
        throw new IllegalArgumentException("not a JSON object");
    }

    private static long integer(Object node) {
        if (!(node instanceof Long number)) {
            throw new IllegalArgumentException("not an integer");
        }
        return number;
    }

    private static boolean bool(Object node) {
        if (!(node instanceof Boolean flag)) {
            throw new IllegalArgumentException("not a boolean");
        }
        return flag;
    }
}
