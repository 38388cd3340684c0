package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static io.extreme.contract.Events.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.Transaction;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ReadStatus;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.event.WrongExpectedVersionException;

class TransactionContractTest {
    @ContractTest
    void eventsOfATransactionAppearAtCommit(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("txn");
        Transaction txn = result(client.startTransaction(stream, AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(txn.write(events(2)));
        result(txn.write(events(1)));
        assertThat(result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).status()).isEqualTo(ReadStatus.NO_STREAM);
        WriteResult committed = result(txn.commit());
        assertThat(committed.nextExpectedVersion()).isEqualTo(2);
        assertThat(committed.logPosition()).isPresent();
        assertThat(numbers(result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events())).containsExactly(0L, 1L, 2L);
    }

    @ContractTest
    void theExpectedVersionIsCheckedAtCommit(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("txn-version");
        Transaction txn = result(client.startTransaction(stream, AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(txn.write(events(1)));
        result(client.append(stream, events(1)));
        assertThatThrownBy(() -> result(txn.commit())).isInstanceOf(WrongExpectedVersionException.class)
                .hasMessageContaining(stream);
    }

    @ContractTest
    void aTransactionCanBeContinuedByItsId(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("txn-continue");
        long id = result(client.startTransaction(stream, AppendOptions.expecting(ExpectedVersion.ANY))).transactionId();
        Transaction again = client.continueTransaction(id);
        result(again.write(events(2)));
        assertThat(result(again.commit()).nextExpectedVersion()).isEqualTo(1);
    }

    @ContractTest
    void anEmptyTransactionCommits(Server server) {
        String stream = server.stream("txn-empty");
        Transaction txn = result(server.client().startTransaction(stream, AppendOptions.expecting(ExpectedVersion.ANY)));
        assertThat(result(txn.commit()).nextExpectedVersion()).isEqualTo(-1);
    }
}
