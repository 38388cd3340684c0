package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.EngineHarness.event;
import static io.extreme.testkit.engine.EngineHarness.stream;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.Message;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.spi.message.UnsubscribeFromStream;
import io.extreme.spi.message.WriteEventsCompleted;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Volatile subscriptions, as the sub-* transcripts recorded them (PROTOCOL.md §4.9). */
class SubscriptionTest {
    private final EngineHarness h = new EngineHarness();
    private final CapturingSession subscriber = new CapturingSession();
    private final String s1 = stream("s1");

    private UUID subscribe(Principal who, String streamId, boolean resolveLinkTos) {
        UUID id = UUID.randomUUID();
        assertThat(h.engine.handle(subscriber, id, who, new SubscribeToStream(streamId, resolveLinkTos))).isTrue();
        return id;
    }

    private boolean unsubscribe(UUID id) {
        return h.engine.handle(subscriber, id, Principal.ANONYMOUS, new UnsubscribeFromStream());
    }

    private List<String> pushedData(UUID id) {
        return subscriber.messagesFor(id).stream().filter(StreamEventAppeared.class::isInstance)
                .map(m -> EngineHarness.text(((StreamEventAppeared) m).event().event().data())).toList();
    }

    @Test
    void aStreamSubscriptionIsConfirmedThenGetsLaterEventsOfItsStreamOnly() {
        UUID sub = subscribe(Principal.ANONYMOUS, s1, false);
        assertThat(subscriber.messagesFor(sub)).containsExactly(
                new SubscriptionConfirmation(TransactionLog.INITIAL_COMMIT_POSITION, -1L));
        WriteEventsCompleted written = h.append(s1, -1, event("a"), event("b"));
        h.append(stream("s2"), -1, event("other"));
        assertThat(pushedData(sub)).containsExactly("a", "b");
        StreamEventAppeared last = (StreamEventAppeared) subscriber.messagesFor(sub).get(2);
        assertThat(last.event().commitPosition()).isEqualTo(written.commitPosition());
        assertThat(last.event().preparePosition()).isEqualTo(written.commitPosition());
        assertThat(last.event().event().eventNumber()).isEqualTo(1);

        UUID second = subscribe(Principal.ANONYMOUS, s1, false);
        SubscriptionConfirmation confirmation = (SubscriptionConfirmation) subscriber.messagesFor(second).get(0);
        assertThat(confirmation.lastEventNumber()).isEqualTo(1);
        assertThat(confirmation.lastCommitPosition()).isGreaterThan(written.commitPosition());
        h.append(s1, 1, event("c"));
        assertThat(pushedData(sub)).containsExactly("a", "b", "c");
        assertThat(pushedData(second)).containsExactly("c");

        assertThat(unsubscribe(sub)).isTrue();
        assertThat(subscriber.messagesFor(sub)).last().isEqualTo(new SubscriptionDropped(null));
        h.append(s1, 2, event("d"));
        assertThat(pushedData(sub)).containsExactly("a", "b", "c");
        assertThat(pushedData(second)).containsExactly("c", "d");
        int before = subscriber.messagesFor(sub).size();
        assertThat(unsubscribe(sub)).isTrue(); // answered with nothing, as the real server does
        assertThat(subscriber.messagesFor(sub)).hasSize(before);
    }

    @Test
    void anAllSubscriptionGetsEverythingIncludingMetadataAndTombstones() {
        UUID sub = subscribe(h.admin, "", false);
        SubscriptionConfirmation confirmation = (SubscriptionConfirmation) subscriber.messagesFor(sub).get(0);
        assertThat(confirmation.lastEventNumber()).isNull();
        String s2 = stream("s2");
        h.append(s1, -1, event("1"));
        h.append(s2, -1, event("2"), event("3"));
        h.setMetadata(s1, "{\"$maxCount\":5}");
        h.delete(s2, 1, true);
        List<Message> messages = subscriber.messagesFor(sub);
        assertThat(messages).hasSize(6);
        StreamEventAppeared metadata = (StreamEventAppeared) messages.get(4);
        assertThat(metadata.event().event().streamId()).isEqualTo("$$" + s1);
        StreamEventAppeared tombstone = (StreamEventAppeared) messages.get(5);
        assertThat(tombstone.event().event().eventNumber()).isEqualTo(Long.MAX_VALUE);
        assertThat(tombstone.event().event().eventType()).isEqualTo("$streamDeleted");
    }

