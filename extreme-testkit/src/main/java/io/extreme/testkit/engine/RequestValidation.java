package io.extreme.testkit.engine;

import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.PersistentSubscriptionAckEvents;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.TransactionCommit;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionWrite;
import io.extreme.spi.message.WriteEvents;
import java.util.List;

/**
 * The argument checks the server makes while unwrapping a request, before anything else: a
 * request that fails them is answered BadRequest "Could not unwrap network package for command
 * ..." (PROTOCOL.md §12.1, "also seen"), so the engine reports it as not handled. Empty stream
 * ids and event types, expected versions the command does not know, event numbers below -1,
 * negative transaction ids, and a persistent consumer's empty group or subscription id or
 * negative in-flight allowance.
 *
 * <p>A field left out of the payload is checked here as the value it reads as (0, false, empty),
 * because that is what the server does (§12.1 #10): protobuf-net does not enforce proto2's
 * {@code required} when it deserialises (protobuf-net issue #120), so a missing field takes its
 * default and only the server's own argument checks (its {@code ClientMessage} constructors and
 * unwrappers, 3.9.3 and 4.1.4) refuse it. A ReadEvent with nothing but a stream id is served
 * (transcript {@code bad-payload-and-command}, step 3); one without a stream id is not.
 */
final class RequestValidation {
    private RequestValidation() {
    }

    static boolean isWellFormed(Message request) {
        if (request instanceof WriteEvents write) {
            long expected = write.expectedVersion();
            return hasName(write.streamId()) && expected >= SystemNames.STREAM_EXISTS
                    && expected != SystemNames.INVALID && wellFormed(write.events());
        }
        if (request instanceof DeleteStream delete) {
            return hasName(delete.streamId()) && delete.expectedVersion() >= SystemNames.ANY;
        }
        if (request instanceof TransactionStart start) {
            return hasName(start.streamId()) && start.expectedVersion() >= SystemNames.ANY;
        }
        if (request instanceof TransactionWrite write) {
            return write.transactionId() >= 0 && wellFormed(write.events());
        }
        if (request instanceof TransactionCommit commit) {
            return commit.transactionId() >= 0;
        }
        if (request instanceof ReadEvent read) {
            return hasName(read.streamId()) && read.eventNumber() >= -1;
        }
        if (request instanceof ReadStreamEvents read) {
            return hasName(read.streamId()) && read.fromEventNumber() >= -1 && read.direction() != null;
        }
        if (request instanceof ConnectToPersistentSubscription connect) {
            return hasName(connect.groupName()) && connect.allowedInFlightMessages() >= 0;
        }
        if (request instanceof PersistentSubscriptionAckEvents ack) {
            return hasName(ack.subscriptionId());
        }
        return true;
    }

    private static boolean wellFormed(List<NewEvent> events) {
        for (NewEvent event : events) {
            if (event.eventId() == null || !hasName(event.eventType()) || event.data() == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasName(String name) {
        return name != null && !name.isEmpty();
    }
}
