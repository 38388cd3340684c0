/**
 * JMH helpers shared by the benchmark jars of our client and of the esjc baseline:
 * {@link io.extreme.benchmarks.support.CpuTimeProfiler}, for the CPU a process spends per
 * operation ({@code -prof io.extreme.benchmarks.support.CpuTimeProfiler}).
 */
package io.extreme.benchmarks.support;
