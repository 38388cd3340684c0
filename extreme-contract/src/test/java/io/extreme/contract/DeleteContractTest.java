package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static io.extreme.contract.Events.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ReadStatus;
import io.extreme.event.StreamSlice;
import io.extreme.event.WrongExpectedVersionException;

class DeleteContractTest {
    @ContractTest
    void aSoftDeletedStreamReadsAsMissingAndNumbersOnWhenWrittenAgain(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("delete-soft");
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(3)));
        assertThat(result(client.deleteStream(stream, ExpectedVersion.exactly(2), false)).logPosition()).isPresent();
        assertThat(result(client.readStreamForward(stream, 0, 10, false)).status()).isEqualTo(ReadStatus.NO_STREAM);
        assertThat(result(client.readEvent(stream, 0, false)).status()).isEqualTo(ReadStatus.NO_STREAM);

        assertThat(result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(2))).nextExpectedVersion()).isEqualTo(4);
        // A real server indexes the undelete a moment after it answers the append.
        Await.until("the recreated stream to be readable",
                () -> result(client.readStreamForward(stream, 0, 10, false)).status() == ReadStatus.SUCCESS);
        StreamSlice recreated = result(client.readStreamForward(stream, 0, 10, false));
        assertThat(numbers(recreated.events())).containsExactly(3L, 4L);
    }

    @ContractTest
    void aHardDeletedStreamCanNeverBeReadOrWrittenAgain(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("delete-hard");
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(2)));
        result(client.deleteStream(stream, ExpectedVersion.ANY, true));
        assertThat(result(client.readStreamForward(stream, 0, 10, false)).status()).isEqualTo(ReadStatus.STREAM_DELETED);
        assertThatThrownBy(() -> result(client.readStreamForward(stream, 0, 10, false)).requireFound())
                .isInstanceOf(StreamDeletedException.class);
        assertThat(result(client.readEvent(stream, 0, false)).status()).isEqualTo(ReadStatus.STREAM_DELETED);
        assertThatThrownBy(() -> result(client.appendToStream(stream, ExpectedVersion.ANY, events(1))))
                .isInstanceOf(StreamDeletedException.class);
        assertThatThrownBy(() -> result(client.deleteStream(stream, ExpectedVersion.ANY, true)))
                .isInstanceOf(StreamDeletedException.class);
    }

    @ContractTest
    void deleteChecksTheExpectedVersion(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("delete-version");
        result(client.appendToStream(stream, ExpectedVersion.NO_STREAM, events(2)));
        assertThatThrownBy(() -> result(client.deleteStream(stream, ExpectedVersion.exactly(0), false)))
                .isInstanceOf(WrongExpectedVersionException.class).hasMessageContaining(stream);
        result(client.deleteStream(stream, ExpectedVersion.exactly(1), false));
    }
}
