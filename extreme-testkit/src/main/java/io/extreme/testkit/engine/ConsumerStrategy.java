package io.extreme.testkit.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How a persistent subscription group chooses the consumer of its next message
 * ({@code named_consumer_strategy}, PROTOCOL.md §4.11). Each answer is an index into the group's
 * consumers in connection order, or -1 when the message must wait for a free slot.
 */
enum ConsumerStrategy {
    /** The next consumer in rotation that has a free slot. */
    ROUND_ROBIN("RoundRobin") {
        @Override
        int choose(List<PersistentConsumer> consumers, int rotation, StoredEvent event) {
            int count = consumers.size();
            for (int i = 0; i < count; i++) {
                int candidate = (rotation + i) % count;
                if (consumers.get(candidate).hasFreeSlot()) {
                    return candidate;
                }
            }
            return -1;
        }
    },
    /** The first consumer until its slots are full, then the next. */
    DISPATCH_TO_SINGLE("DispatchToSingle") {
        @Override
        int choose(List<PersistentConsumer> consumers, int rotation, StoredEvent event) {
            for (int i = 0; i < consumers.size(); i++) {
                if (consumers.get(i).hasFreeSlot()) {
                    return i;
                }
            }
            return -1;
        }
    },
    /**
     * The consumer a hash of the event's source stream points at (for a link, the stream in its
     * data), so that one stream's events stay with one consumer; when that consumer is full the
     * message waits rather than going elsewhere. The hash is Java's, not the server's: which
     * consumer gets a stream differs from a real server, that one stream sticks to one does not.
     */
    PINNED("Pinned") {
        @Override
        int choose(List<PersistentConsumer> consumers, int rotation, StoredEvent event) {
            if (consumers.isEmpty()) {
                return -1;
            }
            int bucket = Math.floorMod(sourceStream(event).hashCode(), consumers.size());
            return consumers.get(bucket).hasFreeSlot() ? bucket : -1;
        }
    };

    private final String wireName;

    ConsumerStrategy(String wireName) {
        this.wireName = wireName;
    }

    abstract int choose(List<PersistentConsumer> consumers, int rotation, StoredEvent event);

    /**
     * The strategy a create or update asks for: by name, or from {@code prefer_round_robin} when
     * the name is empty, as the server derives it; null for an unknown name.
     */
    static ConsumerStrategy named(String name, boolean preferRoundRobin) {
        if (name == null || name.isEmpty()) {
            return preferRoundRobin ? ROUND_ROBIN : DISPATCH_TO_SINGLE;
        }
        for (ConsumerStrategy strategy : values()) {
            if (strategy.wireName.equals(name)) {
                return strategy;
            }
        }
        return null;
    }

    private static String sourceStream(StoredEvent event) {
        if (event.isLink()) {
            String text = new String(event.data(), StandardCharsets.UTF_8);
            int at = text.indexOf('@');
            if (at >= 0) {
                return text.substring(at + 1);
            }
        }
        return event.streamId();
    }
}
