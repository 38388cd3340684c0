package io.extreme.testkit.transcripts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The normalisation rules one by one, on hand-made transcripts. */
class TranscriptNormaliserTest {
    private static final String OURS = "00112233445566778899aabbccddeeff";
    private static final String SERVER_A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static final String SERVER_B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    private final TranscriptNormaliser normaliser = new TranscriptNormaliser(
            Map.of("s1-0badf00d", "s1", "s2-12345678", "s2"), Map.of(OURS, "e1"), Set.of("s1", "s2"));

    @Test
    void freshNamesBecomeSymbolsInEveryString() {
        JsonNode out = normalise("""
                {"cmd": "ReadEventCompleted", "msg": {"result": "Success", "event": {"event": {
                  "event_stream_id": "$$s1-0badf00d", "event_number": 0, "event_id": {"$id": "%s"},
                  "event_type": "$>", "data_content_type": 0, "metadata_content_type": 0,
                  "data": "1@s2-12345678", "metadata": {"s1-0badf00d": ["in s1-0badf00d"]}}}}}
                """.formatted(OURS));
        JsonNode event = out.at("/msg/event/event");
        assertThat(event.get("event_stream_id").asText()).isEqualTo("$$${s1}"); // the metadata stream of s1
        assertThat(event.get("data").asText()).isEqualTo("1@${s2}");
        assertThat(Json.compact(event.get("metadata"))).isEqualTo("{\"${s1}\":[\"in ${s1}\"]}");
        assertThat(event.get("event_id").asText()).isEqualTo("e1");
    }

    @Test
    void serverIdsAreNumberedInOrderOfFirstAppearanceAndOtherLengthsShowTheirHex() {
        ObjectNode transcript = transcript(
                readStream(SERVER_B, SERVER_A, SERVER_B),
                "{\"cmd\": \"PersistentSubscriptionAckEvents\", \"msg\": {\"subscription_id\": \"x\","
                        + " \"processed_event_ids\": [{\"$id\": \"0102\"}, {\"$id\": \"" + OURS + "\"}]}}");
        JsonNode out = normaliser.normalise(transcript);
        JsonNode events = out.at("/entries/0/recv/0/msg/events");
        assertThat(events.findValuesAsText("event_id")).containsExactly("#id1", "#id2", "#id1");
        assertThat(out.at("/entries/0/recv/1/msg/processed_event_ids").toString()).isEqualTo("[\"$hex:0102\",\"e1\"]");
    }

    @Test
    void timestampsStackTracesAndTimesInTextsGo() {
        JsonNode out = normalise("""
                {"cmd": "ReadStreamEventsForwardCompleted", "msg": {"events": [{"event": {
                  "event_stream_id": "s1-0badf00d", "event_number": 0, "event_id": {"$id": "%s"},
                  "event_type": "a", "data_content_type": 0, "metadata_content_type": 0, "data": "x",
                  "metadata": "{\\n  \\"added\\": \\"2024-05-06T07:08:09.1234567Z\\"\\n}",
                  "created": 638000000000000000, "created_epoch": 1700000000000}}],
                  "result": "Error", "next_event_number": 0, "last_event_number": 0, "is_end_of_stream": true,
                  "last_commit_position": 10, "error": "Boom\\n   at EventStore.Core.X()\\n   at Y()\\nafter"}}
                """.formatted(OURS));
        JsonNode event = out.at("/msg/events/0/event");
        assertThat(event.has("created")).isFalse();
        assertThat(event.has("created_epoch")).isFalse();
        assertThat(event.get("metadata").asText()).isEqualTo("{\n  \"added\": \"<time>\"\n}");
        assertThat(out.at("/msg/error").asText()).isEqualTo("Boom\nafter");
    }

    @Test
    void positionsBecomeTokensAroundTheAnchors() {
        ObjectNode transcript = transcript(
                "{\"cmd\": \"SubscriptionConfirmation\", \"msg\": {\"last_commit_position\": 50}}",
                "{\"cmd\": \"WriteEventsCompleted\", \"msg\": {\"result\": \"Success\", \"prepare_position\": 100,"
                        + " \"commit_position\": 100}}",
                "{\"cmd\": \"WriteEventsCompleted\", \"msg\": {\"result\": \"WrongExpectedVersion\","
                        + " \"prepare_position\": -2147483648, \"commit_position\": 0}}",
                "{\"cmd\": \"TransactionCommitCompleted\", \"msg\": {\"transaction_id\": 7, \"result\": \"Success\","
                        + " \"prepare_position\": 300, \"commit_position\": 300}}",
                "{\"cmd\": \"ReadStreamEventsForwardCompleted\", \"msg\": {\"last_commit_position\": 300}}",
                "{\"cmd\": \"ReadAllEventsForwardCompleted\", \"msg\": {\"commit_position\": 100,"
                        + " \"prepare_position\": 0, \"events\": [{\"event\": {\"event_stream_id\": \"s2-12345678\"},"
                        + " \"commit_position\": 300, \"prepare_position\": 200}],"
                        + " \"next_commit_position\": 301, \"next_prepare_position\": -1}}");
        JsonNode recv = normaliser.normalise(transcript).at("/entries/0/recv");
        assertThat(recv.at("/0/msg/last_commit_position").asText()).isEqualTo(">=P0");
        assertThat(recv.at("/1/msg/commit_position").asText()).isEqualTo("P1");
        assertThat(recv.at("/2/msg/prepare_position").asLong()).isEqualTo(-2147483648L);
        assertThat(recv.at("/2/msg/commit_position").isNumber()).isTrue();
        assertThat(recv.at("/3/msg/commit_position").asText()).isEqualTo("P3");
        assertThat(recv.at("/4/msg/last_commit_position").asText()).isEqualTo(">=P3");
        JsonNode all = recv.at("/5/msg");
        assertThat(all.get("commit_position").asText()).isEqualTo(">P0"); // P0 < 100 <= P1
        assertThat(all.get("prepare_position").asText()).isEqualTo(">P0");
        assertThat(all.at("/events/0/prepare_position").asText()).isEqualTo("P2");
        assertThat(all.get("next_commit_position").asText()).isEqualTo(">P3");
        assertThat(all.get("next_prepare_position").asLong()).isEqualTo(-1);
    }

