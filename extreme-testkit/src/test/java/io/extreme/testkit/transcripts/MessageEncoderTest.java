package io.extreme.testkit.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.DynamicMessage;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.Guids;
import io.extreme.spi.TcpCommand;
import org.junit.jupiter.api.Test;

/** Encoding of scenario messages: names, ids, references, bytes and the README's defaults. */
class MessageEncoderTest {
    private final Substitutions substitutions = new Substitutions();
    private final MessageEncoder encoder = new MessageEncoder(substitutions);

    @Test
    void writeEventsGetsFreshNamesGuidsAndDefaults() throws Exception {
        ClientMessages.WriteEvents write = ClientMessages.WriteEvents.parseFrom(encode("WriteEvents", """
                {"event_stream_id": "$$${s1}", "events": [
                  {"event_id": "e1", "data": {"x": "${s1}"}, "metadata": {"$hex": "00ff"}},
                  {"event_id": "e2", "event_type": "b", "data": "text"},
                  {"event_id": "e1", "data": {"$hex": "0102"}}]}
                """).toByteArray());
        String s1 = substitutions.fresh("s1");
        assertThat(s1).matches("s1-[0-9a-f]{8}");
        assertThat(write.getEventStreamId()).isEqualTo("$$" + s1);
        assertThat(write.getExpectedVersion()).isEqualTo(-2);
        assertThat(write.getRequireMaster()).isTrue();
        ClientMessages.NewEvent first = write.getEvents(0);
        assertThat(first.getEventId().toByteArray()).isEqualTo(substitutions.eventId("e1")).hasSize(16);
        assertThat(first.getEventType()).isEqualTo("type");
        assertThat(first.getDataContentType()).isEqualTo(1);
        assertThat(first.getMetadataContentType()).isZero();
        assertThat(first.getData().toStringUtf8()).isEqualTo("{\"x\":\"" + s1 + "\"}");
        assertThat(first.getMetadata().toByteArray()).containsExactly(0x00, 0xff);
        assertThat(write.getEvents(1).getDataContentType()).isZero();
        assertThat(write.getEvents(1).getEventType()).isEqualTo("b");
        assertThat(write.getEvents(2).getEventId()).isEqualTo(first.getEventId()); // same name, same id
        assertThat(write.getEvents(2).getDataContentType()).isZero();
        assertThat(substitutions.eventIdNames()).containsEntry(Json.hex(substitutions.eventId("e1")), "e1");
        assertThat(Guids.fromBytes(substitutions.eventId("e1")).version()).isEqualTo(4);
    }

    @Test
    void persistentSubscriptionSettingsDefaultAsTheDotNetClient() {
        JsonNode rendered = FrameRenderer.message(encode("CreatePersistentSubscription",
                "{\"subscription_group_name\": \"g1\", \"event_stream_id\": \"${s1}\", \"max_retry_count\": 3}"));
        assertThat(Json.compact(rendered)).isEqualTo(("{'subscription_group_name':'g1','event_stream_id':'"
                + substitutions.fresh("s1") + "','resolve_link_tos':false,'start_from':-1,"
                + "'message_timeout_milliseconds':30000,'record_statistics':false,'live_buffer_size':500,"
                + "'read_batch_size':20,'buffer_size':500,'max_retry_count':3,'prefer_round_robin':true,"
                + "'checkpoint_after_time':2000,'checkpoint_max_count':1000,'checkpoint_min_count':10,"
                + "'subscriber_max_count':0,'named_consumer_strategy':'RoundRobin'}").replace('\'', '"'));
    }

    @Test
    void readsAndOtherCommandsGetTheirDefaults() {
        assertThat(Json.compact(FrameRenderer.message(encode("ReadStreamEvents", "{\"event_stream_id\": \"x\"}"))))
                .isEqualTo("{\"event_stream_id\":\"x\",\"from_event_number\":0,\"max_count\":100,"
                        + "\"resolve_link_tos\":false,\"require_master\":true}");
        assertThat(Json.compact(FrameRenderer.message(encode("ReadAllEvents", "{}"))))
                .isEqualTo("{\"commit_position\":0,\"prepare_position\":0,\"max_count\":100,"
                        + "\"resolve_link_tos\":false,\"require_master\":true}");
        assertThat(Json.compact(FrameRenderer.message(encode("SubscribeToStream", null))))
                .isEqualTo("{\"event_stream_id\":\"\",\"resolve_link_tos\":false}");
        assertThat(Json.compact(FrameRenderer.message(encode("IdentifyClient", "{}")))).isEqualTo("{\"version\":1}");
        assertThat(Json.compact(FrameRenderer.message(encode("DeleteStream", "{\"event_stream_id\": \"x\"}"))))
                .isEqualTo("{\"event_stream_id\":\"x\",\"expected_version\":-2,\"require_master\":true}");
        assertThat(Json.compact(FrameRenderer.message(encode("ConnectToPersistentSubscription", "{}"))))
                .isEqualTo("{\"subscription_id\":\"\",\"event_stream_id\":\"\",\"allowed_in_flight_messages\":10}");
        assertThat(Json.compact(FrameRenderer.message(encode("PersistentSubscriptionNakEvents",
                "{\"subscription_id\": \"s\", \"processed_event_ids\": [\"e9\"], \"action\": \"Park\"}"))))
                .isEqualTo("{\"subscription_id\":\"s\",\"processed_event_ids\":[{\"$id\":\""
                        + Json.hex(substitutions.eventId("e9")) + "\"}],\"action\":\"Park\"}");
    }

