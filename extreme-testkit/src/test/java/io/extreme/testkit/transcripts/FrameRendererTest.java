package io.extreme.testkit.transcripts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Decoding of replies: field presence and order, rule 4 for bytes, text, payloads, errors. */
class FrameRendererTest {
    private static final UUID CORR = UUID.randomUUID();

    @Test
    void bytesAreJsonTextOrHex() {
        assertThat(render("{\"x\":1,\"y\":[true,null]}")).isEqualTo(Json.object().put("x", 1)
                .set("y", Json.NODES.arrayNode().add(true).addNull()));
        assertThat(render("{\"x\": 1}").asText()).isEqualTo("{\"x\": 1}"); // not compact: text
        assertThat(render("{\n  \"added\": 1\n}").isTextual()).isTrue();
        assertThat(render("[1,2]").isArray()).isTrue();
        assertThat(render("\"quoted\"").asText()).isEqualTo("\"quoted\"");
        assertThat(render("12").asText()).isEqualTo("12");
        assertThat(render("").asText()).isEmpty();
        assertThat(render("{not json").asText()).isEqualTo("{not json");
        assertThat(render("héllo\ttab").asText()).isEqualTo("héllo\ttab");
        assertThat(ByteRendering.render(new byte[] {0x0a, 0x03, 0x78})).isEqualTo(Json.object().put("$hex", "0a0378"));
        assertThat(ByteRendering.render(new byte[] {(byte) 0xff, 0x10})).isEqualTo(Json.object().put("$hex", "ff10"));
        for (String text : new String[] {"{\"a\":\"b\"}", "plain", ""}) {
            assertThat(ByteRendering.bytes(render(text))).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void messagesListExactlyTheFieldsOnTheWireInFieldOrder() {
        ClientMessages.WriteEventsCompleted reply = ClientMessages.WriteEventsCompleted.newBuilder()
                .setCurrentVersion(0).setResult(ClientMessages.OperationResult.Success)
                .setFirstEventNumber(0).setLastEventNumber(Long.MAX_VALUE).setCommitPosition(42).build();
        JsonNode out = received(TcpCommand.WRITE_EVENTS_COMPLETED, reply.toByteArray());
        assertThat(Json.compact(out)).isEqualTo("{\"cmd\":\"WriteEventsCompleted\",\"msg\":{\"result\":\"Success\","
                + "\"first_event_number\":0,\"last_event_number\":9223372036854775807,\"commit_position\":42,"
                + "\"current_version\":0}}");
    }

    @Test
    void emptyAndMissingNestedMessagesStayApart() {
        ClientMessages.ReadEventCompleted notFound = ClientMessages.ReadEventCompleted.newBuilder()
                .setResult(ClientMessages.ReadEventCompleted.ReadEventResult.NotFound)
                .setEvent(ClientMessages.ResolvedIndexedEvent.getDefaultInstance()).build();
        assertThat(Json.compact(received(TcpCommand.READ_EVENT_COMPLETED, notFound.toByteArray()).get("msg")))
                .isEqualTo("{\"result\":\"NotFound\",\"event\":{}}");
        // A required field missing on the wire shows as missing, not as an error.
        byte[] noEvent = ClientMessages.ReadEventCompleted.newBuilder()
                .setResult(ClientMessages.ReadEventCompleted.ReadEventResult.NoStream).buildPartial().toByteArray();
        assertThat(Json.compact(received(TcpCommand.READ_EVENT_COMPLETED, noEvent).get("msg")))
                .isEqualTo("{\"result\":\"NoStream\"}");
    }

    @Test
    void eventIdsAreLeftForTheNormaliserAndDataIsRendered() {
        ClientMessages.StreamEventAppeared push = ClientMessages.StreamEventAppeared.newBuilder()
                .setEvent(ClientMessages.ResolvedEvent.newBuilder().setCommitPosition(9).setPreparePosition(9)
                        .setEvent(ClientMessages.EventRecord.newBuilder().setEventStreamId("s").setEventNumber(0)
                                .setEventId(ByteString.copyFrom(new byte[] {1, 2})).setEventType("t")
                                .setDataContentType(1).setMetadataContentType(1)
                                .setData(ByteString.copyFromUtf8("{\"i\":0}")).setMetadata(ByteString.EMPTY)))
                .build();
        JsonNode event = received(TcpCommand.STREAM_EVENT_APPEARED, push.toByteArray()).at("/msg/event/event");
        assertThat(event.get("event_id")).isEqualTo(Json.object().put("$id", "0102"));
        assertThat(event.get("data")).isEqualTo(Json.object().put("i", 0));
        assertThat(event.get("metadata").asText()).isEmpty();
    }

    @Test
    void unknownFieldsAreListedByNumber() {
        byte[] payload = ClientMessages.SubscriptionDropped.newBuilder()
                .setUnknownFields(UnknownFieldSet.newBuilder()
                        .addField(9, UnknownFieldSet.Field.newBuilder().addVarint(7).build())
                        .addField(10, UnknownFieldSet.Field.newBuilder()
                                .addLengthDelimited(ByteString.copyFromUtf8("hi")).build())
                        .build())
                .build().toByteArray();
        assertThat(Json.compact(received(TcpCommand.SUBSCRIPTION_DROPPED, payload).get("msg")))
                .isEqualTo("{\"unknown_fields\":{\"9\":[7],\"10\":[\"hi\"]}}");
    }

    @Test
    void textsPayloadsAndErrors() {
        assertThat(Json.compact(received(TcpCommand.BAD_REQUEST, "Bad.\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("{\"cmd\":\"BadRequest\",\"text\":\"Bad.\\n\"}");
        assertThat(Json.compact(received(TcpCommand.PONG, new byte[] {0, (byte) 0xff})))
                .isEqualTo("{\"cmd\":\"Pong\",\"payload\":{\"$hex\":\"00ff\"}}");
        assertThat(Json.compact(received(TcpCommand.CLIENT_IDENTIFIED, new byte[0]))).isEqualTo("{\"cmd\":\"ClientIdentified\"}");
        assertThat(Json.compact(received(0x55, "x".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("{\"cmd\":\"0x55\",\"payload\":\"x\"}");
        JsonNode broken = received(TcpCommand.WRITE_EVENTS_COMPLETED, new byte[] {(byte) 0xff, (byte) 0xff});
        assertThat(broken.get("error").asText()).startsWith("does not parse as WriteEventsCompleted");
        assertThat(broken.get("payload")).isEqualTo(Json.object().put("$hex", "ffff"));
        Frame flagged = new Frame(TcpCommand.PONG, 2, CORR, null, new byte[0]);
        assertThat(Json.compact(FrameRenderer.received(flagged, "sub", "c2")))
                .isEqualTo("{\"cmd\":\"Pong\",\"corr\":\"sub\",\"conn\":\"c2\",\"flags\":2}");
    }

    private static JsonNode render(String text) {
        return ByteRendering.render(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode received(int command, byte[] payload) {
        return FrameRenderer.received(Frame.of(command, CORR, payload), null, null);
    }
}
