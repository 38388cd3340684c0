package io.extreme.protocol.core;

import io.extreme.protocol.core.WireCursor.Irregular;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadAllResult;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.WireResolvedEvent;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes the messages that carry events (pages of stream and {@code $all} reads, and pushes)
 * straight from the payload into the port's records, without protobuf's generated parser: no
 * builder, message or byte-string view per event, which were most of a read's allocation and a
 * third of its decoding time (BENCHMARKS.md, "Profiles").
 *
 * <p>Every method returns null for a payload not shaped as the server writes it, and the caller
 * then decodes it with the generated parser (the {@code parse…} methods of {@link ReadsDecoder},
 * {@link SubscriptionsDecoder} and {@link PersistentDecoder}), which stays the one judge of odd and malformed payloads. Not the server's
 * shape here: a field with another wire type than the schema's, a singular message field twice
 * (protobuf merges the two), an enum value the schema does not know, an event id that is not 16
 * bytes, and whatever {@link WireCursor} refuses. Fields of numbers the schema does not know are
 * skipped, as protobuf keeps them aside unread. {@code HandDecodersTest} holds both decoders to the
 * same results over random and mutated payloads.
 */
final class EventPages {
    private static final ResolvedIndexedEvent[] NO_EVENTS = {};
    private static final WireResolvedEvent[] NO_RESOLVED = {};
    /** How many values each result enum of the schema has: 0 to this, less one, are known. */
    private static final int STREAM_RESULTS = ClientMessages.ReadStreamEventsCompleted.ReadStreamResult.values().length;
    private static final int ALL_RESULTS = ClientMessages.ReadAllEventsCompleted.ReadAllResult.values().length;

    private final Dialect dialect;
    private final EventRecordReader records;

    EventPages(Dialect dialect) {
        this.dialect = dialect;
        this.records = new EventRecordReader(dialect);
    }

    ReadStreamEventsCompleted readStreamEventsCompleted(ReadDirection direction, byte[] payload) {
        try {
            WireCursor in = new WireCursor(payload);
            RepeatedNames names = new RepeatedNames();
            RepeatedNames linkNames = new RepeatedNames();
            ResolvedIndexedEvent[] events = NO_EVENTS;
            int count = 0;
            int result = 0;
            long next = 0;
            long last = 0;
            boolean end = false;
            long commit = 0;
            String error = null;
            for (int tag = in.tag(); tag != 0; tag = in.tag()) {
                switch (tag) {
                    case 1 << 3 | WireCursor.LENGTH_DELIMITED -> {
                        if (count == events.length) {
                            events = Arrays.copyOf(events, Math.max(16, count * 2));
                        }
                        events[count++] = records.indexed(in, names, linkNames);
                    }
                    case 2 << 3 -> result = knownEnum((int) in.varint(), STREAM_RESULTS);
                    case 3 << 3 -> next = in.varint();
                    case 4 << 3 -> last = in.varint();
                    case 5 << 3 -> end = in.varint() != 0;
                    case 6 << 3 -> commit = in.varint();
                    case 7 << 3 | WireCursor.LENGTH_DELIMITED -> error = in.string();
                    default -> in.skipUnknown(tag, 7);
                }
            }
            return new ReadStreamEventsCompleted(direction, List.of(Arrays.copyOf(events, count)),
                    ReadStreamResult.fromCode(result), dialect.fromWire(next), dialect.fromWire(last), end, commit, error);
        } catch (Irregular irregular) {
            return null;
        }
    }

    ReadAllEventsCompleted readAllEventsCompleted(ReadDirection direction, byte[] payload) {
        try {
            WireCursor in = new WireCursor(payload);
            RepeatedNames names = new RepeatedNames();
            RepeatedNames linkNames = new RepeatedNames();
            WireResolvedEvent[] events = NO_RESOLVED;
            int count = 0;
            long commit = 0;
            long prepare = 0;
            long nextCommit = 0;
            long nextPrepare = 0;
            ReadAllResult result = null;
            String error = null;
            for (int tag = in.tag(); tag != 0; tag = in.tag()) {
                switch (tag) {
                    case 1 << 3 -> commit = in.varint();
                    case 2 << 3 -> prepare = in.varint();
                    case 3 << 3 | WireCursor.LENGTH_DELIMITED -> {
                        if (count == events.length) {
                            events = Arrays.copyOf(events, Math.max(16, count * 2));
                        }
                        events[count++] = records.resolved(in, names, linkNames);
                    }
                    case 4 << 3 -> nextCommit = in.varint();
                    case 5 << 3 -> nextPrepare = in.varint();
                    case 6 << 3 -> result = ReadAllResult.fromCode(knownEnum((int) in.varint(), ALL_RESULTS));
                    case 7 << 3 | WireCursor.LENGTH_DELIMITED -> error = in.string();
                    default -> in.skipUnknown(tag, 7);
                }
            }
            return new ReadAllEventsCompleted(direction, commit, prepare, List.of(Arrays.copyOf(events, count)),
                    nextCommit, nextPrepare, result, error);
        } catch (Irregular irregular) {
            return null;
        }
    }

    StreamEventAppeared streamEventAppeared(byte[] payload) {
        try {
            WireCursor in = new WireCursor(payload);
            WireResolvedEvent event = null;
            for (int tag = in.tag(); tag != 0; tag = in.tag()) {
                if (tag == (1 << 3 | WireCursor.LENGTH_DELIMITED) && event == null) {
                    event = records.resolved(in, null, null);
                } else {
                    in.skipUnknown(tag, 1);
                }
            }
            return new StreamEventAppeared(event != null ? event : new WireResolvedEvent(null, null, 0, 0));
        } catch (Irregular irregular) {
            return null;
        }
    }

    PersistentSubscriptionStreamEventAppeared persistentEventAppeared(byte[] payload) {
        try {
            WireCursor in = new WireCursor(payload);
            ResolvedIndexedEvent event = null;
            Integer retryCount = null;
            for (int tag = in.tag(); tag != 0; tag = in.tag()) {
                if (tag == (1 << 3 | WireCursor.LENGTH_DELIMITED) && event == null) {
                    event = records.indexed(in, null, null);
                } else if (tag == 2 << 3) {
                    retryCount = (int) in.varint();
                } else {
                    in.skipUnknown(tag, 2);
                }
            }
            return new PersistentSubscriptionStreamEventAppeared(event != null ? event : new ResolvedIndexedEvent(null, null),
                    dialect.has(Feature.RETRY_COUNT) ? retryCount : null);
        } catch (Irregular irregular) {
            return null;
        }
    }

    /** An enum value the schema knows (0 to {@code count - 1}); any other is the generated parser's to judge. */
    private static int knownEnum(int value, int count) {
        if (value < 0 || value >= count) {
            throw Irregular.INSTANCE;
        }
        return value;
    }
}
