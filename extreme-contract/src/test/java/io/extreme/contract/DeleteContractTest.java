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
import io.extreme.error.StreamDeletedException;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ReadStatus;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.event.WrongExpectedVersionException;

class DeleteContractTest {
    @ContractTest
    void aSoftDeletedStreamReadsAsMissingAndNumbersOnWhenWrittenAgain(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("delete-soft");
        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        assertThat(result(client.delete(stream, DeleteOptions.soft().withExpectedVersion(ExpectedVersion.exactly(2)))).logPosition()).isPresent();
        assertThat(result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).status()).isEqualTo(ReadStatus.NO_STREAM);
        assertThat(result(client.readEvent(stream, StreamPosition.of(0), ReadOptions.DEFAULTS)).status()).isEqualTo(ReadStatus.NO_STREAM);

        assertThat(result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM))).nextExpectedVersion()).isEqualTo(4);
        // A real server indexes the undelete a moment after it answers the append.
        Await.until("the recreated stream to be readable",
                () -> result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).status() == ReadStatus.SUCCESS);
        StreamSlice recreated = result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10)));
        assertThat(numbers(recreated.events())).containsExactly(3L, 4L);
    }

    @ContractTest
    void aHardDeletedStreamCanNeverBeReadOrWrittenAgain(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("delete-hard");
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.delete(stream, DeleteOptions.hard()));
        assertThat(result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).status()).isEqualTo(ReadStatus.STREAM_DELETED);
        assertThatThrownBy(() -> result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).requireFound())
                .isInstanceOf(StreamDeletedException.class);
        assertThat(result(client.readEvent(stream, StreamPosition.of(0), ReadOptions.DEFAULTS)).status()).isEqualTo(ReadStatus.STREAM_DELETED);
        assertThatThrownBy(() -> result(client.append(stream, events(1))))
                .isInstanceOf(StreamDeletedException.class);
        assertThatThrownBy(() -> result(client.delete(stream, DeleteOptions.hard())))
                .isInstanceOf(StreamDeletedException.class);
    }

    @ContractTest
    void deleteChecksTheExpectedVersion(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("delete-version");
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        assertThatThrownBy(() -> result(client.delete(stream, DeleteOptions.soft().withExpectedVersion(ExpectedVersion.exactly(0)))))
                .isInstanceOf(WrongExpectedVersionException.class).hasMessageContaining(stream);
        result(client.delete(stream, DeleteOptions.soft().withExpectedVersion(ExpectedVersion.exactly(1))));
    }
}
