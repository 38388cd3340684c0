package io.extreme.benchmarks.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's CPU time at one instant, with the wall clock beside it: what
 * {@link CpuTimeProfiler} takes at the start and at the end of an iteration.
 *
 * @param wallNanos   {@link System#nanoTime()} when taken
 * @param cpuNanos    CPU time of every thread of the process so far, or {@link #UNKNOWN}
 * @param userNanos   the user-mode part, from {@code /proc/self/stat}, or {@link #UNKNOWN}
 * @param systemNanos the kernel-mode part, from {@code /proc/self/stat}, or {@link #UNKNOWN}
 */
record CpuSample(long wallNanos, long cpuNanos, long userNanos, long systemNanos) {
    /** A time the platform does not tell. */
    static final long UNKNOWN = -1;

    private static final Path PROC_SELF_STAT = Path.of("/proc/self/stat");
    /**
     * Linux reports {@code utime} and {@code stime} in clock ticks of USER_HZ, which the kernel
     * fixes at 100 per second for user space on every architecture a JVM runs on here: 10 ms a
     * tick, coarse but fine over iterations of a second or more.
     */
    private static final long NANOS_PER_TICK = 10_000_000L;
    /** Fields 14 and 15 of the stat line, counted from the first field after the command name's ')'. */
    private static final int UTIME_AFTER_NAME = 11;
    private static final int STIME_AFTER_NAME = 12;

    /** The process's times now. */
    static CpuSample take() {
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        long[] userAndSystem = userAndSystemNanos();
        return new CpuSample(wall, cpu, userAndSystem[0], userAndSystem[1]);
    }

    /**
     * The JVM's own figure, in nanoseconds (on Linux {@code CLOCK_PROCESS_CPUTIME_ID}): every
     * thread counts, the benchmark's and also the JIT compiler's, the GC's and JMH's own.
     */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? UNKNOWN : nanos;
        }
        return UNKNOWN;
    }

    /** User and system time from {@code /proc/self/stat}; both unknown off Linux or when it cannot be read. */
    private static long[] userAndSystemNanos() {
        try {
            return parseStat(Files.readString(PROC_SELF_STAT));
        } catch (IOException | RuntimeException e) {
            return new long[] {UNKNOWN, UNKNOWN};
        }
    }

    /**
     * Reads {@code utime} and {@code stime} from one stat line. The command name (field 2) is in
     * parentheses and may itself hold spaces or parentheses, so fields are counted from the last ')'.
     */
    static long[] parseStat(String line) {
        String[] fields = line.substring(line.lastIndexOf(')') + 1).trim().split("\\s+");
        return new long[] {Long.parseLong(fields[UTIME_AFTER_NAME]) * NANOS_PER_TICK,
                Long.parseLong(fields[STIME_AFTER_NAME]) * NANOS_PER_TICK};
    }
}
