package io.extreme;

import io.extreme.event.AllSlice;
import io.extreme.event.DeleteResult;
import io.extreme.event.EventReadResult;
import io.extreme.event.StreamSlice;
import io.extreme.event.ConditionalWriteResult;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.metadata.StreamMetadata;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The calls of the first API, with positional flags and sentinel numbers, each now written as its
 * new form, so that code written against them keeps working while it moves. Each says which call
 * replaces it; they will be removed.
 *
 * @deprecated use the calls of {@link ReadCommands}, {@link WriteCommands}, {@link SubscriptionCommands} and
 *             {@link PersistentSubscriptionCommands} with their options
 */
@Deprecated
public interface LegacyCalls extends ReadCommands, WriteCommands, SubscriptionCommands, PersistentSubscriptionCommands {
    /** @deprecated use {@code readEvent(stream, StreamPosition.of(n) or END, ReadOptions.DEFAULTS.withResolveLinkTos(resolveLinkTos))} */
    @Deprecated
    default CompletableFuture<EventReadResult> readEvent(String stream, long eventNumber, boolean resolveLinkTos) {
        return readEvent(stream, eventNumber == -1 ? StreamPosition.END : StreamPosition.of(eventNumber),
                ReadOptions.DEFAULTS.withResolveLinkTos(resolveLinkTos));
    }

    /** @deprecated use {@code readStreamSlice(stream, StreamPosition.of(from), ReadOptions.forward().withPageSize(maxCount))} */
    @Deprecated
    default CompletableFuture<StreamSlice> readStreamForward(String stream, long fromEventNumber, int maxCount, boolean resolveLinkTos) {
        if (fromEventNumber < 0) {
            throw new IllegalArgumentException("fromEventNumber must be >= 0 for a forward read, was " + fromEventNumber);
        }
        return readStreamSlice(stream, StreamPosition.of(fromEventNumber), page(ReadOptions.forward(), maxCount, resolveLinkTos));
    }

    /** @deprecated use {@code readStreamSlice(stream, StreamPosition.of(from) or END, ReadOptions.backward().withPageSize(maxCount))} */
    @Deprecated
    default CompletableFuture<StreamSlice> readStreamBackward(String stream, long fromEventNumber, int maxCount, boolean resolveLinkTos) {
        if (fromEventNumber < -1) {
            throw new IllegalArgumentException("fromEventNumber must be >= 0, or -1 for the end, was " + fromEventNumber);
        }
        return readStreamSlice(stream, fromEventNumber == -1 ? StreamPosition.END : StreamPosition.of(fromEventNumber),
                page(ReadOptions.backward(), maxCount, resolveLinkTos));
    }

    /** @deprecated use {@code readAllSlice(position, ReadOptions.forward().withPageSize(maxCount))} */
    @Deprecated
    default CompletableFuture<AllSlice> readAllForward(Position position, int maxCount, boolean resolveLinkTos) {
        return readAllSlice(position, page(ReadOptions.forward(), maxCount, resolveLinkTos));
    }

    /** @deprecated use {@code readAllSlice(position, ReadOptions.backward().withPageSize(maxCount))} */
    @Deprecated
    default CompletableFuture<AllSlice> readAllBackward(Position position, int maxCount, boolean resolveLinkTos) {
        return readAllSlice(position, page(ReadOptions.backward(), maxCount, resolveLinkTos));
    }

    private static ReadOptions page(ReadOptions direction, int maxCount, boolean resolveLinkTos) {
        if (maxCount < 1 || maxCount > ReadOptions.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("maxCount must be between 1 and " + ReadOptions.MAX_PAGE_SIZE + ", was " + maxCount);
        }
        return direction.withPageSize(maxCount).withResolveLinkTos(resolveLinkTos);
    }

    /** @deprecated use {@code append(stream, events, AppendOptions.expecting(expectedVersion))} */
    @Deprecated
    default CompletableFuture<WriteResult> appendToStream(String stream, ExpectedVersion expectedVersion, List<EventData> events) {
        return append(stream, events, AppendOptions.expecting(expectedVersion));
    }

    /** @deprecated use {@code append(stream, List.of(events), AppendOptions.expecting(expectedVersion))} */
    @Deprecated
    default CompletableFuture<WriteResult> appendToStream(String stream, ExpectedVersion expectedVersion, EventData... events) {
        return append(stream, List.of(events), AppendOptions.expecting(expectedVersion));
    }

    /** @deprecated use {@code tryAppend(stream, events, AppendOptions.expecting(expectedVersion))} */
    @Deprecated
    default CompletableFuture<ConditionalWriteResult> tryAppendToStream(String stream, ExpectedVersion expectedVersion,
                                                                        List<EventData> events) {
        return tryAppend(stream, events, AppendOptions.expecting(expectedVersion));
    }

    /** @deprecated use {@code delete(stream, DeleteOptions.soft()/hard().withExpectedVersion(expectedVersion))} */
    @Deprecated
    default CompletableFuture<DeleteResult> deleteStream(String stream, ExpectedVersion expectedVersion, boolean hardDelete) {
        return delete(stream, DeleteOptions.DEFAULTS.withHard(hardDelete).withExpectedVersion(expectedVersion));
    }

