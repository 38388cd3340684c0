package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static io.extreme.contract.Events.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
import io.extreme.error.AccessDeniedException;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ReadStatus;
import io.extreme.event.WrongExpectedVersionException;
import io.extreme.metadata.StreamAcl;
import io.extreme.metadata.StreamMetadata;
import io.extreme.metadata.StreamMetadataResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;

class MetadataContractTest {
    @ContractTest
    void aStreamWithoutMetadataHasEmptyMetadataAtVersionMinusOne(Server server) {
        String stream = server.stream("meta-none");
        StreamMetadataResult none = result(server.client().getStreamMetadata(stream));
        assertThat(none.metastreamVersion()).isEqualTo(-1);
        assertThat(none.deleted()).isFalse();
        assertThat(none.metadata()).isEqualTo(StreamMetadata.EMPTY);
        result(server.client().appendToStream(stream, ExpectedVersion.ANY, events(1)));
        assertThat(result(server.client().getStreamMetadata(stream)).metadata()).isEqualTo(StreamMetadata.EMPTY);
    }

    @ContractTest
    void writesAndReadsEveryKindOfSetting(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("meta-all");
        StreamMetadata metadata = StreamMetadata.builder().maxCount(10).maxAge(Duration.ofDays(2)).truncateBefore(3)
                .cacheControl(Duration.ofMinutes(1))
                .acl(StreamAcl.none().withRead("$all").withWrite("$all", "ops").withMetaRead("$all").withMetaWrite("$all"))
                .customProperty("owner", "billing").customProperty("limits", Map.of("n", 5L))
                .customProperty("tags", List.of("a", "b")).customProperty("enabled", true).build();
        assertThat(result(client.setStreamMetadata(stream, ExpectedVersion.NO_STREAM, metadata)).nextExpectedVersion()).isEqualTo(0);
        StreamMetadataResult read = result(client.getStreamMetadata(stream));
        assertThat(read.metastreamVersion()).isEqualTo(0);
        assertThat(read.metadata()).isEqualTo(metadata);
        assertThatThrownBy(() -> result(client.setStreamMetadata(stream, ExpectedVersion.NO_STREAM, StreamMetadata.EMPTY)))
                .isInstanceOf(WrongExpectedVersionException.class);
    }

    @ContractTest
    void maxCountKeepsTheLastEvents(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("meta-max-count");
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(5)));
        result(client.setStreamMetadata(stream, ExpectedVersion.ANY, StreamMetadata.builder().maxCount(2).build()));
        assertThat(numbers(result(client.readStreamForward(stream, 0, 10, false)).events())).containsExactly(3L, 4L);
        assertThat(numbers(result(client.readStreamBackward(stream, -1, 10, false)).events())).containsExactly(4L, 3L);
    }

    @ContractTest
    void truncateBeforeHidesEarlierEvents(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("meta-tb");
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(4)));
        result(client.setStreamMetadata(stream, ExpectedVersion.ANY, StreamMetadata.builder().truncateBefore(2).build()));
        assertThat(numbers(result(client.readStreamForward(stream, 0, 10, false)).events())).containsExactly(2L, 3L);
        assertThat(result(client.readEvent(stream, 1, false)).status()).isEqualTo(ReadStatus.NOT_FOUND);
    }

    @ContractTest
    void maxAgeHidesOldEvents(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("meta-max-age");
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(2)));
        result(client.setStreamMetadata(stream, ExpectedVersion.ANY, StreamMetadata.builder().maxAge(Duration.ofSeconds(1)).build()));
        Await.until("events older than $maxAge to disappear",
                () -> result(client.readStreamForward(stream, 0, 10, false)).events().isEmpty());
    }

    @ContractTest
    void theAclKeepsOthersOut(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("meta-acl");
        result(admin.appendToStream(stream, ExpectedVersion.NO_STREAM, events(1)));
        result(admin.setStreamMetadata(stream, ExpectedVersion.ANY, StreamMetadata.builder()
                .acl(StreamAcl.none().withRead("$admins").withWrite("$admins").withDelete("$admins")
                        .withMetaRead("$admins").withMetaWrite("$admins")).build()));
        ExtremeClient anonymous = server.client();
        assertThatThrownBy(() -> result(anonymous.readStreamForward(stream, 0, 10, false)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(stream);
        assertThatThrownBy(() -> result(anonymous.appendToStream(stream, ExpectedVersion.ANY, events(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> result(anonymous.deleteStream(stream, ExpectedVersion.ANY, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> result(anonymous.getStreamMetadata(stream))).isInstanceOf(AccessDeniedException.class);
        assertThat(result(admin.readStreamForward(stream, 0, 10, false)).events()).hasSize(1);
    }

    @ContractTest
    void metadataOfAHardDeletedStreamSaysDeleted(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("meta-deleted");
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(1)));
        result(client.deleteStream(stream, ExpectedVersion.ANY, true));
        assertThat(result(client.getStreamMetadata(stream)).deleted()).isTrue();
    }

    @ContractTest
    void refusesToSetMetadataOnAMetadataStream(Server server) {
        assertThatThrownBy(() -> server.client().setStreamMetadata("$$x", ExpectedVersion.ANY, StreamMetadata.EMPTY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata stream");
    }
}
