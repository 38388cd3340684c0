/**
 * The esjc 2.6.0 baseline for the Extreme benchmarks: the same workloads, through esjc's public
 * API, against the same server over TCP. Run from the shaded jar, on the class path: this
 * descriptor is for compiling only.
 */
module io.extreme.benchmarks.esjc {
    requires esjc;
    requires jmh.core;
    // The scale runner reads the heap (MemoryMXBean).
    requires java.management;
    // The latency runners' recording, shared with our jar.
    requires io.extreme.benchmarks.support;

    exports io.extreme.benchmarks.esjc;
    exports io.extreme.benchmarks.esjc.latency;
    exports io.extreme.benchmarks.esjc.scale;
}
