package io.extreme.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.Ping;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ScavengeDatabase;
import io.extreme.spi.message.TransactionCommit;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionWrite;
import io.extreme.spi.message.WriteEvents;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests the real server refuses to unwrap (BadRequest, PROTOCOL.md §12.1 "also seen") and
 * messages that are not requests for the engine: {@code handle} returns false and sends nothing.
 */
class ValidationTest {
    private static final NewEvent OK_EVENT = EngineHarness.event("1");

    static List<Message> notHandled() {
        return List.of(
                new WriteEvents("s", -3, List.of(OK_EVENT), true),
                new WriteEvents("s", -7, List.of(OK_EVENT), true),
                new WriteEvents("", -2, List.of(OK_EVENT), true),
                new WriteEvents("s", -2, List.of(new NewEvent(UUID.randomUUID(), "", 0, 0, new byte[0], null)), true),
                new DeleteStream("s", -4, true, null),
                new DeleteStream("", -2, true, null),
                new TransactionStart("s", -4, true),
                new TransactionWrite(-1, List.of(), true),
                new TransactionCommit(-5, true),
                new ReadEvent("s", -2, false, true),
                new ReadEvent("", 0, false, true),
                new ReadStreamEvents(ReadDirection.FORWARD, "s", -2, 10, false, true),
                new ReadStreamEvents(ReadDirection.BACKWARD, "", -1, 10, false, true),
                new Ping(new byte[0]),
                new ScavengeDatabase());
    }

    @ParameterizedTest
    @MethodSource("notHandled")
    void isNotHandledAndGetsNoAnswer(Message request) {
        EngineHarness h = new EngineHarness();
        assertThat(h.engine.handle(h.session, UUID.randomUUID(), Principal.ANONYMOUS, request)).isFalse();
        assertThat(h.session.all()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("handled")
    void theEdgesThatAreStillValidAreHandled(Message request) {
        EngineHarness h = new EngineHarness();
        assertThat(h.engine.handle(h.session, UUID.randomUUID(), null, request)).isTrue();
        assertThat(h.session.all()).hasSize(1);
    }

    static List<Message> handled() {
        return List.of(
                new WriteEvents("s", -4, List.of(OK_EVENT), true),
                new WriteEvents("s", Long.MAX_VALUE - 1, List.of(), true),
                new DeleteStream("s", -2, true, Boolean.TRUE),
                new TransactionStart("s", -2, true),
                new TransactionCommit(0, true),
                new ReadEvent("s", -1, false, true),
                new ReadStreamEvents(ReadDirection.BACKWARD, "s", -1, 10, false, true),
                new ReadAllEvents(ReadDirection.FORWARD, -1, -1, 10, false, true));
    }
}