    @Test
    void allResultsKeepOnlyTheScenariosStreamsAndForeignEventsAreNoAnchors() {
        ObjectNode transcript = transcript("{\"cmd\": \"ReadAllEventsBackwardCompleted\", \"msg\": {\"events\": ["
                + "{\"event\": {\"event_stream_id\": \"$stats-node\"}, \"commit_position\": 5, \"prepare_position\": 5},"
                + "{\"event\": {\"event_stream_id\": \"$$$s1-0badf00d\"}, \"commit_position\": 9, \"prepare_position\": 9},"
                + "{\"event\": {\"event_stream_id\": \"other\"}, \"link\": {\"event_stream_id\": \"s2-12345678\"},"
                + " \"commit_position\": 12, \"prepare_position\": 12},"
                + "{\"event\": {\"event_stream_id\": \"s1-0badf00d-x\"}, \"commit_position\": 13, \"prepare_position\": 13}],"
                + " \"next_commit_position\": 6, \"next_prepare_position\": 6}}",
                "{\"cmd\": \"ReadAllEventsForwardCompleted\", \"msg\": {\"events\": [{\"event\": {\"event_stream_id\": \"x\"},"
                        + " \"commit_position\": 1, \"prepare_position\": 1}], \"next_commit_position\": 0}}");
        JsonNode recv = normaliser.normalise(transcript).at("/entries/0/recv");
        assertThat(recv.at("/0/msg/events").findValuesAsText("commit_position")).containsExactly("P1", "P2");
        assertThat(recv.at("/0/msg/next_commit_position").asText()).isEqualTo(">P0");
        assertThat(recv.at("/1/msg").has("events")).isFalse();
    }

    @Test
    void transactionIdsBecomeTokensInTheOrderTheyWereStarted() {
        ObjectNode transcript = transcript(
                "{\"cmd\": \"TransactionStartCompleted\", \"msg\": {\"transaction_id\": 900, \"result\": \"Success\"}}",
                "{\"cmd\": \"TransactionStartCompleted\", \"msg\": {\"transaction_id\": 400, \"result\": \"Success\"}}",
                "{\"cmd\": \"TransactionStartCompleted\", \"msg\": {\"transaction_id\": -1, \"result\": \"AccessDenied\"}}",
                "{\"cmd\": \"TransactionWriteCompleted\", \"msg\": {\"transaction_id\": 400, \"result\": \"Success\"}}",
                "{\"cmd\": \"TransactionCommitCompleted\", \"msg\": {\"transaction_id\": 12345, \"result\": \"AccessDenied\"}}");
        JsonNode recv = normaliser.normalise(transcript).at("/entries/0/recv");
        assertThat(recv.findValues("transaction_id").stream().map(JsonNode::asText))
                .containsExactly("T1", "T2", "-1", "T2", "12345");
    }

    @Test
    void normalisingTwiceChangesNothing() {
        ObjectNode transcript = transcript(readStream(OURS, SERVER_A),
                "{\"cmd\": \"WriteEventsCompleted\", \"msg\": {\"prepare_position\": 100, \"commit_position\": 100}}",
                "{\"cmd\": \"TransactionStartCompleted\", \"msg\": {\"transaction_id\": 900, \"result\": \"Success\"}}");
        ObjectNode once = normaliser.normalise(transcript);
        assertThat(normaliser.normalise(once)).isEqualTo(once);
        assertThat(transcript.toString()).contains("s1-0badf00d"); // the input is left as it was
    }

    private JsonNode normalise(String frame) {
        return normaliser.normalise(transcript(frame)).at("/entries/0/recv/0");
    }

    private static String readStream(String... ids) {
        StringBuilder events = new StringBuilder();
        for (String id : ids) {
            events.append(events.isEmpty() ? "" : ",").append("{\"event\": {\"event_stream_id\": \"s1-0badf00d\","
                    + " \"event_id\": {\"$id\": \"").append(id).append("\"}}}");
        }
        return "{\"cmd\": \"ReadStreamEventsForwardCompleted\", \"msg\": {\"events\": [" + events + "],"
                + " \"last_commit_position\": 100}}";
    }

    private static ObjectNode transcript(String... frames) {
        try {
            ObjectNode entry = Json.object().put("step", 1);
            var recv = entry.putArray("recv");
            for (String frame : frames) {
                recv.add(Json.MAPPER.readTree(frame));
            }
            return TranscriptComparator.transcript(Json.NODES.arrayNode().add(entry));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
