package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.UserCredentials;
import io.extreme.error.AccessDeniedException;
import io.extreme.error.NotAuthenticatedException;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;

class SecurityContractTest {
    @ContractTest
    void wrongCredentialsOnAnOperationAreRefused(Server server) {
        ExtremeClient stranger = server.client().withCredentials(UserCredentials.of("admin", "not-the-password"));
        assertThatThrownBy(() -> result(stranger.append(server.stream("sec-wrong"), events(1))))
                .isInstanceOf(NotAuthenticatedException.class)
                .hasMessageNotContaining("not-the-password");
    }

    @ContractTest
    void systemStreamsNeedAnAdministrator(Server server) {
        String stream = "$" + server.stream("sec-system");
        assertThatThrownBy(() -> result(server.client().append(stream, events(1))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(stream);
        result(server.admin().append(stream, events(1)));
        assertThatThrownBy(() -> result(server.client().readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(result(server.admin().readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events()).hasSize(1);
    }

    @ContractTest
    void defaultCredentialsInTheSettingsAreUsed(Server server) {
        String stream = "$" + server.stream("sec-default");
        try (ExtremeClient admin = ContractTargets.connect(server, b -> b.credentials(server.adminCredentials()))) {
            result(admin.append(stream, events(1)));
            assertThat(result(admin.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events()).hasSize(1);
        }
    }

    @ContractTest
    void wrongDefaultCredentialsFailEachOperationClearly(Server server) {
        try (ExtremeClient wrong = ContractTargets.connect(server, b -> b.credentials("admin", "nope"))) {
            assertThatThrownBy(() -> result(wrong.readStreamSlice(server.stream("sec-default-wrong"), StreamPosition.of(0), ReadOptions.forward().withPageSize(1))))
                    .isInstanceOf(NotAuthenticatedException.class);
        }
    }
}