    @Test
    void referencesKeepTheirTypeWhenAlone() throws Exception {
        substitutions.reply("w1", Json.MAPPER.readTree("{\"commit_position\": 5000000000, \"events\": ["
                + "{\"event\": {\"event_number\": 7, \"event_id\": {\"$id\": \"0102\"}}}]}"));
        ClientMessages.ReadAllEvents read = ClientMessages.ReadAllEvents.parseFrom(encode("ReadAllEvents",
                "{\"commit_position\": \"${w1.commit_position}\", \"prepare_position\": \"${w1.events[0].event.event_number}\"}")
                .toByteArray());
        assertThat(read.getCommitPosition()).isEqualTo(5_000_000_000L);
        assertThat(read.getPreparePosition()).isEqualTo(7);
        assertThat(substitutions.text("n=${w1.events[0].event.event_number}@${s9}"))
                .isEqualTo("n=7@" + substitutions.fresh("s9"));
        ClientMessages.PersistentSubscriptionAckEvents ack = ClientMessages.PersistentSubscriptionAckEvents.parseFrom(
                encode("PersistentSubscriptionAckEvents",
                        "{\"subscription_id\": \"x\", \"processed_event_ids\": [\"${w1.events[0].event.event_id}\"]}")
                        .toByteArray());
        assertThat(ack.getProcessedEventIds(0).toByteArray()).containsExactly(1, 2);
        assertThatThrownBy(() -> substitutions.value("${w2.commit_position}"))
                .isInstanceOf(Substitutions.UnresolvedReference.class).hasMessageContaining("w2");
        assertThatThrownBy(() -> substitutions.value("${w1.nothing}"))
                .isInstanceOf(Substitutions.UnresolvedReference.class).hasMessageContaining("nothing");
    }

    @Test
    void typosAndWrongTypesFailLoudly() {
        assertThatThrownBy(() -> encode("WriteEvents", "{\"event_stream\": \"x\"}"))
                .hasMessageContaining("no field 'event_stream' in WriteEvents");
        assertThatThrownBy(() -> encode("ReadStreamEvents", "{\"max_count\": 5000000000}"))
                .hasMessageContaining("int32");
        assertThatThrownBy(() -> encode("ReadStreamEvents", "{\"resolve_link_tos\": 1}"))
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> encode("PersistentSubscriptionNakEvents", "{\"action\": \"Later\"}"))
                .hasMessageContaining("no value");
    }

    @Test
    void commandsMapToTheirMessages() {
        assertThat(Commands.messageOf(TcpCommand.READ_STREAM_EVENTS_BACKWARD).orElseThrow().getName())
                .isEqualTo("ReadStreamEvents");
        assertThat(Commands.messageOf(TcpCommand.READ_ALL_EVENTS_FORWARD_COMPLETED).orElseThrow().getName())
                .isEqualTo("ReadAllEventsCompleted");
        assertThat(Commands.messageOf(TcpCommand.UNSUBSCRIBE_FROM_STREAM)).isPresent();
        assertThat(Commands.messageOf(TcpCommand.CLIENT_IDENTIFIED)).isEmpty();
        assertThat(Commands.messageOf(0x55)).isEmpty();
        assertThat(Commands.codeOf("HeartbeatRequestCommand")).isEqualTo(TcpCommand.HEARTBEAT_REQUEST);
        assertThat(Commands.nameOf(TcpCommand.HEARTBEAT_RESPONSE)).isEqualTo("HeartbeatResponseCommand");
        assertThat(Commands.codeOf("0xBA")).isEqualTo(0xBA);
        assertThat(Commands.nameOf(0xBA)).isEqualTo("0xBA");
        assertThat(Commands.nameOf(0x05)).isEqualTo("0x05");
        assertThatThrownBy(() -> Commands.codeOf("WriteEvent")).hasMessageContaining("unknown command");
    }

    private DynamicMessage encode(String type, String json) {
        try {
            return encoder.encode(Commands.message(type), json == null ? null : Json.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
