package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One recorded scenario (transcripts README, "Scenario format"): the steps a client performed
 * against a real EventStore, read from {@code NAME.scenario.json}. Defaults of the format are
 * applied here so that the runner never sees a missing top-level value.
 *
 * @param name           the file name without {@code .scenario.json}
 * @param description    what the scenario shows
 * @param protocols      the protocol versions it was recorded with (default 3 and 4)
 * @param identify       whether every new connection starts with IdentifyClient (default true)
 * @param replyTimeoutMs how long a step waits for its reply (default 5000)
 * @param endWaitMs      how long the run waits at the end for frames nobody awaited (default 300)
 * @param steps          the steps, in order
 */
record Scenario(String name, String description, List<Integer> protocols, boolean identify,
                int replyTimeoutMs, int endWaitMs, List<Step> steps) {

    Scenario {
        protocols = protocols == null ? List.of(3, 4) : List.copyOf(protocols);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** This scenario with another default reply timeout (steps with their own timeout_ms keep it). */
    Scenario withReplyTimeoutMs(int millis) {
        return new Scenario(name, description, protocols, identify, millis, endWaitMs, steps);
    }

    /** Whether the scenario was recorded under {@code protocol}. */
    boolean supports(int protocol) {
        return protocols.contains(protocol);
    }

    /**
     * One step of a scenario. Exactly one of {@code send}, {@code rawHex}, {@code await},
     * {@code sleepMs}, {@code close} and {@code connect} says what the step does; the other
     * fields refine it. Field names follow the JSON keys (snake_case there).
     */
    record Step(String id, String note, String send, JsonNode msg, String payloadHex, String payloadText,
                String messageType, JsonNode auth, Integer flags, String conn, String corr, Boolean reply,
                Integer waitMs, Integer timeoutMs, Integer closeWaitMs, String rawHex, Boolean racyBeforeClose,
                String await, Integer count, Integer sleepMs, String close, String connect, Boolean identify) {

        /** What a step does. */
        enum Kind { SEND, RAW, AWAIT, SLEEP, CLOSE, CONNECT }

        /** The kind of the step; a step that names none or several kinds is refused. */
        Kind kind() {
            Kind kind = null;
            int kinds = 0;
            if (send != null) { kind = Kind.SEND; kinds++; }
            if (rawHex != null) { kind = Kind.RAW; kinds++; }
            if (await != null) { kind = Kind.AWAIT; kinds++; }
            if (sleepMs != null) { kind = Kind.SLEEP; kinds++; }
            if (close != null) { kind = Kind.CLOSE; kinds++; }
            if (connect != null) { kind = Kind.CONNECT; kinds++; }
            if (kinds != 1) {
                throw new IllegalArgumentException("a step needs exactly one of send, raw_hex, await, sleep_ms,"
                        + " close, connect; this one has " + kinds);
            }
            return kind;
        }

        /** The connection the step uses: {@code conn}, or {@code c1}. */
        String connection() {
            if (close != null) {
                return close;
            }
            if (connect != null) {
                return connect;
            }
            return conn == null ? "c1" : conn;
        }

        /** Whether frames that arrive before the server closes the socket are racy (kept apart). */
        boolean racy() {
            return Boolean.TRUE.equals(racyBeforeClose);
        }
    }
}
