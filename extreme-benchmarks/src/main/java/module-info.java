/**
 * JMH benchmarks of the Extreme client against an EventStore (in practice the testkit's TCP
 * server in a JVM of its own). Run from the shaded jar, on the class path: this descriptor is for
 * compiling only, so the benchmarks use nothing but the client's public API and, for the
 * protocol benchmarks with no network, its ports ({@code io.extreme.spi}).
 */
module io.extreme.benchmarks {
    requires io.extreme.api;
    requires io.extreme.serialization.json;
    requires io.extreme.serialization.kryo;
    requires jmh.core;
    // The scale runner reads the heap (MemoryMXBean).
    requires java.management;
    // The latency runners' recording, shared with the esjc jar.
    requires io.extreme.benchmarks.support;

    exports io.extreme.benchmarks;
    exports io.extreme.benchmarks.latency;
    exports io.extreme.benchmarks.protocol;
    exports io.extreme.benchmarks.scale;
    exports io.extreme.benchmarks.wire;

    // ProtocolBenchmarks finds the codecs as the client does; no codec module is read directly.
    uses io.extreme.spi.ProtocolCodecProvider;
}
