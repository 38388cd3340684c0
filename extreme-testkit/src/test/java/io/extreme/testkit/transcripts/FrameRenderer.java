package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.UnknownFieldSet;
import io.extreme.spi.Frame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders frames as transcript JSON, before normalisation (transcripts README, "Transcript
 * format"): {@code cmd}, {@code corr} and {@code conn} when the caller gives them,
 * {@code flags} when not 0, then {@code msg} (protobuf commands: exactly the fields present on
 * the wire, in field-number order, unknown ones under {@code unknown_fields}), {@code text}
 * (BadRequest, NotAuthenticated) or {@code payload} (any other non-empty payload). Event ids
 * come out as {@code {"$id": "<hex>"}} for the normaliser to name; other bytes by rule 4.
 */
final class FrameRenderer {
    private FrameRenderer() {
    }

    /** A received frame; {@code corr} and {@code conn} are left out when null. */
    static ObjectNode received(Frame frame, String corr, String conn) {
        ObjectNode out = Json.object().put("cmd", Commands.nameOf(frame.command()));
        if (corr != null) {
            out.put("corr", corr);
        }
        if (conn != null) {
            out.put("conn", conn);
        }
        if (frame.flags() != 0) {
            out.put("flags", frame.flags());
        }
        putPayload(out, frame.command(), frame.payload());
        return out;
    }

    /** The body of a frame of {@code command}: msg, text, payload, or error and payload. */
    static void putPayload(ObjectNode out, int command, byte[] payload) {
        Optional<Descriptor> type = Commands.messageOf(command);
        if (type.isPresent()) {
            try {
                out.set("msg", message(decode(type.get(), payload)));
            } catch (InvalidProtocolBufferException e) {
                out.put("error", "does not parse as " + type.get().getName() + ": " + e.getMessage());
                out.set("payload", ByteRendering.render(payload));
            }
        } else if (Commands.isText(command)) {
            out.put("text", new String(payload, StandardCharsets.UTF_8));
        } else if (payload.length > 0) {
            out.set("payload", ByteRendering.render(payload));
        }
    }

    /** Parses without checking required fields: what is absent on the wire must show as absent. */
    static DynamicMessage decode(Descriptor type, byte[] payload) throws InvalidProtocolBufferException {
        return DynamicMessage.newBuilder(type).mergeFrom(payload).buildPartial();
    }

    /** The fields present in {@code message}, in field-number order. */
    static ObjectNode message(Message message) {
        ObjectNode out = Json.object();
        List<Map.Entry<FieldDescriptor, Object>> fields = new ArrayList<>(message.getAllFields().entrySet());
        fields.sort(Comparator.comparingInt(e -> e.getKey().getNumber()));
        for (Map.Entry<FieldDescriptor, Object> entry : fields) {
            FieldDescriptor field = entry.getKey();
            if (field.isRepeated()) {
                ArrayNode array = out.putArray(field.getName());
                for (Object element : (List<?>) entry.getValue()) {
                    array.add(value(field, element));
                }
            } else {
                out.set(field.getName(), value(field, entry.getValue()));
            }
        }
        if (!message.getUnknownFields().asMap().isEmpty()) {
            out.set("unknown_fields", unknown(message.getUnknownFields()));
        }
        return out;
    }

    private static JsonNode value(FieldDescriptor field, Object value) {
        switch (field.getJavaType()) {
            case MESSAGE:
                return message((Message) value);
            case ENUM:
                return Json.NODES.textNode(((EnumValueDescriptor) value).getName());
            case BYTE_STRING:
                byte[] bytes = ((ByteString) value).toByteArray();
                return MessageEncoder.isIdField(field) ? Json.object().put("$id", Json.hex(bytes))
                        : ByteRendering.render(bytes);
            case STRING:
                return Json.NODES.textNode((String) value);
            case INT:
                return Json.NODES.numberNode((Integer) value);
            case LONG:
                return Json.NODES.numberNode((Long) value);
            case BOOLEAN:
                return Json.NODES.booleanNode((Boolean) value);
            case FLOAT:
                return Json.NODES.numberNode((Float) value);
            case DOUBLE:
                return Json.NODES.numberNode((Double) value);
            default:
                throw new IllegalStateException("unexpected field type " + field.getType());
        }
    }

    /** Fields the schema does not know: number to the list of values, as the wire types give them. */
    private static ObjectNode unknown(UnknownFieldSet fields) {
        ObjectNode out = Json.object();
        fields.asMap().forEach((number, field) -> {
            ArrayNode values = out.putArray(String.valueOf(number));
            field.getVarintList().forEach(values::add);
            field.getFixed32List().forEach(values::add);
            field.getFixed64List().forEach(values::add);
            field.getLengthDelimitedList().forEach(bytes -> values.add(ByteRendering.render(bytes.toByteArray())));
            field.getGroupList().forEach(group -> values.add(unknown(group)));
        });
        return out;
    }
}
