package io.extreme.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.ProtocolVersion;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.testkit.ExtremeTestkitExtension;
import io.extreme.testkit.TestkitProtocol;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ExtremeTestkitExtension.class)
@TestkitProtocol(3)
class TestkitProtocolTest {
    @Test
    void theStoreSpeaksV3AndTheClientFindsOut(ExtremeClient client, EmbeddedEventStore store) throws Exception {
        assertThat(store.protocol()).isEqualTo(3);
        client.append("v3-orders", List.of(EventData.json("Placed", "{}")), AppendOptions.expecting(ExpectedVersion.NO_STREAM)).get(10, TimeUnit.SECONDS);
        assertThat(client.protocol()).isEqualTo(ProtocolVersion.V3);
    }
}
