package io.extreme.testkit.server;

import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscriptionConfirmation;
import java.util.List;

/**
 * What a 4.x server sends a connection that never identified itself, a protocol-3 client
 * (PROTOCOL.md §7.3): its "V1" dispatcher narrows some event numbers to 32 bits, the tombstone's
 * {@code long.MaxValue} becoming {@code int.MaxValue}, so that such a client reads a hard-deleted
 * stream as a 3.x server would have shown it. Narrowed are {@code last_event_number} of
 * ReadStreamEventsCompleted, SubscriptionConfirmation and PersistentSubscriptionConfirmation, and
 * the event numbers of both records of every event in {@code $all} reads, StreamEventAppeared
 * and PersistentSubscriptionStreamEventAppeared. The event records of stream reads and
 * ReadEventCompleted are left as they are, as the server leaves them.
 */
final class V1EventNumbers {
    private V1EventNumbers() {
    }

    /** {@code message} as the V1 dispatcher sends it; the same object when nothing changes. */
    static Message narrow(Message message) {
        if (message instanceof ReadStreamEventsCompleted read) {
            return new ReadStreamEventsCompleted(read.direction(), read.events(), read.result(),
                    read.nextEventNumber(), downgrade(read.lastEventNumber()), read.endOfStream(),
                    read.lastCommitPosition(), read.error());
        }
        if (message instanceof SubscriptionConfirmation confirmation) {
            return new SubscriptionConfirmation(confirmation.lastCommitPosition(),
                    downgrade(confirmation.lastEventNumber()));
        }
        if (message instanceof PersistentSubscriptionConfirmation confirmation) {
            return new PersistentSubscriptionConfirmation(confirmation.lastCommitPosition(),
                    confirmation.subscriptionId(), downgrade(confirmation.lastEventNumber()));
        }
        if (message instanceof ReadAllEventsCompleted read) {
            List<WireResolvedEvent> events = read.events().stream().map(V1EventNumbers::narrow).toList();
            return new ReadAllEventsCompleted(read.direction(), read.commitPosition(), read.preparePosition(), events,
                    read.nextCommitPosition(), read.nextPreparePosition(), read.result(), read.error());
        }
        if (message instanceof StreamEventAppeared appeared) {
            return new StreamEventAppeared(narrow(appeared.event()));
        }
        if (message instanceof PersistentSubscriptionStreamEventAppeared appeared) {
            ResolvedIndexedEvent event = appeared.event();
            return new PersistentSubscriptionStreamEventAppeared(
                    new ResolvedIndexedEvent(narrow(event.event()), narrow(event.link())), appeared.retryCount());
        }
        return message;
    }

    /** The server's StreamVersionConverter.Downgrade: the tombstone to int.MaxValue, else a C# (int) cast. */
    static long downgrade(long eventNumber) {
        return eventNumber == Long.MAX_VALUE ? Integer.MAX_VALUE : (int) eventNumber;
    }

    private static Long downgrade(Long eventNumber) {
        return eventNumber == null ? null : downgrade(eventNumber.longValue());
    }

    private static WireResolvedEvent narrow(WireResolvedEvent event) {
        return new WireResolvedEvent(narrow(event.event()), narrow(event.link()), event.commitPosition(),
                event.preparePosition());
    }

    private static EventRecord narrow(EventRecord record) {
        if (record == null) {
            return null;
        }
        return new EventRecord(record.streamId(), downgrade(record.eventNumber()), record.eventId(), record.eventType(),
                record.dataContentType(), record.metadataContentType(), record.data(), record.metadata(),
                record.created(), record.createdEpoch());
    }
}
