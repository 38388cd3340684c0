package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static io.extreme.contract.Events.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.error.AccessDeniedException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.FanoutListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

class FanoutListenerContractTest {
    @ContractTest
    void forwardsOnlyTheEventsWrittenAfterItStarted(Server server) throws Exception {
        ExtremeClient client = server.client();
        String stream = server.stream("fan-live");
        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Recorder forwarded = new Recorder();
        FanoutListener fanout = result(client.fanoutListener(stream, e -> forwarded.events.add(e)).start());
        assertThat(fanout.isActive()).isTrue();
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.exactly(2))));
        assertThat(numbers(forwarded.take(2))).containsExactly(3L, 4L);

        fanout.close();
        fanout.close();
        assertThat(fanout.isActive()).isFalse();
        result(fanout.completion());
        result(client.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(4))));
        // A bounded wait for something that must not happen: a closed listener forwards nothing.
        assertThat(forwarded.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @ContractTest
    void forwardsTheTargetsOfLinks(Server server) {
        ExtremeClient client = server.client();
        String target = server.stream("fan-target");
        String links = server.stream("fan-links");
        result(client.append(target, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Recorder forwarded = new Recorder();
        FanoutListener fanout = result(client.fanoutListener(links, e -> forwarded.events.add(e)).start());
        result(client.append(links, List.of(EventData.binary("$>", ("0@" + target).getBytes())), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        ResolvedEvent viaLink = forwarded.take(1).get(0);
        assertThat(viaLink.isResolved()).isTrue();
        assertThat(viaLink.event().streamId()).isEqualTo(target);
        fanout.close();
    }

    @ContractTest
    void aThrowingForwarderStopsItWithItsException(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("fan-throws");
        IllegalStateException boom = new IllegalStateException("boom");
        CompletableFuture<Throwable> error = new CompletableFuture<>();
        FanoutListener fanout = result(client.fanoutListener(stream, e -> {
            throw boom;
        }).onError(error::complete).start());
        result(client.append(stream, events(2)));
        assertThat(result(error)).isSameAs(boom);
        assertThatThrownBy(() -> result(fanout.completion())).isSameAs(boom);
        assertThat(fanout.isActive()).isFalse();
        fanout.close();
    }

    @ContractTest
    void aRefusedSubscriptionFailsTheStart(Server server) {
        CompletableFuture<Throwable> error = new CompletableFuture<>();
        String systemStream = "$" + server.stream("fan-denied"); // only administrators may read it
        FanoutListener fanout = server.client().fanoutListener(systemStream, e -> { }).onError(error::complete).build();
        assertThatThrownBy(() -> result(fanout.start())).isInstanceOf(AccessDeniedException.class);
        assertThat(result(error)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> result(fanout.completion())).isInstanceOf(AccessDeniedException.class);
    }
}
