package io.extreme.benchmarks.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler for the CPU a benchmark costs per operation, where the score only tells how
 * long an operation takes: {@code -prof io.extreme.benchmarks.support.CpuTimeProfiler}. It reads
 * the process's CPU time when an iteration starts and when it ends, and reports:
 *
 * <ul>
 *   <li>{@code cpu.time.norm}: CPU nanoseconds per operation, over every thread of the process
 *       (benchmark threads, a client's I/O and callback threads, but also the JIT compiler, the
 *       GC and JMH itself);</li>
 *   <li>{@code cpu.util}: CPU seconds per wall-clock second of the iteration (2 = two cores busy);</li>
 *   <li>{@code cpu.user.norm} and {@code cpu.system.norm}: the same per operation split into user
 *       and kernel time, from {@code /proc/self/stat} (Linux only, 10 ms resolution).</li>
 * </ul>
 *
 * <p>Operations are counted as JMH's own {@code GCProfiler} counts them for
 * {@code gc.alloc.rate.norm}: {@link org.openjdk.jmh.results.IterationResultMetaData#getAllOps()},
 * the operations of all benchmark threads over the whole iteration (its synchronisation phases
 * included, as the CPU time is), already multiplied by {@code @OperationsPerInvocation} and
 * divided by the batch size in JMH's generated code. A server in another process is not counted:
 * run this profiler in each JVM whose CPU matters, or read the server's from {@code /proc}.
 *
 * <p>JMH makes an instance for each benchmark it runs and calls it from its own thread, before the
 * iteration's benchmark threads start and after they stop; it keeps no thread of its own.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private CpuSample start;

    /** The profiler JMH instantiates by name. */
    public CpuTimeProfiler() {
    }

    @Override
    public String getDescription() {
        return "CPU time of the whole process per operation (cpu.time.norm), and CPU seconds per wall second (cpu.util)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = CpuSample.take();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        CpuSample end = CpuSample.take();
        return results(start, end, result.getMetadata().getAllOps());
    }

    /**
     * The figures for one iteration between two samples, for {@code allOps} operations. A figure
     * the platform does not give, or a division by no operations, is NaN, as in GCProfiler.
     */
    static List<ScalarResult> results(CpuSample start, CpuSample end, long allOps) {
        List<ScalarResult> results = new ArrayList<>(4);
        long wall = end.wallNanos() - start.wallNanos();
        long cpu = difference(start.cpuNanos(), end.cpuNanos());
        results.add(new ScalarResult("cpu.time.norm", perOperation(cpu, allOps), "ns/op", AggregationPolicy.AVG));
        results.add(new ScalarResult("cpu.util", cpu < 0 || wall <= 0 ? Double.NaN : (double) cpu / wall, "s/s",
                AggregationPolicy.AVG));
        long user = difference(start.userNanos(), end.userNanos());
        long system = difference(start.systemNanos(), end.systemNanos());
        if (user >= 0 && system >= 0) {
            results.add(new ScalarResult("cpu.user.norm", perOperation(user, allOps), "ns/op", AggregationPolicy.AVG));
            results.add(new ScalarResult("cpu.system.norm", perOperation(system, allOps), "ns/op", AggregationPolicy.AVG));
        }
        return results;
    }

    /** Nanoseconds per operation; NaN when the time is unknown or there were no operations. */
    static double perOperation(long nanos, long allOps) {
        return nanos < 0 || allOps <= 0 ? Double.NaN : (double) nanos / allOps;
    }

    private static long difference(long before, long after) {
        return before == CpuSample.UNKNOWN || after == CpuSample.UNKNOWN ? CpuSample.UNKNOWN : after - before;
    }
}
