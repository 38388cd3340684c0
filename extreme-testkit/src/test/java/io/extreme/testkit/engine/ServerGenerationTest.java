package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.EngineHarness.event;
import static io.extreme.testkit.engine.EngineHarness.stream;
import static io.extreme.testkit.engine.EngineHarness.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.WriteEventsCompleted;
import org.junit.jupiter.api.Test;

/**
 * Where EventStore 3.9.3 answers differently from 4.1.4 beyond the encoding, as the v3 and v4
 * transcripts recorded it (PROTOCOL.md §4.6, §12.1 #5, "Also seen").
 */
class ServerGenerationTest {
    private final EngineHarness v3 = new EngineHarness(ServerGeneration.V3);
    private final EngineHarness v4 = new EngineHarness(ServerGeneration.V4);
    private final String s = stream("s1");

    @Test
    void eachProtocolHasItsGeneration() {
        assertThat(ServerGeneration.ofProtocol(3)).isEqualTo(ServerGeneration.V3);
        assertThat(ServerGeneration.ofProtocol(4)).isEqualTo(ServerGeneration.V4);
        assertThat(ServerGeneration.V3.protocol()).isEqualTo(3);
        assertThatThrownBy(() -> ServerGeneration.ofProtocol(5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("protocol must be 3 or 4, was 5");
    }

    @Test
    void onV3AnEmptyAppendDoesNotMoveTheLastCommitPosition() {
        long before = v3.forward(s, 0, 10).lastCommitPosition();
        WriteEventsCompleted empty = v3.append(s, -2);
        assertThat(empty.commitPosition()).isGreaterThan(before);
        assertThat(v3.forward(s, 0, 10).lastCommitPosition()).isEqualTo(before);

        WriteEventsCompleted written = v3.append(s, -1, event("1"));
        v3.append(s, 0);
        assertThat(v3.forward(s, 0, 10).lastCommitPosition()).isEqualTo(written.commitPosition());
    }

    @Test
    void onV4AnEmptyAppendMovesIt() {
        WriteEventsCompleted empty = v4.append(s, -2);
        assertThat(v4.forward(s, 0, 10).lastCommitPosition()).isEqualTo(empty.commitPosition());
    }

    @Test
    void onV3ASoftDeleteWritesTheInt32MarkerAndAnAppendUndeletes() {
        v3.append(s, -1, event("1"), event("2"));
        v3.delete(s, 1, false);
        assertThat(text(v3.readEvent("$$" + s, -1).event().event().data())).isEqualTo("{\"$tb\":2147483647}");
        assertThat(v3.forward(s, 0, 10).result()).isEqualTo(ReadStreamResult.NO_STREAM);

        assertThat(v3.append(s, -1, event("3")).firstEventNumber()).isEqualTo(2);
        assertThat(text(v3.readEvent("$$" + s, -1).event().event().data())).isEqualTo("{\"$tb\":2}");
        assertThat(EngineHarness.numbers(v3.forward(s, 0, 10))).containsExactly(2L);
    }

    @Test
    void forwardAllReadsResumeAtTheCommitPositionOnV3AndWithPrepareZeroOnV4() {
        long v3Position = v3.append(s, -1, event("1")).commitPosition();
        ReadAllEventsCompleted v3Page = v3.readAll(ReadDirection.FORWARD, v3Position, v3Position, 1);
        assertThat(v3Page.nextCommitPosition()).isGreaterThan(v3Position);
        assertThat(v3Page.nextPreparePosition()).isEqualTo(v3Page.nextCommitPosition());

        long v4Position = v4.append(s, -1, event("1")).commitPosition();
        ReadAllEventsCompleted v4Page = v4.readAll(ReadDirection.FORWARD, v4Position, v4Position, 1);
        assertThat(v4Page.nextCommitPosition()).isGreaterThan(v4Position);
        assertThat(v4Page.nextPreparePosition()).isZero();
    }
}
