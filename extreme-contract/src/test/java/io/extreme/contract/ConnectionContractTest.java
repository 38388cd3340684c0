package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.error.ClientClosedException;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.testkit.fault.FaultProxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

class ConnectionContractTest {
    @ContractTest
    void manyOperationsInFlightOnOneConnectionAllComplete(Server server) {
        String stream = server.stream("conn-pipelined");
        List<CompletableFuture<WriteResult>> appends = IntStream.range(0, 200)
                .mapToObj(i -> server.client().append(stream, events(1)))
                .toList();
        appends.forEach(Await::result);
        assertThat(result(server.client().readStreamSlice(stream, StreamPosition.END, ReadOptions.backward().withPageSize(1))).lastEventNumber()).hasValue(199);
    }

    /** The connection is counted at a proxy of the test's own, so this runs against a real server too. */
    @ContractTest
    void closingAClientReleasesItsServerConnection(Server server) {
        try (FaultProxy proxy = FaultProxy.start(server.settings().endpoint())) {
            ExtremeClient extra = ContractTargets.connect(server, b -> b.endpoint(proxy.endpoint()).transport("nio"));
            result(extra.append(server.stream("conn-close"), events(1)));
            assertThat(proxy.openConnections()).isEqualTo(1);
            extra.close();
            Await.until("the client's connection to be closed", () -> proxy.openConnections() == 0);
            assertThat(proxy.acceptedConnections()).as("no connection again after the close").isEqualTo(1);
            assertThatThrownBy(() -> result(extra.readEvent("x", StreamPosition.of(0), ReadOptions.DEFAULTS)))
                    .isInstanceOf(ClientClosedException.class);
        }
    }

    @ContractTest
    void closingAViewOfTheClientLeavesTheClientAndItsOtherViewsUsable(Server server) {
        String stream = server.stream("conn-view-close");
        ExtremeClient view = server.admin();
        ExtremeClient other = server.admin();
        result(view.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        view.close();
        assertThat(view.isClosed()).isTrue();
        assertThat(server.client().isClosed()).isFalse();
        assertThatThrownBy(() -> result(view.readEvent(stream, StreamPosition.of(0), ReadOptions.DEFAULTS))).isExactlyInstanceOf(ClientClosedException.class)
                .hasMessageContaining("this view of the client was closed; the client itself is open");
        assertThat(result(server.client().append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(0)))).nextExpectedVersion())
                .isEqualTo(1);
        assertThat(result(other.readStreamSlice(stream, StreamPosition.END, ReadOptions.backward().withPageSize(1))).lastEventNumber()).hasValue(1);
    }

    /**
     * The server goes away (its connection reset, new ones refused) and comes back, at a proxy of
     * the test's own in front of it, so this runs against a real server too.
     */
    @ContractTest
    void aClientReconnectsWhenTheServerGoesAwayAndComesBack(Server server) {
        String stream = server.stream("conn-reconnect");
        try (FaultProxy proxy = FaultProxy.start(server.settings().endpoint());
             ExtremeClient client = ContractTargets.connect(server, b -> b.endpoint(proxy.endpoint()).transport("nio")
                     .reconnectDelay(Duration.ofMillis(50)).maxReconnectAttempts(-1))) {
            result(client.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
            proxy.refuseNewConnections(true);
            proxy.cutAll();
            Await.until("the client to try again while the server is away", () -> proxy.refusedConnections() >= 1);
            proxy.refuseNewConnections(false);
            assertThat(result(client.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(0)))).nextExpectedVersion())
                    .isEqualTo(1);
            assertThat(proxy.acceptedConnections()).as("the first connection and the one after the outage").isGreaterThanOrEqualTo(2);
        }
    }
}
