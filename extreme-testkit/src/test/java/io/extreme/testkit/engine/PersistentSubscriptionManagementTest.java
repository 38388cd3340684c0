package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.PersistentHarness.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscriptionCompleted;
import io.extreme.spi.message.CreatePersistentSubscriptionResult;
import io.extreme.spi.message.DeletePersistentSubscription;
import io.extreme.spi.message.DeletePersistentSubscriptionCompleted;
import io.extreme.spi.message.DeletePersistentSubscriptionResult;
import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.spi.message.UpdatePersistentSubscription;
import io.extreme.spi.message.UpdatePersistentSubscriptionCompleted;
import io.extreme.spi.message.UpdatePersistentSubscriptionResult;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creating, updating, deleting groups and connecting to them, with the real server's answers. */
class PersistentSubscriptionManagementTest {
    private final PersistentHarness ps = new PersistentHarness();
    private final EngineHarness h = ps.h;
    private final String stream = EngineHarness.stream("ps");

    private CreatePersistentSubscriptionCompleted create(Principal who, String group, String streamId, String strategy) {
        return h.ask(who, new CreatePersistentSubscription(group, streamId, config(0, 30_000, 10, strategy)));
    }

    @Test
    void createsOnceThenAnswersAlreadyExists() {
        assertThat(create(h.admin, "g1", stream, "RoundRobin"))
                .isEqualTo(new CreatePersistentSubscriptionCompleted(CreatePersistentSubscriptionResult.SUCCESS, ""));
        assertThat(create(h.admin, "g1", stream, "RoundRobin")).isEqualTo(new CreatePersistentSubscriptionCompleted(
                CreatePersistentSubscriptionResult.ALREADY_EXISTS, "Group 'g1' already exists."));
    }

    @Test
    void onlyAdminsMayCreateNotEvenOps() {
        CreatePersistentSubscriptionCompleted denied = new CreatePersistentSubscriptionCompleted(
                CreatePersistentSubscriptionResult.ACCESS_DENIED, "You do not have permissions to create streams");
        assertThat(create(Principal.ANONYMOUS, "g1", stream, "RoundRobin")).isEqualTo(denied);
        assertThat(create(h.ops, "g1", stream, "RoundRobin")).isEqualTo(denied);
    }

    @Test
    void refusesAllEmptyStreamAndUnknownStrategy() {
        CreatePersistentSubscriptionCompleted badName = new CreatePersistentSubscriptionCompleted(
                CreatePersistentSubscriptionResult.FAIL, "Bad stream name.");
        assertThat(create(h.admin, "g", "$all", "RoundRobin")).isEqualTo(badName);
        assertThat(create(h.admin, "g", "", "RoundRobin")).isEqualTo(badName);
        assertThat(create(h.admin, "g", stream, "NoSuchStrategy")).isEqualTo(new CreatePersistentSubscriptionCompleted(
                CreatePersistentSubscriptionResult.FAIL, "Consumer strategy NoSuchStrategy does not exist."));
        assertThat(create(h.admin, "p", stream, "Pinned").result()).isEqualTo(CreatePersistentSubscriptionResult.SUCCESS);
        assertThat(create(h.admin, "d", stream, "DispatchToSingle").result())
                .isEqualTo(CreatePersistentSubscriptionResult.SUCCESS);
    }

    @Test
    void updatesExistingGroupsOnly() {
        ps.create(stream, "g1", config(0));
        assertThat((UpdatePersistentSubscriptionCompleted) h.ask(h.admin,
                new UpdatePersistentSubscription("nope", stream, config(0)))).isEqualTo(
                new UpdatePersistentSubscriptionCompleted(UpdatePersistentSubscriptionResult.DOES_NOT_EXIST,
                        "Group 'nope' does not exist."));
        assertThat((UpdatePersistentSubscriptionCompleted) h.ask(new UpdatePersistentSubscription("g1", stream,
                config(0)))).isEqualTo(new UpdatePersistentSubscriptionCompleted(
                UpdatePersistentSubscriptionResult.ACCESS_DENIED, "You do not have permissions to update the subscription"));
        assertThat((UpdatePersistentSubscriptionCompleted) h.ask(h.admin, new UpdatePersistentSubscription("g1", stream,
                config(0, 30_000, 3, "RoundRobin")))).isEqualTo(
                new UpdatePersistentSubscriptionCompleted(UpdatePersistentSubscriptionResult.SUCCESS, ""));
    }

