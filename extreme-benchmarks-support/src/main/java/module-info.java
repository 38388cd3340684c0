/**
 * Helpers for the benchmarks of both clients, ours and the esjc baseline: a JMH profiler that
 * reports the CPU time per operation, and the fixed-rate latency recording (HdrHistogram) of the
 * latency runners. Depends on jmh-core and HdrHistogram alone, so that it can be shaded into
 * either benchmark jar; run there from the class path, this descriptor is for compiling only.
 */
module io.extreme.benchmarks.support {
    requires jmh.core;
    // The scale runners' heap gauge (MemoryMXBean).
    requires java.management;
    // com.sun.management.OperatingSystemMXBean and ThreadMXBean: process CPU time, thread allocation.
    requires jdk.management;
    // HdrHistogram 2.2.2 names no module: its automatic name comes from the jar's file name.
    requires transitive HdrHistogram;

    exports io.extreme.benchmarks.support;
    exports io.extreme.benchmarks.support.latency;
    exports io.extreme.benchmarks.support.scale;
}
