package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import java.util.Map;

/**
 * The values the README gives to fields a scenario leaves out ("Defaults for left-out
 * fields"): what the .NET client sends. Every required field ends up set, so a message is
 * always complete on the wire unless the scenario sends a raw payload.
 */
final class Defaults {
    /** Persistent-subscription settings of the .NET client (PersistentSubscriptionSettings). */
    private static final Map<String, Object> PERSISTENT = Map.ofEntries(
            Map.entry("resolve_link_tos", false),
            Map.entry("start_from", -1L),
            Map.entry("message_timeout_milliseconds", 30_000),
            Map.entry("record_statistics", false),
            Map.entry("live_buffer_size", 500),
            Map.entry("read_batch_size", 20),
            Map.entry("buffer_size", 500),
            Map.entry("max_retry_count", 10),
            Map.entry("prefer_round_robin", true),
            Map.entry("checkpoint_after_time", 2_000),
            Map.entry("checkpoint_max_count", 1_000),
            Map.entry("checkpoint_min_count", 10),
            Map.entry("subscriber_max_count", 0));

    private Defaults() {
    }

    /** Sets every unset required field of {@code builder}; {@code msg} is the scenario's JSON for it. */
    static void apply(DynamicMessage.Builder builder, JsonNode msg) {
        String type = builder.getDescriptorForType().getName();
        for (FieldDescriptor field : builder.getDescriptorForType().getFields()) {
            if (field.isRepeated() || builder.hasField(field)) {
                continue;
            }
            boolean persistentSettings = type.equals("CreatePersistentSubscription")
                    || type.equals("UpdatePersistentSubscription");
            if (persistentSettings && field.getName().equals("named_consumer_strategy")) {
                // Optional in the schema, but the .NET client always names its strategy.
                builder.setField(field, "RoundRobin");
            } else if (field.isRequired()) {
                builder.setField(field, value(type, field, msg, persistentSettings));
            }
        }
    }

    private static Object value(String type, FieldDescriptor field, JsonNode msg, boolean persistentSettings) {
        String name = field.getName();
        if (persistentSettings && PERSISTENT.containsKey(name)) {
            return PERSISTENT.get(name);
        }
        switch (name) {
            case "require_master":
                return true;
            case "expected_version":
                return -2L;
            case "max_count":
                return 100;
            case "allowed_in_flight_messages":
                return 10;
            case "event_type":
                return type.equals("NewEvent") ? "type" : field.getDefaultValue();
            case "data_content_type":
                return type.equals("NewEvent") && isJson(msg == null ? null : msg.get("data")) ? 1 : 0;
            case "version":
                return type.equals("IdentifyClient") ? 1 : field.getDefaultValue();
            default:
                // from_event_number 0, ReadAllEvents (0, 0), resolve_link_tos false, stream "" (= $all),
                // metadata_content_type 0, empty data, NakAction Unknown: the proto defaults.
                return field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
                        ? DynamicMessage.getDefaultInstance(field.getMessageType()) : field.getDefaultValue();
        }
    }

    /** Data given as a JSON object or array is JSON; text and {@code {"$hex": ...}} are not. */
    private static boolean isJson(JsonNode data) {
        if (data == null) {
            return false;
        }
        boolean raw = data.isObject() && data.size() == 1 && (data.has("$hex") || data.has("$id"));
        return data.isContainerNode() && !raw;
    }
}
