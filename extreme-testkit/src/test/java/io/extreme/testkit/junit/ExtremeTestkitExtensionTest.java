package io.extreme.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.testkit.ExtremeTestkitExtension;
import io.extreme.testkit.engine.EventStoreEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ExtremeTestkitExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtremeTestkitExtensionTest {
    private EmbeddedEventStore storeSeenBefore;

    @BeforeAll
    void remembersTheStore(EmbeddedEventStore store) {
        storeSeenBefore = store;
    }

    @Test
    @Order(1)
    void injectsAConnectedClient(ExtremeClient client, EmbeddedEventStore store, EventStoreEngine engine) throws Exception {
        assertThat(store).isSameAs(storeSeenBefore);
        assertThat(engine).isSameAs(store.engine());
        assertThat(client.append("orders-1", List.of(EventData.json("Placed", "{}")), AppendOptions.expecting(ExpectedVersion.NO_STREAM))
                .get(10, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(0);
    }

    @Test
    @Order(2)
    void theStoreLivesForTheClassAndTheClientIsAdmin(ExtremeClient client) throws Exception {
        // Reading $all needs an administrator; the event of the first test is still there.
        var all = client.readAllSlice(Position.START, ReadOptions.forward().withPageSize(100)).get(10, TimeUnit.SECONDS);
        assertThat(all.events()).anyMatch(e -> e.originalStreamId().equals("orders-1"));
    }
}
