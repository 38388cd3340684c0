/**
 * The baseline: the same JMH workloads as {@code extreme-benchmarks}, run with esjc 2.6.0, so
 * that the two clients are measured side by side against the same server.
 */
package io.extreme.benchmarks.esjc;
