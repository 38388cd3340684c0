package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.event;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.ConditionalWriteResult;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.WriteResult;
import io.extreme.event.WrongExpectedVersionException;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

class AppendContractTest {
    @ContractTest
    void appendsToANewStreamWithNoStream(Server server) {
        String stream = server.stream("append-new");
        WriteResult written = result(server.client().appendToStream(stream, ExpectedVersion.NO_STREAM, events(3)));
        assertThat(written.nextExpectedVersion()).isEqualTo(2);
        assertThat(written.logPosition()).isPresent();
        assertThat(written.logPosition().orElseThrow().commitPosition()).isPositive();
    }

    @ContractTest
    void refusesNoStreamOnceTheStreamHasEvents(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-no-stream");
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, event("a", 1)));
        assertThatThrownBy(() -> result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, event("a", 2))))
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
        result(client.appendToStream(stream, ExpectedVersion.ANY, events(2)));
        assertThat(result(client.appendToStream(stream, ExpectedVersion.exactly(1), event("b", 1))).nextExpectedVersion())
                .isEqualTo(2);
        assertThatThrownBy(() -> result(client.appendToStream(stream, ExpectedVersion.exactly(5), event("b", 2))))
                .isInstanceOfSatisfying(WrongExpectedVersionException.class,
                        e -> assertThat(e.reportedCurrentVersion()).isEqualTo(reported(server, 2)));
    }

    @ContractTest
    void streamExistsNeedsAnExistingStream(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-exists");
        assertThatThrownBy(() -> result(client.appendToStream(stream, ExpectedVersion.STREAM_EXISTS, event("a", 1))))
                .isInstanceOf(WrongExpectedVersionException.class);
        result(client.appendToStream(stream, ExpectedVersion.ANY, event("a", 1)));
        assertThat(result(client.appendToStream(stream, ExpectedVersion.STREAM_EXISTS, event("a", 2))).nextExpectedVersion())
                .isEqualTo(1);
    }

    @ContractTest
    void repeatingAnAppendWithTheSameIdsIsIdempotent(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-idempotent");
        List<EventData> batch = events(3);
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, batch));
        WriteResult again = result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, batch));
        assertThat(again.nextExpectedVersion()).isEqualTo(2);
        assertThat(result(client.readStreamForward(stream, 0, 10, false)).events()).hasSize(3);
    }

    @ContractTest
    void tryAppendReportsConflictsAsValues(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-try");
        assertThat(result(client.tryAppendToStream(stream, ExpectedVersion.NO_STREAM, events(2))).isSuccess()).isTrue();
        ConditionalWriteResult conflict = result(client.tryAppendToStream(stream, ExpectedVersion.exactly(0), events(1)));
        assertThat(conflict.status()).isEqualTo(ConditionalWriteResult.Status.WRONG_EXPECTED_VERSION);
        assertThat(conflict.currentVersion()).isEqualTo(server.isV4() ? OptionalLong.of(1) : OptionalLong.empty());
        result(server.admin().deleteStream(stream, ExpectedVersion.ANY, true));
        assertThat(result(client.tryAppendToStream(stream, ExpectedVersion.ANY, events(1))).status())
                .isEqualTo(ConditionalWriteResult.Status.STREAM_DELETED);
    }

    @ContractTest
    void appendingNothingSucceedsWithoutWriting(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-empty");
        result(client.appendToStream(stream, ExpectedVersion.ANY, events(2)));
        WriteResult nothing = result(client.appendToStream(stream, ExpectedVersion.exactly(1), List.of()));
        assertThat(nothing.nextExpectedVersion()).isEqualTo(1);
    }

    @ContractTest
    void appendingToAHardDeletedStreamFails(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-deleted");
        result(client.appendToStream(stream, ExpectedVersion.ANY, events(1)));
        result(client.deleteStream(stream, ExpectedVersion.ANY, true));
        assertThatThrownBy(() -> result(client.appendToStream(stream, ExpectedVersion.ANY, events(1))))
                .isInstanceOfSatisfying(StreamDeletedException.class, e -> assertThat(e.streamId()).isEqualTo(stream));
    }

    @ContractTest
    void keepsDataMetadataTypeAndIdExactly(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("append-exact-bytes");
        UUID id = UUID.randomUUID();
        byte[] data = {0, 1, 2, (byte) 0xFF};
        EventData binary = new EventData(id, "binary-type", false, data, "{\"m\":1}".getBytes());
        result(client.appendToStream(stream, ExpectedVersion.ANY, binary));
        var read = result(client.readEvent(stream, 0, false)).requireEvent().event();
        assertThat(read.eventId()).isEqualTo(id);
        assertThat(read.eventType()).isEqualTo("binary-type");
        assertThat(read.json()).isFalse();
        assertThat(read.data()).containsExactly(data);
        assertThat(read.metadataAsString()).isEqualTo("{\"m\":1}");
        assertThat(read.created()).isNotNull();
    }

    @ContractTest
    void appendsALargeBatchInOneWrite(Server server) {
        String stream = server.stream("append-large");
        assertThat(result(server.client().appendToStream(stream, ExpectedVersion.NO_STREAM, events(500))).nextExpectedVersion())
                .isEqualTo(499);
        EventData big = EventData.binary("big", new byte[1024 * 1024]);
        assertThat(result(server.client().appendToStream(stream, ExpectedVersion.exactly(499), big)).nextExpectedVersion())
                .isEqualTo(500);
    }

    /** What a server reports as the current version on a conflict: 4.x says it, 3.x does not. */
    private static OptionalLong reported(Server server, long version) {
        return server.isV4() ? OptionalLong.of(version) : OptionalLong.empty();
    }
}
