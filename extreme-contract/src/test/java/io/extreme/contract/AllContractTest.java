package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.error.AccessDeniedException;
import io.extreme.event.AllSlice;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.WriteResult;
import java.util.ArrayList;
import java.util.List;

class AllContractTest {
    @ContractTest
    void readsForwardFromAPositionInOrder(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("all-forward");
        WriteResult first = result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(admin.append(stream, events(4), AppendOptions.expecting(ExpectedVersion.exactly(0))));
        List<ResolvedEvent> mine = new ArrayList<>();
        Position from = first.logPosition().orElseThrow();
        AllSlice slice;
        do {
            slice = result(admin.readAllSlice(from, ReadOptions.forward().withPageSize(2)));
            slice.events().stream().filter(e -> e.originalStreamId().equals(stream)).forEach(mine::add);
            from = slice.next();
        } while (!slice.isEndOfStream() && mine.size() < 5);
        assertThat(mine).extracting(ResolvedEvent::originalEventNumber).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(mine).allSatisfy(e -> assertThat(e.position()).isPresent());
        assertThat(mine).extracting(e -> e.position().orElseThrow()).isSorted();
        assertThat(mine.get(0).position()).isEqualTo(first.logPosition());
    }

    @ContractTest
    void readsBackwardFromTheEnd(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("all-backward");
        result(admin.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        AllSlice slice = result(admin.readAllSlice(Position.END, ReadOptions.backward().withPageSize(50)));
        List<Long> mine = slice.events().stream().filter(e -> e.originalStreamId().equals(stream))
                .map(ResolvedEvent::originalEventNumber).toList();
        assertThat(mine).containsExactly(2L, 1L, 0L);
        List<Position> positions = slice.events().stream().map(e -> e.position().orElseThrow()).toList();
        assertThat(positions).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @ContractTest
    void theEndOfAllIsAnEmptySlice(Server server) {
        ExtremeClient admin = server.admin();
        result(admin.append(server.stream("all-end"), events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        AllSlice last = result(admin.readAllSlice(Position.END, ReadOptions.backward().withPageSize(1)));
        AllSlice after = result(admin.readAllSlice(last.events().get(0).position().orElseThrow(), ReadOptions.forward().withPageSize(10)));
        Position next = after.next();
        AllSlice end = result(admin.readAllSlice(next, ReadOptions.forward().withPageSize(10)));
        // Only events written after ours can follow; on a quiet testkit there are none.
        if (server.store() != null) {
            assertThat(end.isEndOfStream()).isTrue();
        }
    }

    @ContractTest
    void anonymousUsersMayNotReadAll(Server server) {
        assertThatThrownBy(() -> result(server.client().readAllSlice(Position.START, ReadOptions.forward().withPageSize(10))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ContractTest
    void writingToAllIsRefused(Server server) {
        assertThatThrownBy(() -> result(server.admin().append("$all", events(1))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
