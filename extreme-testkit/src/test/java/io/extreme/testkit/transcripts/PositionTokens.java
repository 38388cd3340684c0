package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rules 2 (timestamps dropped), 5 (transaction ids), 6 (log positions) and 7 ({@code $all}
 * filtering), applied message by message in two passes: {@link #collect} filters and finds
 * the anchors and transaction ids of the whole transcript, {@link #tokenise} then replaces
 * the numbers. Values that are already tokens are left alone, which keeps it idempotent.
 */
final class PositionTokens {
    /** Positions carried by the scenario's own events and writes: they become Pk. */
    private static final Map<String, Set<String>> EXACT = Map.of(
            "ResolvedEvent", Set.of("commit_position", "prepare_position"),
            "WriteEventsCompleted", Set.of("commit_position", "prepare_position"),
            "DeleteStreamCompleted", Set.of("commit_position", "prepare_position"),
            "TransactionCommitCompleted", Set.of("commit_position", "prepare_position"));
    /** "Where the log is now": >=Pk, meaning Pk <= value < Pk+1. */
    private static final Map<String, Set<String>> NOW = Map.of(
            "ReadStreamEventsCompleted", Set.of("last_commit_position"),
            "SubscriptionConfirmation", Set.of("last_commit_position"),
            "PersistentSubscriptionConfirmation", Set.of("last_commit_position"));
    /** Read positions in $all: >Pk, meaning Pk < value <= Pk+1; -1 stays. */
    private static final Map<String, Set<String>> READ = Map.of(
            "ReadAllEvents", Set.of("commit_position", "prepare_position"),
            "ReadAllEventsCompleted", Set.of("commit_position", "prepare_position",
                    "next_commit_position", "next_prepare_position"));
    private static final Set<String> TRANSACTIONS = Set.of("TransactionStartCompleted", "TransactionWrite",
            "TransactionWriteCompleted", "TransactionCommit", "TransactionCommitCompleted");

    private final TreeSet<Long> anchors = new TreeSet<>();
    private final Map<Long, String> transactions = new LinkedHashMap<>();
    private long[] sorted;

    /** First pass: drops timestamps, filters {@code $all} results, notes anchors and transaction ids. */
    void collect(ObjectNode msg, Descriptor type, Set<String> ownStreams) {
        String name = type.getName();
        if (name.equals("EventRecord")) {
            msg.remove("created");
            msg.remove("created_epoch");
        }
        if (name.equals("ReadAllEventsCompleted") && msg.get("events") instanceof ArrayNode events) {
            ArrayNode kept = Json.NODES.arrayNode();
            events.forEach(event -> {
                if (OwnStreams.isOwnEvent(event, ownStreams)) {
                    kept.add(event);
                }
            });
            if (kept.isEmpty()) {
                msg.remove("events"); // an empty repeated field is an absent one
            } else {
                msg.set("events", kept);
            }
        }
        for (String field : EXACT.getOrDefault(name, Set.of())) {
            JsonNode value = msg.get(field);
            if (value != null && value.isIntegralNumber() && value.longValue() > 0) {
                anchors.add(value.longValue());
            }
        }
        if (name.equals("TransactionStartCompleted")) {
            JsonNode id = msg.get("transaction_id");
            if (id != null && id.isIntegralNumber() && id.longValue() >= 0) {
                transactions.computeIfAbsent(id.longValue(), v -> "T" + (transactions.size() + 1));
            }
        }
    }

    /** Second pass: numbers to tokens. */
    void tokenise(ObjectNode msg, Descriptor type) {
        if (sorted == null) {
            sorted = anchors.stream().mapToLong(Long::longValue).toArray();
        }
        String name = type.getName();
        for (String field : EXACT.getOrDefault(name, Set.of())) {
            long value = number(msg, field);
            if (value > 0) {
                msg.put(field, "P" + (index(value) + 1));
            }
        }
        for (String field : NOW.getOrDefault(name, Set.of())) {
            if (isNumber(msg, field)) {
                msg.put(field, ">=P" + countAtMost(number(msg, field)));
            }
        }
        for (String field : READ.getOrDefault(name, Set.of())) {
            if (isNumber(msg, field) && number(msg, field) != -1) {
                msg.put(field, ">P" + countBelow(number(msg, field)));
            }
        }
        if (TRANSACTIONS.contains(name) && isNumber(msg, "transaction_id")) {
            String token = transactions.get(number(msg, "transaction_id"));
            if (token != null) {
                msg.put("transaction_id", token);
            }
        }
    }

    private static boolean isNumber(ObjectNode msg, String field) {
        JsonNode value = msg.get(field);
        return value != null && value.isIntegralNumber();
    }

    /** The field's number; 0 (left alone by every rule that calls it so) when not a number. */
    private static long number(ObjectNode msg, String field) {
        return isNumber(msg, field) ? msg.get(field).longValue() : 0;
    }

    private int index(long anchor) {
        return Arrays.binarySearch(sorted, anchor);
    }

    /** k such that Pk <= value < Pk+1. */
    private int countAtMost(long value) {
        int i = Arrays.binarySearch(sorted, value);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** k such that Pk < value <= Pk+1. */
    private int countBelow(long value) {
        int i = Arrays.binarySearch(sorted, value);
        return i >= 0 ? i : -i - 1;
    }
}
