package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static io.extreme.contract.Events.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.DeleteOptions;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.error.AccessDeniedException;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ReadStatus;
import io.extreme.event.StreamPosition;
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
        result(server.client().append(stream, events(1)));
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
        assertThat(result(client.setStreamMetadata(stream, metadata, AppendOptions.expecting(ExpectedVersion.NO_STREAM))).nextExpectedVersion()).isEqualTo(0);
        StreamMetadataResult read = result(client.getStreamMetadata(stream));
        assertThat(read.metastreamVersion()).isEqualTo(0);
        assertThat(read.metadata()).isEqualTo(metadata);
        assertThatThrownBy(() -> result(client.setStreamMetadata(stream, StreamMetadata.EMPTY, AppendOptions.expecting(ExpectedVersion.NO_STREAM))))
                .isInstanceOf(WrongExpectedVersionException.class);
    }

    @ContractTest
    void maxCountKeepsTheLastEvents(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("meta-max-count");
        result(client.append(stream, events(5), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.setStreamMetadata(stream, StreamMetadata.builder().maxCount(2).build()));
        assertThat(numbers(result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events())).containsExactly(3L, 4L);
        assertThat(numbers(result(client.readStreamSlice(stream, StreamPosition.END, ReadOptions.backward().withPageSize(10))).events())).containsExactly(4L, 3L);
    }

    @ContractTest
    void truncateBeforeHidesEarlierEvents(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("meta-tb");
        result(client.append(stream, events(4), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.setStreamMetadata(stream, StreamMetadata.builder().truncateBefore(2).build()));
        assertThat(numbers(result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events())).containsExactly(2L, 3L);
        assertThat(result(client.readEvent(stream, StreamPosition.of(1), ReadOptions.DEFAULTS)).status()).isEqualTo(ReadStatus.NOT_FOUND);
    }

    @ContractTest
    void maxAgeHidesOldEvents(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("meta-max-age");
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.setStreamMetadata(stream, StreamMetadata.builder().maxAge(Duration.ofSeconds(1)).build()));
        Await.until("events older than $maxAge to disappear",
                () -> result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events().isEmpty());
    }

    @ContractTest
    void theAclKeepsOthersOut(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("meta-acl");
        result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(admin.setStreamMetadata(stream, StreamMetadata.builder()
                .acl(StreamAcl.none().withRead("$admins").withWrite("$admins").withDelete("$admins")
                        .withMetaRead("$admins").withMetaWrite("$admins")).build()));
        ExtremeClient anonymous = server.client();
        assertThatThrownBy(() -> result(anonymous.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(stream);
        assertThatThrownBy(() -> result(anonymous.append(stream, events(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> result(anonymous.delete(stream)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> result(anonymous.getStreamMetadata(stream))).isInstanceOf(AccessDeniedException.class);
        assertThat(result(admin.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events()).hasSize(1);
    }

    @ContractTest
    void metadataOfAHardDeletedStreamSaysDeleted(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("meta-deleted");
        result(client.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.delete(stream, DeleteOptions.hard()));
        assertThat(result(client.getStreamMetadata(stream)).deleted()).isTrue();
    }

    @ContractTest
    void refusesToSetMetadataOnAMetadataStream(Server server) {
        assertThatThrownBy(() -> server.client().setStreamMetadata("$$x", StreamMetadata.EMPTY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata stream");
    }
}
