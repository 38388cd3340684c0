package io.extreme.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeClient;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.testkit.ExtremeTestkitExtension;
import io.extreme.testkit.TestkitProtocol;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ExtremeTestkitExtension.class)
@TestkitProtocol(3)
class TestkitProtocolTest {
    @Test
    void theStoreSpeaksV3AndTheClientFindsOut(ExtremeClient client, EmbeddedEventStore store) throws Exception {
        assertThat(store.protocol()).isEqualTo(3);
        client.appendToStream("v3-orders", ExpectedVersion.NO_STREAM, EventData.json("Placed", "{}")).get(10, TimeUnit.SECONDS);
        assertThat(client.protocolVersion()).isEqualTo(3);
    }
}
