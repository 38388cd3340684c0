package io.extreme.benchmarks.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The profiler's arithmetic on fixed samples, and the profiler in a real, tiny JMH run. */
class CpuTimeProfilerTest {
    @Test
    void dividesTheCpuTimeOfTheIterationByAllItsOperations() {
        CpuSample start = new CpuSample(1_000, 5_000, 10_000_000, 20_000_000);
        // 2 ms of wall clock, 3 ms of CPU (2 ms user, 1 ms system), 1,000 operations.
        CpuSample end = new CpuSample(2_001_000, 3_005_000, 12_000_000, 21_000_000);

        Map<String, ScalarResult> results = byLabel(CpuTimeProfiler.results(start, end, 1_000));

        assertThat(results.get("cpu.time.norm").getScore()).isEqualTo(3_000.0);
        assertThat(results.get("cpu.time.norm").getScoreUnit()).isEqualTo("ns/op");
        assertThat(results.get("cpu.util").getScore()).isCloseTo(1.5, within(1e-9));
        assertThat(results.get("cpu.user.norm").getScore()).isEqualTo(2_000.0);
        assertThat(results.get("cpu.system.norm").getScore()).isEqualTo(1_000.0);
    }

    @Test
    void noOperationsOrAnUnknownTimeGiveNaNAndTheSplitIsLeftOutWhenUnknown() {
        CpuSample start = new CpuSample(0, 0, CpuSample.UNKNOWN, CpuSample.UNKNOWN);
        CpuSample end = new CpuSample(1_000, 500, CpuSample.UNKNOWN, CpuSample.UNKNOWN);

        Map<String, ScalarResult> results = byLabel(CpuTimeProfiler.results(start, end, 0));

        assertThat(results).containsOnlyKeys("cpu.time.norm", "cpu.util");
        assertThat(results.get("cpu.time.norm").getScore()).isNaN();
        assertThat(results.get("cpu.util").getScore()).isEqualTo(0.5);
        assertThat(CpuTimeProfiler.perOperation(CpuSample.UNKNOWN, 10)).isNaN();
    }

    @Test
    void readsUserAndSystemTicksPastACommandNameWithSpacesAndParentheses() {
        String line = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 30 0 12345 0 0";

        assertThat(CpuSample.parseStat(line)).containsExactly(250 * 10_000_000L, 75 * 10_000_000L);
    }

    @Test
    void aTinyBenchmarkRunInProcessReportsPositiveCpuPerOperation() throws Exception {
        // Other JMH runs may share the machine; their lock file must not stop this one.
        System.setProperty("jmh.ignoreLock", "true");
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include(BusyBenchmark.class.getName() + ".spin")
                .forks(0)
                .threads(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .addProfiler(CpuTimeProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();

        assertThat(runs).hasSize(1);
        Map<String, Result> secondary = runs.iterator().next().getSecondaryResults();
        assertThat(secondary).containsKeys("cpu.time.norm", "cpu.util");
        assertThat(secondary.get("cpu.time.norm").getScore()).isPositive();
        assertThat(secondary.get("cpu.util").getScore()).isPositive();
    }

    private static Map<String, ScalarResult> byLabel(Collection<ScalarResult> results) {
        return results.stream().collect(Collectors.toMap(Result::getLabel, Function.identity()));
    }
}
