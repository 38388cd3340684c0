package io.extreme.testkit.transcripts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runner over a real socket against {@link ScriptedServer}: handshake, heartbeats answered
 * and not recorded, references, frames held per correlation id and taken by awaits, the
 * {@code $all} filter, a racy close and the reconnect after it, several connections, a reused
 * correlation id, and what is left unawaited; with the README's full waits and with probes
 * (whose answers are never recorded).
 */
class ScenarioRunnerTest {
    private static final String SCENARIO = """
            {"description": "runner test", "protocols": [4], "end_wait_ms": 100, "steps": [
              {"id": "sub", "send": "SubscribeToStream", "conn": "c2", "msg": {"event_stream_id": ""}},
              {"id": "w1", "send": "WriteEvents", "msg": {"event_stream_id": "${s1}", "expected_version": -1,
                "events": [{"event_id": "e1", "event_type": "a", "data": {"i": 0}}]}},
              {"send": "Ping", "payload_text": "after ${w1.commit_position} in ${s1}"},
              {"await": "sub", "count": 1},
              {"await": "sub", "count": 1, "timeout_ms": 200},
              {"send": "WriteEvents", "flags": 2, "msg": {"event_stream_id": "${s1}"}, "racy_before_close": true},
              {"send": "Ping", "payload_text": "again"},
              {"send": "WriteEvents", "msg": {"event_stream_id": "$$${s2}", "events": [{"event_id": "e2", "data": "x"}]}},
              {"send": "0x55", "close_wait_ms": 50},
              {"sleep_ms": 20},
              {"send": "UnsubscribeFromStream", "conn": "c2", "corr": "sub"}
            ]}
            """;

    private static final String EXPECTED = """
            {"scenario": "shared/runner", "protocol": 4, "entries": [
              {"connect": "c2", "send": {"cmd": "IdentifyClient", "msg": {"version": 1, "connection_name": "transcripts"}},
               "recv": [{"cmd": "ClientIdentified", "conn": "c2"}]},
              {"step": 1, "id": "sub", "conn": "c2", "send": {"cmd": "SubscribeToStream",
                 "msg": {"event_stream_id": "", "resolve_link_tos": false}},
               "recv": [{"cmd": "SubscriptionConfirmation", "conn": "c2", "msg": {"last_commit_position": ">=P0"}}]},
              {"connect": "c1", "send": {"cmd": "IdentifyClient", "msg": {"version": 1, "connection_name": "transcripts"}},
               "recv": [{"cmd": "ClientIdentified"}]},
              {"step": 2, "id": "w1", "send": {"cmd": "WriteEvents", "msg": {"event_stream_id": "${s1}", "expected_version": -1,
                 "events": [{"event_id": "e1", "event_type": "a", "data_content_type": 1, "metadata_content_type": 0,
                   "data": {"i": 0}}], "require_master": true}},
               "recv": [{"cmd": "WriteEventsCompleted", "msg": {"result": "Success", "first_event_number": 0,
                 "last_event_number": 0, "prepare_position": "P1", "commit_position": "P1", "current_version": 0}}]},
              {"step": 3, "send": {"cmd": "Ping", "payload": "after 100 in ${s1}"},
               "recv": [{"cmd": "Pong", "payload": "after 100 in ${s1}"}]},
              {"step": 4, "await": "sub", "recv": [{"cmd": "StreamEventAppeared", "corr": "sub", "conn": "c2", "msg": {
                 "event": {"event": {"event_stream_id": "${s1}", "event_number": 0, "event_id": "#id1", "event_type": "t",
                   "data_content_type": 0, "metadata_content_type": 0, "data": {"i": 0}},
                   "commit_position": "P1", "prepare_position": "P1"}}}]},
              {"step": 5, "await": "sub", "recv": [{"event": "timeout"}]},
              {"step": 6, "send": {"cmd": "WriteEvents", "flags": 2, "msg": {"event_stream_id": "${s1}",
                 "expected_version": -2, "require_master": true}},
               "recv": [{"event": "closed"}],
               "racy_before_close": [{"cmd": "BadRequest", "text": "Trusted writes aren't accepted"}]},
              {"connect": "c1", "send": {"cmd": "IdentifyClient", "msg": {"version": 1, "connection_name": "transcripts"}},
               "recv": [{"cmd": "ClientIdentified"}]},
              {"step": 7, "send": {"cmd": "Ping", "payload": "again"}, "recv": [{"cmd": "Pong", "payload": "again"}]},
              {"step": 8, "send": {"cmd": "WriteEvents", "msg": {"event_stream_id": "$$${s2}", "expected_version": -2,
                 "events": [{"event_id": "e2", "event_type": "type", "data_content_type": 0, "metadata_content_type": 0,
                   "data": "x"}], "require_master": true}},
               "recv": [{"cmd": "WriteEventsCompleted", "msg": {"result": "Success", "first_event_number": 0,
                 "last_event_number": 0, "prepare_position": "P2", "commit_position": "P2", "current_version": 0}}]},
              {"step": 9, "send": {"cmd": "0x55"},
               "recv": [{"cmd": "BadRequest", "text": "Could not unwrap network package for command 85.\\n"}]},
              {"step": 11, "conn": "c2", "send": {"cmd": "UnsubscribeFromStream", "msg": {}},
               "recv": [{"cmd": "SubscriptionDropped", "conn": "c2", "msg": {}}]},
              {"end": true, "unawaited": {"sub": [
                {"cmd": "StreamEventAppeared", "corr": "sub", "conn": "c2", "msg": {"event": {"event": {
                  "event_stream_id": "$$${s2}", "event_number": 0, "event_id": "#id1", "event_type": "t",
                  "data_content_type": 0, "metadata_content_type": 0, "data": "x"},
                  "commit_position": "P2", "prepare_position": "P2"}}},
                {"cmd": "StreamEventAppeared", "corr": "sub", "conn": "c2", "msg": {"event": {"event": {
                  "event_stream_id": "$$${s2}", "event_number": 0, "event_id": "#id1", "event_type": "t",
                  "data_content_type": 0, "metadata_content_type": 0, "data": "late"},
                  "commit_position": "P1", "prepare_position": "P1"}}}]}}
            ]}
            """;

