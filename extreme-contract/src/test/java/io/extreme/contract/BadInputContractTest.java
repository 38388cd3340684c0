package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.UserCredentials;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.StreamPosition;
import java.util.Arrays;
import java.util.List;

/** Bad arguments fail at once, naming the argument, and leave the client working. */
class BadInputContractTest {
    @ContractTest
    void streamNamesMustBeGiven(Server server) {
        ExtremeClient client = server.client();
        assertThatThrownBy(() -> client.append(null, events(1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("stream");
        assertThatThrownBy(() -> client.append("", events(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stream");
        assertThatThrownBy(() -> client.readStreamSlice("", StreamPosition.of(0), ReadOptions.forward().withPageSize(1))).hasMessageContaining("stream");
        assertThatThrownBy(() -> client.delete("")).hasMessageContaining("stream");
        assertThatThrownBy(() -> client.getStreamMetadata("")).hasMessageContaining("stream");
        assertStillWorks(server);
    }

    @ContractTest
    void countsAndNumbersMustBeInRange(Server server) {
        ExtremeClient client = server.client();
        // The counts and positions of the old calls are options and named positions now; each is refused naming itself.
        assertThatThrownBy(() -> client.readStreamSlice("s", StreamPosition.of(0), ReadOptions.forward().withPageSize(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize").hasMessageContaining("4096");
        assertThatThrownBy(() -> client.readStreamSlice("s", StreamPosition.of(0), ReadOptions.forward().withPageSize(4097))).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> ReadOptions.forward().withMaxCount(0)).hasMessageContaining("maxCount");
        assertThatThrownBy(() -> client.readStreamSlice("s", StreamPosition.END, ReadOptions.forward().withPageSize(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> client.readStreamSlice("s", StreamPosition.of(-2), ReadOptions.backward().withPageSize(10))).hasMessageContaining("eventNumber");
        assertThatThrownBy(() -> client.readEvent("s", StreamPosition.of(-2), ReadOptions.DEFAULTS)).hasMessageContaining("eventNumber");
        assertThatThrownBy(() -> client.readAllSlice(Position.START, ReadOptions.forward().withPageSize(-1))).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> ExpectedVersion.exactly(-3)).hasMessageContaining("expected version");
        assertThatThrownBy(() -> new Position(-5, 0)).hasMessageContaining("position");
        assertStillWorks(server);
    }

    @ContractTest
    void eventsOverTheSizeLimitAreRefusedBeforeSending(Server server) {
        String stream = server.stream("bad-big");
        try (ExtremeClient small = ContractTargets.connect(server, b -> b.maxEventSize(1000))) {
            EventData big = EventData.binary("big", new byte[1001]);
            assertThatThrownBy(() -> small.append(stream, List.of(events(1).get(0), big)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events[1]").hasMessageContaining("1000");
            assertThat(result(small.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events()).isEmpty();
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
        assertThatThrownBy(() -> server.client().append("s", Arrays.asList(events(1).get(0), null)))
                .hasMessageContaining("events[1]");
        assertThatThrownBy(() -> EventData.json("", "{}")).hasMessageContaining("eventType");
        assertStillWorks(server);
    }

    private static void assertStillWorks(Server server) {
        String stream = server.stream("bad-then-good");
        assertThat(result(server.client().append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM))).nextExpectedVersion())
                .isEqualTo(0);
    }
}
