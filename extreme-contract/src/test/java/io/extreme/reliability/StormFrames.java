package io.extreme.reliability;

import io.extreme.UserCredentials;
import io.extreme.persistent.NackAction;
import io.extreme.protocol.v4.V4CodecProvider;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.BadRequest;
import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.DeleteStreamCompleted;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.HeartbeatRequest;
import io.extreme.spi.message.IdentifyClient;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.PersistentSubscriptionAckEvents;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionNakEvents;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.Ping;
import io.extreme.spi.message.Pong;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadAllResult;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadEventCompleted;
import io.extreme.spi.message.ReadEventResult;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The well-formed frames {@link FrameStormTest} mutates, encoded by the v4 codec: what a server
 * sends (replies, pages, pushes, heartbeats, refusals) and what a client sends (every kind of
 * request, with and without credentials).
 */
final class StormFrames {
    private static final ProtocolCodec CODEC = new V4CodecProvider().codec();

    private StormFrames() {
    }

    private static EventRecord record(long number) {
        byte[] data = ("{\"n\":" + number + "}").getBytes(StandardCharsets.UTF_8);
        return new EventRecord("storm-stream", number, UUID.randomUUID(), "stormed", 1, 0, data, new byte[0],
                638_000_000_000_000_000L, 1_700_000_000_000L);
    }

    static List<byte[]> fromServer() {
        List<Message> messages = List.of(
                new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 2, 1_000L, 1_000L, 2L),
                new WriteEventsCompleted(OperationResult.WRONG_EXPECTED_VERSION, "wrong", -1, -1, null, null, 5L),
                new ReadStreamEventsCompleted(ReadDirection.FORWARD, List.of(new ResolvedIndexedEvent(record(0), null),
                        new ResolvedIndexedEvent(record(1), record(7))), ReadStreamResult.SUCCESS, 2, 1, true, 2_000, null),
                new ReadAllEventsCompleted(ReadDirection.FORWARD, 100, 100,
                        List.of(new WireResolvedEvent(record(3), null, 300, 300)), 400, 400, ReadAllResult.SUCCESS, null),
                new ReadEventCompleted(ReadEventResult.SUCCESS, new ResolvedIndexedEvent(record(4), null), null),
                new StreamEventAppeared(new WireResolvedEvent(record(5), null, 500, 500)),
                new PersistentSubscriptionStreamEventAppeared(new ResolvedIndexedEvent(record(6), null), 1),
                new SubscriptionConfirmation(600, 6L),
                new PersistentSubscriptionConfirmation(600, "storm-stream::group", 6L),
                new SubscriptionDropped(SubscriptionDropReason.UNSUBSCRIBED),
                new DeleteStreamCompleted(OperationResult.SUCCESS, null, 700L, 700L),
                new NotHandled(NotHandledReason.NOT_READY, null),
                new BadRequest("storm"),
                new HeartbeatRequest(),
                new Pong("storm".getBytes(StandardCharsets.UTF_8)));
        List<byte[]> frames = new ArrayList<>();
        for (Message message : messages) {
            frames.add(FrameMutator.wellFormed(CODEC.encode(UUID.randomUUID(), null, message)));
        }
        return frames;
    }

    static List<byte[]> fromClient() {
        NewEvent event = new NewEvent(UUID.randomUUID(), "stormed", 1, 0, "{}".getBytes(StandardCharsets.UTF_8), null);
        List<Message> messages = List.of(
                new IdentifyClient(1, "storm"),
                new WriteEvents("storm-target", -2, List.of(event), false),
                new ReadEvent("storm-target", 0, false, false),
                new ReadStreamEvents(ReadDirection.FORWARD, "storm-target", 0, 20, true, false),
                new ReadAllEvents(ReadDirection.BACKWARD, -1, -1, 20, false, false),
                new SubscribeToStream("storm-target", false),
                new DeleteStream("storm-doomed", -2, false, false),
                new TransactionStart("storm-target", -2, false),
                new ConnectToPersistentSubscription("group", "storm-target", 10),
                new PersistentSubscriptionAckEvents("storm-target::group", List.of(UUID.randomUUID())),
                new PersistentSubscriptionNakEvents("storm-target::group", List.of(UUID.randomUUID()), "no", NackAction.RETRY),
                new Ping("storm".getBytes(StandardCharsets.UTF_8)));
        List<byte[]> frames = new ArrayList<>();
        for (Message message : messages) {
            frames.add(FrameMutator.wellFormed(CODEC.encode(UUID.randomUUID(), null, message)));
            frames.add(FrameMutator.wellFormed(CODEC.encode(UUID.randomUUID(), UserCredentials.of("admin", "changeit"), message)));
        }
        return frames;
    }
}
