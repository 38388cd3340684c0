package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.event;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.DeleteOptions;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.ConditionalWriteResult;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.event.WrongExpectedVersionException;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

class AppendContractTest {
    @ContractTest
    void appendsToANewStreamWithNoStream(Server server) {
        String stream = server.stream("append-new");
        WriteResult written = result(server.client().append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        assertThat(written.nextExpectedVersion()).isEqualTo(2);
        assertThat(written.logPosition()).isPresent();
        assertThat(written.logPosition().orElseThrow().commitPosition()).isPositive();
    }

    @ContractTest
    void refusesNoStreamOnceTheStreamHasEvents(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-no-stream");
        result(client.append(stream, List.of(event("a", 1)), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        assertThatThrownBy(() -> result(client.append(stream, List.of(event("a", 2)), AppendOptions.expecting(ExpectedVersion.NO_STREAM))))
                .isInstanceOfSatisfying(WrongExpectedVersionException.class, e -> {
                    assertThat(e.streamId()).isEqualTo(stream);
                    assertThat(e.expectedVersion()).isEqualTo(-1);
                    assertThat(e.reportedCurrentVersion()).isEqualTo(reported(server, 0));
                    assertThat(e.getMessage()).contains(stream);
                });
    }

    @ContractTest
    void appendsAtTheExactVersionAndRefusesAnother(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-exact");
        result(client.append(stream, events(2)));
        assertThat(result(client.append(stream, List.of(event("b", 1)), AppendOptions.expecting(ExpectedVersion.exactly(1)))).nextExpectedVersion())
                .isEqualTo(2);
        assertThatThrownBy(() -> result(client.append(stream, List.of(event("b", 2)), AppendOptions.expecting(ExpectedVersion.exactly(5)))))
                .isInstanceOfSatisfying(WrongExpectedVersionException.class,
                        e -> assertThat(e.reportedCurrentVersion()).isEqualTo(reported(server, 2)));
    }

    @ContractTest
    void streamExistsNeedsAnExistingStream(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-exists");
        assertThatThrownBy(() -> result(client.append(stream, List.of(event("a", 1)), AppendOptions.expecting(ExpectedVersion.STREAM_EXISTS))))
                .isInstanceOf(WrongExpectedVersionException.class);
        result(client.append(stream, event("a", 1)));
        assertThat(result(client.append(stream, List.of(event("a", 2)), AppendOptions.expecting(ExpectedVersion.STREAM_EXISTS))).nextExpectedVersion())
                .isEqualTo(1);
    }

    @ContractTest
    void repeatingAnAppendWithTheSameIdsIsIdempotent(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-idempotent");
        List<EventData> batch = events(3);
        result(client.append(stream, batch, AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        WriteResult again = result(client.append(stream, batch, AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        assertThat(again.nextExpectedVersion()).isEqualTo(2);
        assertThat(result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events()).hasSize(3);
    }

    @ContractTest
    void tryAppendReportsConflictsAsValues(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-try");
        assertThat(result(client.tryAppend(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM))).isSuccess()).isTrue();
        ConditionalWriteResult conflict = result(client.tryAppend(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(0))));
        assertThat(conflict.status()).isEqualTo(ConditionalWriteResult.Status.WRONG_EXPECTED_VERSION);
        assertThat(conflict.currentVersion()).isEqualTo(server.isV4() ? OptionalLong.of(1) : OptionalLong.empty());
        result(server.admin().delete(stream, DeleteOptions.hard()));
        assertThat(result(client.tryAppend(stream, events(1), AppendOptions.expecting(ExpectedVersion.ANY))).status())
                .isEqualTo(ConditionalWriteResult.Status.STREAM_DELETED);
    }

    @ContractTest
    void appendingNothingSucceedsWithoutWriting(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-empty");
        result(client.append(stream, events(2)));
        WriteResult nothing = result(client.append(stream, List.of(), AppendOptions.expecting(ExpectedVersion.exactly(1))));
        assertThat(nothing.nextExpectedVersion()).isEqualTo(1);
    }

    @ContractTest
    void appendingToAHardDeletedStreamFails(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-deleted");
        result(client.append(stream, events(1)));
        result(client.delete(stream, DeleteOptions.hard()));
        assertThatThrownBy(() -> result(client.append(stream, events(1))))
                .isInstanceOfSatisfying(StreamDeletedException.class, e -> assertThat(e.streamId()).isEqualTo(stream));
    }

    @ContractTest
    void keepsDataMetadataTypeAndIdExactly(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-exact-bytes");
        UUID id = UUID.randomUUID();
        byte[] data = {0, 1, 2, (byte) 0xFF};
        EventData binary = new EventData(id, "binary-type", false, data, "{\"m\":1}".getBytes());
        result(client.append(stream, binary));
        var read = result(client.readEvent(stream, StreamPosition.of(0), ReadOptions.DEFAULTS)).requireEvent().event();
        assertThat(read.eventId()).isEqualTo(id);
        assertThat(read.eventType()).isEqualTo("binary-type");
        assertThat(read.json()).isFalse();
        assertThat(read.data()).containsExactly(data);
        assertThat(read.metadataAsString()).isEqualTo("{\"m\":1}");
        assertThat(read.created()).isPresent();
    }

    @ContractTest
    void appendsALargeBatchInOneWrite(Server server) {
        String stream = server.stream("append-large");
        assertThat(result(server.client().append(stream, events(500), AppendOptions.expecting(ExpectedVersion.NO_STREAM))).nextExpectedVersion())
                .isEqualTo(499);
        EventData big = EventData.binary("big", new byte[1024 * 1024]);
        assertThat(result(server.client().append(stream, List.of(big), AppendOptions.expecting(ExpectedVersion.exactly(499)))).nextExpectedVersion())
                .isEqualTo(500);
    }

    /** What a server reports as the current version on a conflict: 4.x says it, 3.x does not. */
    private static OptionalLong reported(Server server, long version) {
        return server.isV4() ? OptionalLong.of(version) : OptionalLong.empty();
    }
}
