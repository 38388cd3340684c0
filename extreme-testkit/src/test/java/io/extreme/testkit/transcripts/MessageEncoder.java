package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Builds a protobuf message from a scenario's {@code msg} by .proto field names, with
 * protobuf reflection, then fills the required fields the scenario left out with the README's
 * defaults (what the .NET client sends). Values go through {@link Substitutions} first.
 */
final class MessageEncoder {
    private final Substitutions substitutions;

    MessageEncoder(Substitutions substitutions) {
        this.substitutions = substitutions;
    }

    /** The message of {@code type} that {@code msg} describes; refuses unknown fields. */
    DynamicMessage encode(Descriptor type, JsonNode msg) {
        DynamicMessage.Builder builder = DynamicMessage.newBuilder(type);
        if (msg != null && !msg.isNull()) {
            if (!msg.isObject()) {
                throw new IllegalArgumentException(type.getName() + ": msg must be an object, was " + msg);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = msg.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                FieldDescriptor field = type.findFieldByName(entry.getKey());
                if (field == null) {
                    throw new IllegalArgumentException("no field '" + entry.getKey() + "' in " + type.getName());
                }
                if (field.isRepeated()) {
                    if (!entry.getValue().isArray()) {
                        throw new IllegalArgumentException(type.getName() + "." + field.getName() + " takes an array");
                    }
                    for (JsonNode element : entry.getValue()) {
                        builder.addRepeatedField(field, value(field, element));
                    }
                } else {
                    builder.setField(field, value(field, entry.getValue()));
                }
            }
        }
        Defaults.apply(builder, msg);
        return builder.buildPartial();
    }

    private Object value(FieldDescriptor field, JsonNode json) {
        String where = field.getContainingType().getName() + "." + field.getName();
        JsonNode node = json.isTextual() && field.getJavaType() != FieldDescriptor.JavaType.BYTE_STRING
                ? substitutions.value(json.asText()) : json;
        switch (field.getJavaType()) {
            case INT:
                requireNumber(where, node);
                if (!node.canConvertToInt()) {
                    throw new IllegalArgumentException(where + " is int32, " + node + " does not fit");
                }
                return node.intValue();
            case LONG:
                requireNumber(where, node);
                if (!node.canConvertToLong()) {
                    throw new IllegalArgumentException(where + " is int64, " + node + " does not fit");
                }
                return node.longValue();
            case BOOLEAN:
                if (!node.isBoolean()) {
                    throw new IllegalArgumentException(where + " takes true or false, not " + node);
                }
                return node.booleanValue();
            case STRING:
                return node.isValueNode() ? node.asText() : Json.compact(node);
            case ENUM:
                EnumValueDescriptor value = node.isNumber()
                        ? field.getEnumType().findValueByNumber(node.intValue())
                        : field.getEnumType().findValueByName(node.asText());
                if (value == null) {
                    throw new IllegalArgumentException(where + ": no value " + node + " in " + field.getEnumType().getName());
                }
                return value;
            case BYTE_STRING:
                return ByteString.copyFrom(bytes(field, json));
            case MESSAGE:
                return encode(field.getMessageType(), node);
            default:
                throw new IllegalArgumentException(where + ": unsupported type " + field.getType());
        }
    }

    /**
     * Bytes: in id fields a bare name is a fresh GUID; {@code {"$hex": ...}} is raw bytes
     * (and {@code {"$id": ...}}, an id taken from a reply); a JSON object or array is sent
     * as compact JSON and a string as UTF-8, both after substitution.
     */
    private byte[] bytes(FieldDescriptor field, JsonNode json) {
        if (json.isObject() && json.size() == 1 && (json.has("$hex") || json.has("$id"))) {
            return Json.unhex(json.elements().next().asText());
        }
        if (json.isTextual() && isIdField(field)) {
            JsonNode value = substitutions.value(json.asText());
            if (value.isObject()) {
                return bytes(field, value);
            }
            return substitutions.eventId(value.asText());
        }
        if (json.isTextual()) {
            JsonNode value = substitutions.value(json.asText());
            if (value.isObject() && value.size() == 1 && (value.has("$hex") || value.has("$id"))) {
                return bytes(field, value);
            }
            return (value.isValueNode() ? value.asText() : Json.compact(value)).getBytes(StandardCharsets.UTF_8);
        }
        if (json.isContainerNode()) {
            return Json.compact(substituted(json)).getBytes(StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException(field.getFullName() + ": cannot make bytes of " + json);
    }

    /** A copy of {@code json} with placeholders replaced in every string and key. */
    private JsonNode substituted(JsonNode json) {
        if (json.isTextual()) {
            return Json.NODES.textNode(substitutions.text(json.asText()));
        }
        if (json.isArray()) {
            var array = Json.NODES.arrayNode();
            json.forEach(element -> array.add(substituted(element)));
            return array;
        }
        if (json.isObject()) {
            var object = Json.object();
            json.fields().forEachRemaining(e -> object.set(substitutions.text(e.getKey()), substituted(e.getValue())));
            return object;
        }
        return json;
    }

    /** Fields holding event ids: a bare string there names a fresh GUID. */
    static boolean isIdField(FieldDescriptor field) {
        return field.getName().equals("event_id") || field.getName().equals("processed_event_ids");
    }

    private static void requireNumber(String where, JsonNode node) {
        if (!node.isIntegralNumber()) {
            throw new IllegalArgumentException(where + " takes an integer, not " + node);
        }
    }
}
