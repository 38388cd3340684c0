/**
 * Latency at a fixed rate, of esjc 2.6.0: the same plain {@code main} runners as our jar's
 * {@code io.extreme.benchmarks.latency} (append to acknowledgement; server push to handler with
 * the cost per pushed event), through esjc's public API, recorded by the shared
 * {@code io.extreme.benchmarks.support.latency}.
 */
package io.extreme.benchmarks.esjc.latency;