    @Test
    void subscriptionsTheSubscriberMayNotReadAreDropped() {
        SubscriptionDropped denied = new SubscriptionDropped(SubscriptionDropReason.ACCESS_DENIED);
        assertThat(subscriber.messagesFor(subscribe(Principal.ANONYMOUS, "", false))).containsExactly(denied);
        assertThat(subscriber.messagesFor(subscribe(h.ops, "", false))).containsExactly(denied);
        assertThat(subscriber.messagesFor(subscribe(Principal.ANONYMOUS, "$" + stream("sys"), false)))
                .containsExactly(denied);
        h.setMetadata(s1, "{\"$acl\":{\"$r\":\"$admins\"}}");
        assertThat(subscriber.messagesFor(subscribe(Principal.ANONYMOUS, s1, false))).containsExactly(denied);
        UUID admin = subscribe(h.admin, s1, false);
        assertThat(subscriber.messagesFor(admin).get(0)).isInstanceOf(SubscriptionConfirmation.class);
        h.append(s1, -2, event("x"));
        assertThat(pushedData(admin)).containsExactly("x");
    }

    @Test
    void aClosedSessionGetsNoMorePushes() {
        UUID sub = subscribe(Principal.ANONYMOUS, s1, false);
        h.append(s1, -2, event("1"));
        h.engine.sessionClosed(subscriber);
        h.append(s1, -2, event("2"));
        assertThat(pushedData(sub)).containsExactly("1");
        assertThat(unsubscribe(sub)).isTrue();
        assertThat(subscriber.messagesFor(sub)).hasSize(2);
    }

    @Test
    void pushesResolveLinksWhenAsked() {
        h.append(s1, -1, event("target"));
        String links = stream("links");
        UUID resolving = subscribe(Principal.ANONYMOUS, links, true);
        UUID plain = subscribe(Principal.ANONYMOUS, links, false);
        h.append(links, -1, new NewEvent(UUID.randomUUID(), "$>", 0, 0,
                ("0@" + s1).getBytes(StandardCharsets.UTF_8), null));
        StreamEventAppeared resolved = (StreamEventAppeared) subscriber.messagesFor(resolving).get(1);
        assertThat(resolved.event().event().streamId()).isEqualTo(s1);
        assertThat(resolved.event().link().streamId()).isEqualTo(links);
        StreamEventAppeared unresolved = (StreamEventAppeared) subscriber.messagesFor(plain).get(1);
        assertThat(unresolved.event().event().streamId()).isEqualTo(links);
        assertThat(unresolved.event().link()).isNull();
        assertThat(resolved.event().commitPosition()).isEqualTo(unresolved.event().commitPosition());
    }

    @Test
    void aFailingSessionDoesNotFailTheWrite() {
        EngineSession broken = (id, message) -> {
            throw new IllegalStateException("closed");
        };
        UUID id = UUID.randomUUID();
        // Its confirmation fails too; the engine must stay usable for everyone else.
        try {
            h.engine.handle(broken, id, Principal.ANONYMOUS, new SubscribeToStream(s1, false));
        } catch (IllegalStateException expected) {
            // the subscriber's own request may report its own session's failure
        }
        assertThat(h.append(s1, -2, event("1")).result()).isEqualTo(OperationResult.SUCCESS);
        assertThat(h.append(s1, -2, event("2")).firstEventNumber()).isEqualTo(1);
    }
}
