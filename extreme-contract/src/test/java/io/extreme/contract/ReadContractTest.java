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
import io.extreme.error.EventNotFoundException;
import io.extreme.error.StreamNotFoundException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ReadStatus;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import java.util.ArrayList;
import java.util.List;

class ReadContractTest {
    @ContractTest
    void readsOneEventByNumberAndTheLastWithMinusOne(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("read-event");
        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        assertThat(result(client.readEvent(stream, StreamPosition.of(1), ReadOptions.DEFAULTS)).requireEvent().originalEventNumber()).isEqualTo(1);
        var last = result(client.readEvent(stream, StreamPosition.END, ReadOptions.DEFAULTS));
        assertThat(last.status()).isEqualTo(ReadStatus.SUCCESS);
        assertThat(last.event().orElseThrow().event().eventNumber()).isEqualTo(2);
        assertThat(last.event().orElseThrow().event().dataAsString()).isEqualTo("{\"n\":2}");
    }

    @ContractTest
    void tellsAMissingEventFromAMissingStream(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("read-missing");
        var noStream = result(client.readEvent(stream, StreamPosition.of(0), ReadOptions.DEFAULTS));
        assertThat(noStream.status()).isEqualTo(ReadStatus.NO_STREAM);
        assertThatThrownBy(noStream::requireEvent).isInstanceOf(StreamNotFoundException.class).hasMessageContaining(stream);
        result(client.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        var notFound = result(client.readEvent(stream, StreamPosition.of(7), ReadOptions.DEFAULTS));
        assertThat(notFound.status()).isEqualTo(ReadStatus.NOT_FOUND);
        assertThatThrownBy(notFound::requireEvent).isInstanceOf(EventNotFoundException.class);
    }

    @ContractTest
    void pagesForwardToTheEnd(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("read-forward");
        result(client.append(stream, events(25), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        List<Long> seen = new ArrayList<>();
        long next = 0;
        StreamSlice slice;
        do {
            slice = result(client.readStreamSlice(stream, StreamPosition.of(next), ReadOptions.forward().withPageSize(10)));
            assertThat(slice.status()).isEqualTo(ReadStatus.SUCCESS);
            seen.addAll(numbers(slice.events()));
            next = slice.next().eventNumber();
        } while (!slice.isEndOfStream());
        assertThat(seen).hasSize(25).startsWith(0L, 1L).endsWith(24L);
        assertThat(slice.lastEventNumber()).hasValue(24);
    }

    @ContractTest
    void pagesBackwardFromTheEnd(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("read-backward");
        result(client.append(stream, events(5), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        StreamSlice first = result(client.readStreamSlice(stream, StreamPosition.END, ReadOptions.backward().withPageSize(3)));
        assertThat(numbers(first.events())).containsExactly(4L, 3L, 2L);
        assertThat(first.isEndOfStream()).isFalse();
        StreamSlice second = result(client.readStreamSlice(stream, StreamPosition.of(first.next().eventNumber()), ReadOptions.backward().withPageSize(3)));
        assertThat(numbers(second.events())).containsExactly(1L, 0L);
        assertThat(second.isEndOfStream()).isTrue();
    }

    @ContractTest
    void aMissingStreamReadsAsNoStream(Server server) {
        String stream = server.stream("read-no-stream");
        StreamSlice slice = result(server.client().readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10)));
        assertThat(slice.status()).isEqualTo(ReadStatus.NO_STREAM);
        assertThat(slice.events()).isEmpty();
        assertThatThrownBy(slice::requireFound).isInstanceOf(StreamNotFoundException.class);
    }

    @ContractTest
    void resolvesLinksWhenAsked(Server server) {
        ExtremeClient client = server.client();
        String target = server.stream("read-link-target");
        String links = server.stream("read-links");
        result(client.append(target, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.append(links, List.of(EventData.binary("$>", ("1@" + target).getBytes())), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        var resolved = result(client.readStreamSlice(links, StreamPosition.of(0), ReadOptions.forward().withPageSize(10).withResolveLinkTos(true))).events().get(0);
        assertThat(resolved.isResolved()).isTrue();
        assertThat(resolved.event().streamId()).isEqualTo(target);
        assertThat(resolved.event().eventNumber()).isEqualTo(1);
        assertThat(resolved.originalStreamId()).isEqualTo(links);
        var raw = result(client.readStreamSlice(links, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events().get(0);
        assertThat(raw.link()).isEmpty();
        assertThat(raw.event().eventType()).isEqualTo("$>");
    }

    @ContractTest
    void aLinkToADeletedEventResolvesToNothing(Server server) {
        ExtremeClient client = server.client();
        String target = server.stream("read-dangling-target");
        String links = server.stream("read-dangling");
        result(client.append(target, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.append(links, List.of(EventData.binary("$>", ("0@" + target).getBytes())), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.delete(target, DeleteOptions.hard()));
        var dangling = result(client.readStreamSlice(links, StreamPosition.of(0), ReadOptions.forward().withPageSize(10).withResolveLinkTos(true))).events().get(0);
        assertThat(dangling.event()).isNull();
        assertThat(dangling.link()).isPresent();
        assertThat(dangling.hasEvent()).isFalse();
        assertThat(dangling.originalEventNumber()).isEqualTo(0);
    }
}
