package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.error.AccessDeniedException;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.Listener;
import io.extreme.subscription.ListenerBuilder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a Listener's start means: a future of the listener, in place once its first read was
 * answered, failed when it stops before that; and its checkpoint, which is empty until there
 * is one rather than a sentinel number.
 */
class ListenerStartContractTest {
    @ContractTest
    void startCompletesWithTheListenerOnceInPlace(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lss-start");
        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        List<Long> seen = new CopyOnWriteArrayList<>();
        Listener listener = result(client.listener(stream, event -> {
            seen.add(event.originalEventNumber());
            return event.originalEventNumber();
        }).start());
        assertThat(listener.state()).isEqualTo(Listener.State.RUNNING);
        Await.until("the three events", () -> seen.size() == 3);
        assertThat(seen).containsExactly(0L, 1L, 2L);
        assertThat(listener.pause()).hasValue(2);
        listener.close();
        assertThat(result(listener.completion())).hasValue(2);
    }

    @ContractTest
    void aBuiltListenerStartsLaterAndOnlyOnce(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lss-built");
        Listener listener = client.listener(stream, ResolvedEvent::originalEventNumber).build();
        assertThat(listener.state()).isEqualTo(Listener.State.NEW);
        assertThat(listener.lastProcessedEventNumber()).isEmpty();
        assertThat(result(listener.start())).isSameAs(listener); // a missing stream is waited for: in place
        assertThatThrownBy(listener::start).isInstanceOf(IllegalStateException.class);
        listener.close();
        assertThat(result(listener.completion())).isEmpty(); // nothing was processed
    }

    @ContractTest
    void startFailsWhenTheUserMayNotRead(Server server) {
        String systemStream = "$" + server.stream("lss-denied"); // only administrators may read it
        result(server.admin().append(systemStream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Listener listener = server.client().listener(systemStream, ResolvedEvent::originalEventNumber).build();
        assertThatThrownBy(() -> result(listener.start())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> result(listener.completion())).isInstanceOf(AccessDeniedException.class);
        assertThat(listener.state()).isEqualTo(Listener.State.FAILED);
    }

    @ContractTest
    void startAfterTakesTheStoredCheckpoint(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("lss-after");
        result(client.append(stream, events(4), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Listener after = result(client.listener(stream, ResolvedEvent::originalEventNumber).startAfter(1).start());
        assertThat(after.lastProcessedEventNumber()).isPresent();
        Await.until("the checkpoint at 3", () -> after.lastProcessedEventNumber().orElse(-1) == 3);
        after.close();

        ListenerBuilder builder = client.listener(stream, ResolvedEvent::originalEventNumber);
        assertThatThrownBy(() -> builder.startAfter(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(client.listener(stream, ResolvedEvent::originalEventNumber).build().lastProcessedEventNumber())
                .as("nothing given: from the start").isEmpty();
        assertThat(builder.startAfter(2).build().lastProcessedEventNumber()).hasValue(2);
    }
}
