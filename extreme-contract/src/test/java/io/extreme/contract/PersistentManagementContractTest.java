package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
import io.extreme.UserCredentials;
import io.extreme.error.AccessDeniedException;
import io.extreme.error.PersistentSubscriptionAlreadyExistsException;
import io.extreme.error.PersistentSubscriptionFailedException;
import io.extreme.error.PersistentSubscriptionNotFoundException;
import io.extreme.persistent.ConsumerStrategy;
import io.extreme.persistent.PersistentSubscriptionSettings;
import java.time.Duration;

class PersistentManagementContractTest {
    private static final PersistentSubscriptionSettings SETTINGS = PersistentSubscriptionSettings.defaults()
            .withStartFromBeginning().withMessageTimeout(Duration.ofSeconds(5)).withMaxRetryCount(3)
            .withStrategy(ConsumerStrategy.DISPATCH_TO_SINGLE);

    @ContractTest
    void createsUpdatesAndDeletesAGroup(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("ps-manage");
        assertThatCode(() -> result(admin.createPersistentSubscription(stream, "g1", SETTINGS))).doesNotThrowAnyException();
        assertThatThrownBy(() -> result(admin.createPersistentSubscription(stream, "g1", SETTINGS)))
                .isInstanceOf(PersistentSubscriptionAlreadyExistsException.class).hasMessageContaining("g1");
        assertThatCode(() -> result(admin.updatePersistentSubscription(stream, "g1",
                SETTINGS.withStrategy(ConsumerStrategy.ROUND_ROBIN)))).doesNotThrowAnyException();
        assertThatCode(() -> result(admin.deletePersistentSubscription(stream, "g1"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> result(admin.deletePersistentSubscription(stream, "g1")))
                .isInstanceOf(PersistentSubscriptionNotFoundException.class).hasMessageContaining(stream);
        assertThatThrownBy(() -> result(admin.updatePersistentSubscription(stream, "g1", SETTINGS)))
                .isInstanceOf(PersistentSubscriptionNotFoundException.class);
    }

    @ContractTest
    void onlyAdministratorsMayCreateGroups(Server server) {
        String stream = server.stream("ps-access");
        assertThatThrownBy(() -> result(server.client().createPersistentSubscription(stream, "g", SETTINGS)))
                .isInstanceOf(AccessDeniedException.class);
        ExtremeClient ops = server.client().withCredentials(UserCredentials.of("ops", "changeit"));
        assertThatThrownBy(() -> result(ops.createPersistentSubscription(stream, "g", SETTINGS)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ContractTest
    void aGroupOnAllIsRefused(Server server) {
        assertThatThrownBy(() -> result(server.admin().createPersistentSubscription("$all", "g", SETTINGS)))
                .isInstanceOf(PersistentSubscriptionFailedException.class);
    }

    @ContractTest
    void settingsAndNamesAreChecked(Server server) {
        assertThatThrownBy(() -> server.admin().createPersistentSubscription("s", "", SETTINGS)).hasMessageContaining("group");
        assertThatThrownBy(() -> SETTINGS.withStartFrom(-2)).hasMessageContaining("startFrom");
        assertThatThrownBy(() -> SETTINGS.withMaxRetryCount(-1)).hasMessageContaining("maxRetryCount");
        assertThatThrownBy(() -> SETTINGS.withMessageTimeout(Duration.ZERO)).hasMessageContaining("messageTimeout");
    }
}
