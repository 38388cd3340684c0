package io.extreme.benchmarks;

import io.extreme.event.EventData;
import java.util.Arrays;
import java.util.UUID;

/**
 * The shape of the workloads, shared by every benchmark here and mirrored, number for number, by
 * the esjc baseline module (which cannot depend on this one: its protobuf 2 and our protobuf 3
 * do not fit on one class path). Change both together or the comparison means nothing.
 */
public final class Workload {
    /** Bytes of data per event; events carry no metadata. */
    public static final int EVENT_SIZE = 256;
    /** Single-event appends in flight at once in the pipelined benchmark. */
    public static final int PIPELINE_DEPTH = 100;
    /** Events per append call in the batch benchmark. */
    public static final int BATCH_SIZE = 100;
    /** Events per page in the read benchmark. */
    public static final int PAGE_SIZE = 500;
    /** Pages in the stream the read benchmark prepares and reads round and round. */
    public static final int PAGES = 10;
    /** Events in the stream the catch-up benchmark prepares once per trial and catches up on whole. */
    public static final int CATCH_UP_EVENTS = 100_000;
    /** Events per append while preparing the catch-up stream. */
    public static final int CATCH_UP_APPEND_SIZE = 500;
    /** The event type every benchmark event has. */
    public static final String EVENT_TYPE = "BenchmarkEvent";
    /** The endpoint when neither {@code -p endpoint=} nor {@code -Dbench.endpoint=} gives one. */
    public static final String DEFAULT_ENDPOINT = "127.0.0.1:1113";

    private Workload() {
    }

    /**
     * An event body of {@link #EVENT_SIZE} bytes. Printable bytes, marked as not JSON, so that
     * neither client nor server spends time on JSON.
     */
    public static byte[] payload() {
        byte[] data = new byte[EVENT_SIZE];
        Arrays.fill(data, (byte) 'x');
        return data;
    }

    /**
     * One event of {@link #payload()} to append again and again with fresh ids
     * ({@link EventData#withEventId}), which shares its bytes: a benchmark then measures the client,
     * not a copy of the payload per event.
     */
    public static EventData template() {
        return new EventData(UUID.randomUUID(), EVENT_TYPE, false, payload(), null);
    }

    /** The endpoint to benchmark: the JMH parameter when set, else {@code bench.endpoint}, else the default. */
    public static String endpoint(String param) {
        if (param != null && !param.isBlank()) {
            return param.trim();
        }
        return System.getProperty("bench.endpoint", DEFAULT_ENDPOINT).trim();
    }
}
