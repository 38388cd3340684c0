package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
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
        WriteResult first = result(admin.appendToStream(stream, ExpectedVersion.NO_STREAM, events(1)));
        result(admin.appendToStream(stream, ExpectedVersion.exactly(0), events(4)));
        List<ResolvedEvent> mine = new ArrayList<>();
        Position from = first.logPosition().orElseThrow();
        AllSlice slice;
        do {
            slice = result(admin.readAllForward(from, 2, false));
            slice.events().stream().filter(e -> e.originalStreamId().equals(stream)).forEach(mine::add);
            from = slice.next();
        } while (!slice.isEndOfStream() && mine.size() < 5);
        assertThat(mine).extracting(ResolvedEvent::originalEventNumber).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(mine).extracting(ResolvedEvent::position).isSorted().doesNotContainNull();
        assertThat(mine.get(0).position()).isEqualTo(first.logPosition().orElseThrow());
    }

    @ContractTest
    void readsBackwardFromTheEnd(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("all-backward");
        result(admin.appendToStream(stream, ExpectedVersion.NO_STREAM, events(3)));
        AllSlice slice = result(admin.readAllBackward(Position.END, 50, false));
        List<Long> mine = slice.events().stream().filter(e -> e.originalStreamId().equals(stream))
                .map(ResolvedEvent::originalEventNumber).toList();
        assertThat(mine).containsExactly(2L, 1L, 0L);
        List<Position> positions = slice.events().stream().map(ResolvedEvent::position).toList();
        assertThat(positions).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @ContractTest
    void theEndOfAllIsAnEmptySlice(Server server) {
        ExtremeClient admin = server.admin();
        result(admin.appendToStream(server.stream("all-end"), ExpectedVersion.NO_STREAM, events(1)));
        AllSlice last = result(admin.readAllBackward(Position.END, 1, false));
        AllSlice after = result(admin.readAllForward(last.events().get(0).position(), 10, false));
        Position next = after.next();
        AllSlice end = result(admin.readAllForward(next, 10, false));
        // Only events written after ours can follow; on a quiet testkit there are none.
        if (server.store() != null) {
            assertThat(end.isEndOfStream()).isTrue();
        }
    }

    @ContractTest
    void anonymousUsersMayNotReadAll(Server server) {
        assertThatThrownBy(() -> result(server.client().readAllForward(Position.START, 10, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ContractTest
    void writingToAllIsRefused(Server server) {
        assertThatThrownBy(() -> result(server.admin().appendToStream("$all", ExpectedVersion.ANY, events(1))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
