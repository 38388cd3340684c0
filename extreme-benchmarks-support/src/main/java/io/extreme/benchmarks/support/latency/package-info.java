/**
 * Latency at a fixed rate, for the plain {@code main} runners of both benchmark jars (JMH does
 * not fit a schedule of sends): {@link io.extreme.benchmarks.support.latency.FixedRateAppends}
 * for append to acknowledgement, {@link io.extreme.benchmarks.support.latency.LivePushRun} for
 * server push to handler and the client's cost per pushed event, and
 * {@link io.extreme.benchmarks.support.latency.LatencyReport} for what they print and write.
 * Nothing here knows either client: the runners hand in a function that appends, or one that
 * subscribes.
 */
package io.extreme.benchmarks.support.latency;
