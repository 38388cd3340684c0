package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
import io.extreme.UserCredentials;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import java.util.Arrays;
import java.util.List;

/** Bad arguments fail at once, naming the argument, and leave the client working. */
class BadInputContractTest {
    @ContractTest
    void streamNamesMustBeGiven(Server server) {
        ExtremeClient client = server.client();
        assertThatThrownBy(() -> client.appendToStream(null, ExpectedVersion.ANY, events(1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("stream");
        assertThatThrownBy(() -> client.appendToStream("", ExpectedVersion.ANY, events(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stream");
        assertThatThrownBy(() -> client.readStreamForward("", 0, 1, false)).hasMessageContaining("stream");
        assertThatThrownBy(() -> client.deleteStream("", ExpectedVersion.ANY, false)).hasMessageContaining("stream");
        assertThatThrownBy(() -> client.getStreamMetadata("")).hasMessageContaining("stream");
        assertStillWorks(server);
    }

    @ContractTest
    void countsAndNumbersMustBeInRange(Server server) {
        ExtremeClient client = server.client();
        assertThatThrownBy(() -> client.readStreamForward("s", 0, 0, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCount").hasMessageContaining("4096");
        assertThatThrownBy(() -> client.readStreamForward("s", 0, 4097, false)).hasMessageContaining("maxCount");
        assertThatThrownBy(() -> client.readStreamForward("s", -1, 10, false)).hasMessageContaining("fromEventNumber");
        assertThatThrownBy(() -> client.readStreamBackward("s", -2, 10, false)).hasMessageContaining("fromEventNumber");
        assertThatThrownBy(() -> client.readEvent("s", -2, false)).hasMessageContaining("eventNumber");
        assertThatThrownBy(() -> client.readAllForward(Position.START, -1, false)).hasMessageContaining("maxCount");
        assertThatThrownBy(() -> ExpectedVersion.exactly(-3)).hasMessageContaining("expected version");
        assertThatThrownBy(() -> new Position(-5, 0)).hasMessageContaining("position");
        assertStillWorks(server);
    }

    @ContractTest
    void eventsOverTheSizeLimitAreRefusedBeforeSending(Server server) {
        String stream = server.stream("bad-big");
        try (ExtremeClient small = ContractTargets.connect(server, b -> b.maxEventSize(1000))) {
            EventData big = EventData.binary("big", new byte[1001]);
            assertThatThrownBy(() -> small.appendToStream(stream, ExpectedVersion.ANY, List.of(events(1).get(0), big)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events[1]").hasMessageContaining("1000");
            assertThat(result(small.readStreamForward(stream, 0, 10, false)).events()).isEmpty();
        }
    }

    @ContractTest
    void credentialsOver255BytesAreRefused(Server server) {
        char[] longName = new char[256];
        Arrays.fill(longName, 'x');
        assertThatThrownBy(() -> UserCredentials.of(new String(longName), "p"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("login").hasMessageContaining("255");
        assertThatThrownBy(() -> UserCredentials.of("u", "é".repeat(128)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
        assertStillWorks(server);
    }

    @ContractTest
    void eventsMustNotBeNull(Server server) {
        assertThatThrownBy(() -> server.client().appendToStream("s", ExpectedVersion.ANY, Arrays.asList(events(1).get(0), null)))
                .hasMessageContaining("events[1]");
        assertThatThrownBy(() -> EventData.json("", "{}")).hasMessageContaining("eventType");
        assertStillWorks(server);
    }

    private static void assertStillWorks(Server server) {
        String stream = server.stream("bad-then-good");
        assertThat(result(server.client().appendToStream(stream, ExpectedVersion.NO_STREAM, events(1))).nextExpectedVersion())
                .isEqualTo(0);
    }
}
