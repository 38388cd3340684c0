package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
import io.extreme.UserCredentials;
import io.extreme.error.AccessDeniedException;
import io.extreme.error.NotAuthenticatedException;
import io.extreme.event.ExpectedVersion;

class SecurityContractTest {
    @ContractTest
    void wrongCredentialsOnAnOperationAreRefused(Server server) {
        ExtremeClient stranger = server.client().withCredentials(UserCredentials.of("admin", "not-the-password"));
        assertThatThrownBy(() -> result(stranger.appendToStream(server.stream("sec-wrong"), ExpectedVersion.ANY, events(1))))
                .isInstanceOf(NotAuthenticatedException.class)
                .hasMessageNotContaining("not-the-password");
    }

    @ContractTest
    void systemStreamsNeedAnAdministrator(Server server) {
        String stream = "$" + server.stream("sec-system");
        assertThatThrownBy(() -> result(server.client().appendToStream(stream, ExpectedVersion.ANY, events(1))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(stream);
        result(server.admin().appendToStream(stream, ExpectedVersion.ANY, events(1)));
        assertThatThrownBy(() -> result(server.client().readStreamForward(stream, 0, 10, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(result(server.admin().readStreamForward(stream, 0, 10, false)).events()).hasSize(1);
    }

    @ContractTest
    void defaultCredentialsInTheSettingsAreUsed(Server server) {
        String stream = "$" + server.stream("sec-default");
        try (ExtremeClient admin = ContractTargets.connect(server, b -> b.credentials(server.adminCredentials()))) {
            result(admin.appendToStream(stream, ExpectedVersion.ANY, events(1)));
            assertThat(result(admin.readStreamForward(stream, 0, 10, false)).events()).hasSize(1);
        }
    }

    @ContractTest
    void wrongDefaultCredentialsFailEachOperationClearly(Server server) {
        try (ExtremeClient wrong = ContractTargets.connect(server, b -> b.credentials("admin", "nope"))) {
            assertThatThrownBy(() -> result(wrong.readStreamForward(server.stream("sec-default-wrong"), 0, 1, false)))
                    .isInstanceOf(NotAuthenticatedException.class);
        }
    }
}
