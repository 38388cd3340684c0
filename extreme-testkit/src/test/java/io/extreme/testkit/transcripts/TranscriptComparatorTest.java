package io.extreme.testkit.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** What counts as a difference, and what the report says about it; plus scenario parsing. */
class TranscriptComparatorTest {

    @Test
    void equalTranscriptsMatchWhateverTheNumberTypes() {
        ObjectNode recorded = transcript("{'step':1,'send':{'cmd':'Ping'},'recv':[{'cmd':'Pong','n':1}]}");
        ObjectNode ours = transcript("{'step':1,'send':{'cmd':'Ping'},'recv':[{'cmd':'Pong','n':1}]}");
        ((ObjectNode) ours.at("/entries/0/recv/0")).put("n", 1L);
        assertThat(TranscriptComparator.differences("x", recorded, ours)).isEmpty();
    }

    @Test
    void theReportNamesScenarioStepPathAndBothFragments() {
        ObjectNode recorded = transcript(
                "{'connect':'c1'}",
                "{'step':1,'send':{'cmd':'ReadEvent','msg':{'event_number':0}},"
                        + "'recv':[{'cmd':'ReadEventCompleted','msg':{'result':'NotFound','event':{}}}]}",
                "{'step':2,'send':{'cmd':'Ping'},'recv':[{'cmd':'Pong'}]}");
        ObjectNode ours = transcript(
                "{'connect':'c1'}",
                "{'step':1,'send':{'cmd':'ReadEvent','msg':{'event_number':0}},"
                        + "'recv':[{'cmd':'ReadEventCompleted','msg':{'result':'Success','event':{}}}]}",
                "{'step':2,'send':{'cmd':'Ping'},'recv':[{'event':'timeout'}]}");
        String report = TranscriptComparator.differences("read-event", recorded, ours).orElseThrow();
        assertThat(report).isEqualTo("""
                scenario read-event, step 1 (ReadEvent), first difference at recv[0].msg.result
                  sent:     {"cmd":"ReadEvent","msg":{"event_number":0}}
                  expected: {"cmd":"ReadEventCompleted","msg":{"result":"NotFound","event":{}}}
                  actual:   {"cmd":"ReadEventCompleted","msg":{"result":"Success","event":{}}}
                  at recv[0].msg.result: expected "NotFound", actual "Success"
                  1 more: step 2 at recv[0].cmd""");
    }

    @Test
    void extraAndMissingEntriesAreReported() {
        ObjectNode recorded = transcript("{'connect':'c1'}", "{'step':1,'send':{'cmd':'Ping'},'recv':[]}");
        ObjectNode ours = transcript("{'connect':'c1'}", "{'connect':'c1'}", "{'step':1,'send':{'cmd':'Ping'},'recv':[]}",
                "{'end':true,'unawaited':{'sub':[{'cmd':'Pong'}]}}");
        String report = TranscriptComparator.differences("x", recorded, ours).orElseThrow();
        assertThat(report).startsWith("scenario x, connect c1 #2: an entry the real server's transcript does not have")
                .contains("1 more: end");
        assertThat(TranscriptComparator.differences("x", ours, recorded).orElseThrow())
                .startsWith("scenario x, connect c1 #2: the entry is missing");
    }

    @Test
    void racyFramesAndTimeoutDetailsAreNotCompared() {
        ObjectNode recorded = transcript("{'step':1,'send':{'cmd':'WriteEvents'},'recv':[{'event':'closed'}],"
                + "'racy_before_close':[{'cmd':'BadRequest','text':'Trusted writes...'}]}",
                "{'step':2,'await':'sub','recv':[{'event':'timeout'}]}");
        ObjectNode ours = transcript("{'step':1,'send':{'cmd':'WriteEvents'},'recv':[{'event':'closed'}]}",
                "{'step':2,'await':'sub','recv':[{'event':'timeout','text':'after 5000 ms'}]}");
        assertThat(TranscriptComparator.differences("x", recorded, ours)).isEmpty();
    }

    @Test
    void scenariosRefuseUnknownKeysAndAcceptCommentsAndTrailingCommas() {
        Scenario scenario = ScenarioLoader.parse("t", """
                { // a comment
                  "description": "d", "protocols": [4], "identify": false,
                  "steps": [
                    {"send": "Ping", "payload_text": "x", "auth": ["a", "b"],},
                    {"await": "sub", "count": 2},
                    {"sleep_ms": 10},
                  ],
                }
                """);
        assertThat(scenario.identify()).isFalse();
        assertThat(scenario.replyTimeoutMs()).isEqualTo(5000);
        assertThat(scenario.endWaitMs()).isEqualTo(300);
        assertThat(scenario.supports(3)).isFalse();
        assertThat(scenario.steps()).extracting(Scenario.Step::kind)
                .containsExactly(Scenario.Step.Kind.SEND, Scenario.Step.Kind.AWAIT, Scenario.Step.Kind.SLEEP);
        assertThat(SendStep.credentials(scenario.steps().get(0).auth()).password()).isEqualTo("b");
        assertThatThrownBy(() -> ScenarioLoader.parse("t", "{\"steps\": [{\"send\": \"Ping\", \"paylod_text\": \"x\"}]}"))
                .hasMessageContaining("paylod_text");
        assertThatThrownBy(() -> ScenarioLoader.parse("t", "{\"step\": []}")).hasMessageContaining("step");
        assertThatThrownBy(() -> ScenarioLoader.parse("t", "{\"steps\": [{\"send\": \"Ping\", \"sleep_ms\": 5}]}"))
                .hasMessageContaining("step 1: a step needs exactly one of");
    }

    private static ObjectNode transcript(String... entries) {
        try {
            var array = Json.NODES.arrayNode();
            for (String entry : entries) {
                array.add(Json.MAPPER.readTree(entry.replace('\'', '"')));
            }
            return TranscriptComparator.transcript(array);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
