package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.Fakes;
import io.extreme.spi.Frame;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.message.SubscriptionConfirmation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bound on remembered orphans: within it one unsubscribe per orphan, past it an orphan may be asked again. */
class StrayFramesTest {
    private final FakeCodec codec = new FakeCodec();
    private final List<Fakes.Call> calls = new ArrayList<>();
    private final TransportConnection connection = Fakes.fake(TransportConnection.class, calls, Map.of("send", args -> null));
    private final StrayFrames strays = new StrayFrames(codec, "strays-test");

    private void confirmed(UUID id) {
        strays.received(codec.reply(id, new SubscriptionConfirmation(0L, null)), connection);
    }

    private long unsubscribesFor(UUID id) {
        return Fakes.callsTo(calls, "send").stream().filter(c -> ((Frame) c.arg(0)).correlationId().equals(id)).count();
    }

    @Test
    void anOrphanIsRememberedUntilTheBoundPushesItOut() {
        UUID first = UUID.randomUUID();
        confirmed(first);
        for (int i = 1; i < StrayFrames.REMEMBERED_ORPHANS; i++) {
            confirmed(UUID.randomUUID());
        }
        confirmed(first);
        assertThat(unsubscribesFor(first)).as("still remembered").isEqualTo(1);

        confirmed(UUID.randomUUID()); // one more than the bound: the first is the eldest
        confirmed(first);
        assertThat(unsubscribesFor(first)).as("forgotten, so asked again").isEqualTo(2);
    }

    @Test
    void aNewConnectionForgetsTheOrphansOfTheOldOne() {
        UUID orphan = UUID.randomUUID();
        confirmed(orphan);
        strays.connectionLost();
        confirmed(orphan);
        assertThat(unsubscribesFor(orphan)).isEqualTo(2);
    }

    @Test
    void withoutAConnectionNothingIsSent() {
        strays.received(codec.reply(UUID.randomUUID(), new SubscriptionConfirmation(0L, null)), null);
        assertThat(calls).isEmpty();
    }
}
