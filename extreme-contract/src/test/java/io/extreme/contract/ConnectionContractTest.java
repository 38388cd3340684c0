package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
import io.extreme.error.ConnectionClosedException;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.WriteResult;
import io.extreme.testkit.EmbeddedEventStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

class ConnectionContractTest {
    @ContractTest
    void manyOperationsInFlightOnOneConnectionAllComplete(Server server) {
        String stream = server.stream("conn-pipelined");
        List<CompletableFuture<WriteResult>> appends = IntStream.range(0, 200)
                .mapToObj(i -> server.client().appendToStream(stream, ExpectedVersion.ANY, events(1)))
                .toList();
        appends.forEach(Await::result);
        assertThat(result(server.client().readStreamBackward(stream, -1, 1, false)).lastEventNumber()).hasValue(199);
    }

    @ContractTest
    void closingAClientReleasesItsServerConnection(Server server) {
        EmbeddedEventStore store = server.testkit();
        int before = store.openConnections();
        ExtremeClient extra = ContractTargets.connect(server, b -> b);
        result(extra.appendToStream(server.stream("conn-close"), ExpectedVersion.ANY, events(1)));
        assertThat(store.openConnections()).isEqualTo(before + 1);
        extra.close();
        Await.until("the server to see the connection closed", () -> store.openConnections() == before);
        assertThatThrownBy(() -> result(extra.readEvent("x", 0, false))).isInstanceOf(ConnectionClosedException.class);
    }

    @ContractTest
    void aClientReconnectsWhenTheServerGoesAwayAndComesBack(Server server) {
        EmbeddedEventStore shared = server.testkit();
        EmbeddedEventStore store = EmbeddedEventStore.builder().engine(shared.engine()).start();
        String stream = server.stream("conn-reconnect");
        try (ExtremeClient client = ContractTargets.connect(server, b -> b.endpoint(store.endpoint())
                .reconnectDelay(Duration.ofMillis(50)).maxReconnectAttempts(-1))) {
            result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(1)));
            int port = store.endpoint().port();
            store.close();
            try (EmbeddedEventStore again = EmbeddedEventStore.builder().engine(shared.engine()).port(port).start()) {
                assertThat(result(client.appendToStream(stream, ExpectedVersion.exactly(0), events(1))).nextExpectedVersion())
                        .isEqualTo(1);
            }
        }
    }
}
