package io.extreme.metadata;

import io.extreme.internal.json.Json;
import io.extreme.internal.json.MetadataKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of {@link StreamMetadata}, with EventStore's reserved keys ({@code $maxCount},
 * {@code $maxAge}, {@code $tb}, {@code $cacheControl}, {@code $acl}). Package-private: users see
 * metadata as {@link StreamMetadata}, and its JSON through {@link StreamMetadata#toJson()}.
 */
final class MetadataJson {
    private MetadataJson() {
    }

    /** The metadata as a compact JSON object. */
    static String write(StreamMetadata metadata) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (metadata.maxCount() != null) {
            out.put(MetadataKeys.MAX_COUNT, metadata.maxCount());
        }
        if (metadata.maxAge() != null) {
            out.put(MetadataKeys.MAX_AGE, metadata.maxAge().getSeconds());
        }
        if (metadata.truncateBefore() != null) {
            out.put(MetadataKeys.TRUNCATE_BEFORE, metadata.truncateBefore());
        }
        if (metadata.cacheControl() != null) {
            out.put(MetadataKeys.CACHE_CONTROL, metadata.cacheControl().getSeconds());
        }
        StreamAcl acl = metadata.acl();
        if (acl != null && !acl.isEmpty()) {
            Map<String, Object> roles = new LinkedHashMap<>();
            putRoles(roles, MetadataKeys.READ_ROLES, acl.readRoles());
            putRoles(roles, MetadataKeys.WRITE_ROLES, acl.writeRoles());
            putRoles(roles, MetadataKeys.DELETE_ROLES, acl.deleteRoles());
            putRoles(roles, MetadataKeys.META_READ_ROLES, acl.metaReadRoles());
            putRoles(roles, MetadataKeys.META_WRITE_ROLES, acl.metaWriteRoles());
            out.put(MetadataKeys.ACL, roles);
        }
        out.putAll(metadata.customProperties());
        return Json.write(out);
    }

    private static void putRoles(Map<String, Object> roles, String key, List<String> value) {
        if (value.size() == 1) {
            roles.put(key, value.get(0));
        } else if (!value.isEmpty()) {
            roles.put(key, value);
        }
    }

    /** The JSON object as a map; throws {@link IllegalArgumentException} when it is not an object. */
    static Map<String, Object> parseObject(String json) {
        Object parsed = Json.parse(json);
        if (!(parsed instanceof Map)) {
            throw new IllegalArgumentException("stream metadata must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) parsed;
        return map;
    }

    /** Reads an ACL object; a role is a string or an array of strings. */
    static StreamAcl readAcl(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("$acl must be a JSON object");
        }
        return new StreamAcl(roles(map.get(MetadataKeys.READ_ROLES)), roles(map.get(MetadataKeys.WRITE_ROLES)),
                roles(map.get(MetadataKeys.DELETE_ROLES)), roles(map.get(MetadataKeys.META_READ_ROLES)),
                roles(map.get(MetadataKeys.META_WRITE_ROLES)));
    }

    private static List<String> roles(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        throw new IllegalArgumentException("an ACL role must be a string or an array of strings, was " + value);
    }

    /** Refuses custom values that have no JSON form, naming the key. */
    static void checkValue(String key, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(v -> checkValue(key, v));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (!(k instanceof String)) {
                    throw new IllegalArgumentException("custom property '" + key + "': JSON object keys must be strings");
                }
                checkValue(key, v);
            });
            return;
        }
        throw new IllegalArgumentException("custom property '" + key + "' must be a JSON value (String, Number, "
                + "Boolean, null, List or Map), was " + value.getClass().getName());
    }
}