    private static final String OTHER_STEPS = """
            {"identify": false, "end_wait_ms": 50, "steps": [
              {"send": "Ping", "payload_text": "a"},
              {"send": "HeartbeatResponseCommand", "wait_ms": 100},
              {"send": "Ping", "reply": false, "wait_ms": 200},
              {"id": "r", "send": "Ping", "reply": false},
              {"await": "r", "wait_ms": 100},
              {"close": "c1"},
              {"connect": "c2", "identify": true},
              {"raw_hex": "0500000001000000000000", "conn": "c2"},
              {"send": "ReadAllEventsForward", "msg": {"commit_position": "${nope.commit_position}"}},
              {"send": "Ping", "conn": "c2", "payload_text": "reopened"}
            ]}
            """;

    private static final String OTHER_STEPS_EXPECTED = """
            {"scenario": "shared/other", "protocol": 4, "entries": [
              {"connect": "c1"},
              {"step": 1, "send": {"cmd": "Ping", "payload": "a"}, "recv": [{"cmd": "Pong", "payload": "a"}]},
              {"step": 2, "send": {"cmd": "HeartbeatResponseCommand"}, "recv": []},
              {"step": 3, "send": {"cmd": "Ping"}, "recv": [{"cmd": "Pong"}]},
              {"step": 4, "id": "r", "send": {"cmd": "Ping"}, "recv": []},
              {"step": 5, "await": "r", "recv": [{"cmd": "Pong", "corr": "r"}]},
              {"step": 6, "close": "c1"},
              {"step": 7, "connect": "c2", "send": {"cmd": "IdentifyClient",
                 "msg": {"version": 1, "connection_name": "transcripts"}}, "recv": [{"cmd": "ClientIdentified", "conn": "c2"}]},
              {"step": 8, "conn": "c2", "raw_hex": "0500000001000000000000", "recv": [{"event": "closed"}]},
              {"connect": "c1"},
              {"step": 9, "send": {"cmd": "ReadAllEventsForward", "error": "${nope.commit_position}: no reply from step 'nope'"},
               "recv": []},
              {"connect": "c2"},
              {"step": 10, "conn": "c2", "send": {"cmd": "Ping", "payload": "reopened"},
               "recv": [{"cmd": "Pong", "conn": "c2", "payload": "reopened"}]}
            ]}
            """;

    private ScriptedServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest(name = "probing {0}")
    @ValueSource(booleans = {false, true})
    void aScenarioRunAgainstAScriptedServerGivesTheExpectedTranscript(boolean probing) throws Exception {
        Scenario scenario = ScenarioLoader.parse("runner", SCENARIO);
        ScenarioRunner.Run run = ScenarioRunner.run(scenario, server.endpoint(), probing);
        ObjectNode normalised = TranscriptNormaliser.of(run).normalise(run.transcript());
        ObjectNode expected = (ObjectNode) Json.MAPPER.readTree(EXPECTED);

        assertThat(TranscriptComparator.differences("runner", expected, normalised)).isEmpty();
        assertThat(Json.canonical(normalised)).isEqualTo(Json.canonical(expected)); // racy frames too
        assertThat(server.heartbeatsAnswered()).isEqualTo(3); // c2, c1, c1 again: answered, never recorded
        assertThat(Json.compact(run.transcript())).contains(run.substitutions().fresh("s1"));
    }

    @Test
    void closeConnectRawBytesRepliesNobodyWaitsForAndLostReferences() throws Exception {
        ScenarioRunner.Run run = ScenarioRunner.run(ScenarioLoader.parse("other", OTHER_STEPS), server.endpoint(), false);
        ObjectNode normalised = TranscriptNormaliser.of(run).normalise(run.transcript());
        ObjectNode expected = (ObjectNode) Json.MAPPER.readTree(OTHER_STEPS_EXPECTED);
        assertThat(TranscriptComparator.differences("other", expected, normalised)).isEmpty();
    }
}