    @Test
    void deletesOnceWithTheServersTexts() {
        ps.create(stream, "g1", config(0));
        assertThat((DeletePersistentSubscriptionCompleted) h.ask(new DeletePersistentSubscription("g1", stream)))
                .isEqualTo(new DeletePersistentSubscriptionCompleted(DeletePersistentSubscriptionResult.ACCESS_DENIED,
                        "You do not have permissions to create streams"));
        assertThat((DeletePersistentSubscriptionCompleted) h.ask(h.admin, new DeletePersistentSubscription("g1", stream)))
                .isEqualTo(new DeletePersistentSubscriptionCompleted(DeletePersistentSubscriptionResult.SUCCESS, ""));
        assertThat((DeletePersistentSubscriptionCompleted) h.ask(h.admin, new DeletePersistentSubscription("g1", stream)))
                .isEqualTo(new DeletePersistentSubscriptionCompleted(DeletePersistentSubscriptionResult.DOES_NOT_EXIST,
                        "Group 'g1' does not exist."));
    }

    @Test
    void connectConfirmsWithTheServersKeyOrDrops() {
        h.append(stream, -1, EngineHarness.event("a"), EngineHarness.event("b"));
        ps.create(stream, "g1", config(0, 30_000, 10, "RoundRobin"));
        assertThat(ps.connect(stream, "missing", 10).received())
                .containsExactly(new SubscriptionDropped(SubscriptionDropReason.NOT_FOUND));
        PersistentSubscriptionConfirmation confirmation =
                (PersistentSubscriptionConfirmation) ps.connect(stream, "g1", 10).received().get(0);
        assertThat(confirmation.subscriptionId()).isEqualTo(stream + "::g1");
        assertThat(confirmation.lastEventNumber()).isEqualTo(1L);
        assertThat(confirmation.lastCommitPosition()).isPositive();
    }

    @Test
    void connectNeedsReadAccessAndRoomForOneMore() {
        h.setMetadata(stream, "{\"$acl\":{\"$r\":\"$admins\"}}");
        h.ask(h.admin, new CreatePersistentSubscription("g1", stream,
                new PersistentSubscriptionConfig(false, 0, 30_000, false, 500, 20, 500, 10, true,
                        2000, 1000, 10, 1, "RoundRobin")));
        PersistentHarness.Consumer anonymous = ps.new Consumer(h.session, UUID.randomUUID(), stream + "::g1");
        h.engine.handle(h.session, anonymous.correlationId, Principal.ANONYMOUS,
                new ConnectToPersistentSubscription("g1", stream, 10));
        assertThat(anonymous.received()).containsExactly(new SubscriptionDropped(SubscriptionDropReason.ACCESS_DENIED));
        assertThat(ps.connect(stream, "g1", 10).received().get(0)).isInstanceOf(PersistentSubscriptionConfirmation.class);
        assertThat(ps.connect(stream, "g1", 10).received())
                .containsExactly(new SubscriptionDropped(SubscriptionDropReason.SUBSCRIBER_MAX_COUNT_REACHED));
    }

    /**
     * A deleted group's consumer gets a SubscriptionDropped with no reason field at all (PROTOCOL.md
     * §12.1 #12), not an explicit Unsubscribed. Unconfirmed: that an update drops its consumers
     * the same way (no recording has a consumer connected during an update).
     */
    @Test
    void updateAndDeleteDropConnectedConsumersWithoutAReason() {
        ps.create(stream, "g1", config(0));
        PersistentHarness.Consumer first = ps.connect(stream, "g1", 10);
        h.ask(h.admin, new UpdatePersistentSubscription("g1", stream, config(0)));
        assertThat(first.last()).isEqualTo(new SubscriptionDropped(null));
        PersistentHarness.Consumer second = ps.connect(stream, "g1", 10);
        h.ask(h.admin, new DeletePersistentSubscription("g1", stream));
        assertThat(second.last()).isEqualTo(new SubscriptionDropped(null));
        assertThat(ps.connect(stream, "g1", 10).received())
                .containsExactly(new SubscriptionDropped(SubscriptionDropReason.NOT_FOUND));
    }
}
