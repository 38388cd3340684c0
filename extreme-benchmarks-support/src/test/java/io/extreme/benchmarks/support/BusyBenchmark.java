package io.extreme.benchmarks.support;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A benchmark that only spends CPU, for the profiler's test to run in-process. */
@State(Scope.Thread)
public class BusyBenchmark {
    private long seed = 42;

    /** A few thousand multiply-adds: CPU and nothing else; ten operations per call. */
    @Benchmark
    @OperationsPerInvocation(10)
    public long spin() {
        long x = seed;
        for (int i = 0; i < 4_000; i++) {
            x = x * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
        }
        seed = x;
        return x;
    }
}
