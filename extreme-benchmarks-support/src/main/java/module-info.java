/**
 * Helpers for the JMH benchmarks of both clients, ours and the esjc baseline: a profiler that
 * reports the CPU time per operation. Depends on jmh-core alone, so that it can be shaded into
 * either benchmark jar; run there from the class path, this descriptor is for compiling only.
 */
module io.extreme.benchmarks.support {
    requires jmh.core;
    // com.sun.management.OperatingSystemMXBean: the process CPU time in nanoseconds.
    requires jdk.management;

    exports io.extreme.benchmarks.support;
}
