/**
 * Latency at a fixed rate, of our client: plain {@code main} runners (JMH does not fit a
 * schedule of sends) for append to acknowledgement ({@link io.extreme.benchmarks.latency.AppendLatency})
 * and for server push to handler with the cost per pushed event
 * ({@link io.extreme.benchmarks.latency.PushLatency}), mirrored by the esjc jar's
 * {@code io.extreme.benchmarks.esjc.latency}. The recording itself is in
 * {@code io.extreme.benchmarks.support.latency}, shared by both.
 */
package io.extreme.benchmarks.latency;
