package io.extreme.metadata;

import io.extreme.internal.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of {@link StreamMetadata}, with EventStore's reserved keys ({@code $maxCount},
 * {@code $maxAge}, {@code $tb}, {@code $cacheControl}, {@code $acl}).
 */
public final class MetadataJson {
    public static final String MAX_COUNT = "$maxCount";
    public static final String MAX_AGE = "$maxAge";
    public static final String TRUNCATE_BEFORE = "$tb";
    public static final String CACHE_CONTROL = "$cacheControl";
    public static final String ACL = "$acl";

    private MetadataJson() {
    }

    /** The metadata as a compact JSON object. */
    public static String write(StreamMetadata metadata) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (metadata.maxCount() != null) {
            out.put(MAX_COUNT, metadata.maxCount());
        }
        if (metadata.maxAge() != null) {
            out.put(MAX_AGE, metadata.maxAge().getSeconds());
        }
        if (metadata.truncateBefore() != null) {
            out.put(TRUNCATE_BEFORE, metadata.truncateBefore());
        }
        if (metadata.cacheControl() != null) {
            out.put(CACHE_CONTROL, metadata.cacheControl().getSeconds());
        }
        StreamAcl acl = metadata.acl();
        if (acl != null && !acl.isEmpty()) {
            Map<String, Object> roles = new LinkedHashMap<>();
            putRoles(roles, "$r", acl.readRoles());
            putRoles(roles, "$w", acl.writeRoles());
            putRoles(roles, "$d", acl.deleteRoles());
            putRoles(roles, "$mr", acl.metaReadRoles());
            putRoles(roles, "$mw", acl.metaWriteRoles());
            out.put(ACL, roles);
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
    public static Map<String, Object> parseObject(String json) {
        Object parsed = Json.parse(json);
        if (!(parsed instanceof Map)) {
            throw new IllegalArgumentException("stream metadata must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) parsed;
        return map;
    }

    /** Reads an ACL object; a role is a string or an array of strings. */
    public static StreamAcl readAcl(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("$acl must be a JSON object");
        }
        return new StreamAcl(roles(map.get("$r")), roles(map.get("$w")), roles(map.get("$d")),
                roles(map.get("$mr")), roles(map.get("$mw")));
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
    public static void checkValue(String key, Object value) {
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