    /** @deprecated use {@code setStreamMetadata(stream, metadata, AppendOptions.expecting(expectedMetastreamVersion))} */
    @Deprecated
    default CompletableFuture<WriteResult> setStreamMetadata(String stream, ExpectedVersion expectedMetastreamVersion,
                                                             StreamMetadata metadata) {
        return setStreamMetadata(stream, metadata, AppendOptions.expecting(expectedMetastreamVersion));
    }

    /** @deprecated use {@code startTransaction(stream, AppendOptions.expecting(expectedVersion))} */
    @Deprecated
    default CompletableFuture<Transaction> startTransaction(String stream, ExpectedVersion expectedVersion) {
        return startTransaction(stream, AppendOptions.expecting(expectedVersion));
    }

    /** @deprecated use {@code subscribeToStream(stream, SubscriptionOptions.DEFAULTS.withResolveLinkTos(resolveLinkTos), listener)} */
    @Deprecated
    default CompletableFuture<Subscription> subscribeToStream(String stream, boolean resolveLinkTos, SubscriptionListener listener) {
        return subscribeToStream(stream, SubscriptionOptions.DEFAULTS.withResolveLinkTos(resolveLinkTos), listener);
    }

    /** @deprecated use {@code subscribeToAll(SubscriptionOptions.DEFAULTS.withResolveLinkTos(resolveLinkTos), listener)} */
    @Deprecated
    default CompletableFuture<Subscription> subscribeToAll(boolean resolveLinkTos, SubscriptionListener listener) {
        return subscribeToAll(SubscriptionOptions.DEFAULTS.withResolveLinkTos(resolveLinkTos), listener);
    }

    /**
     * Returns the handle at once, started, as it always did; the client implements it (not a default
     * over the new call) because the new call's future completes only once the first read was answered.
     *
     * @deprecated use {@code subscribeToStreamFrom(stream, StreamPosition.START or after(checkpoint), options, listener)}
     */
    @Deprecated
    CatchUpSubscription subscribeToStreamFrom(String stream, long lastProcessedEventNumber, CatchUpOptions options,
                                              SubscriptionListener listener);

    /**
     * Returns the handle at once, started, as it always did; see above.
     *
     * @deprecated use {@code subscribeToAllFrom(Position.START or checkpoint, options, listener)}
     */
    @Deprecated
    CatchUpSubscription subscribeToAllFrom(Position lastProcessed, CatchUpOptions options, SubscriptionListener listener);

    /** @deprecated use {@code streamPublisher(stream, StreamPosition.START or after(checkpoint), options)} */
    @Deprecated
    default Flow.Publisher<ResolvedEvent> streamPublisher(String stream, long lastProcessedEventNumber, CatchUpOptions options) {
        return streamPublisher(stream, from(lastProcessedEventNumber), catchUp(options));
    }

    /** @deprecated use {@code allPublisher(Position.START or checkpoint, options)} */
    @Deprecated
    default Flow.Publisher<ResolvedEvent> allPublisher(Position lastProcessed, CatchUpOptions options) {
        return allPublisher(lastProcessed == null ? Position.START : lastProcessed, catchUp(options));
    }

    /** @deprecated use {@code connectToPersistentSubscription(stream, group, PersistentConnectOptions..., listener)} */
    @Deprecated
    default CompletableFuture<PersistentSubscription> connectToPersistentSubscription(String stream, String group, int bufferSize,
                                                                                      boolean autoAck,
                                                                                      PersistentSubscriptionListener listener) {
        return connectToPersistentSubscription(stream, group,
                PersistentConnectOptions.DEFAULTS.withBufferSize(bufferSize).withAutoAck(autoAck), listener);
    }

    /** @deprecated use {@code execute(command, payload, CallOptions.DEFAULTS.withCredentials(credentials))} */
    @Deprecated
    default CompletableFuture<RawReply> execute(int command, byte[] payload, UserCredentials credentials) {
        CallOptions call = credentials == null ? CallOptions.DEFAULTS : CallOptions.DEFAULTS.withCredentials(credentials);
        return ((ExtremeClient) this).execute(command, payload, call);
    }

    /** @deprecated use {@code protocol()} */
    @Deprecated
    default int protocolVersion() {
        ProtocolVersion spoken = ((ExtremeClient) this).protocol();
        return spoken == ProtocolVersion.V3 ? 3 : spoken == ProtocolVersion.V4 ? 4 : 0;
    }

    private static StreamPosition from(long lastProcessedEventNumber) {
        if (lastProcessedEventNumber < -1) {
            throw new IllegalArgumentException("lastProcessedEventNumber must be >= 0, or -1 to start from the first event, was "
                    + lastProcessedEventNumber);
        }
        return lastProcessedEventNumber == -1 ? StreamPosition.START : StreamPosition.after(lastProcessedEventNumber);
    }

    private static SubscriptionOptions catchUp(CatchUpOptions options) {
        if (options == null) {
            throw new NullPointerException("options must not be null");
        }
        return SubscriptionOptions.DEFAULTS.withCatchUp(options);
    }
}
