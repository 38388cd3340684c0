package io.extreme.benchmarks.support.latency;

import java.lang.management.ManagementFactory;

/**
 * The process's CPU time and the bytes its threads have allocated, at one instant; two of them
 * bound a measured window.
 *
 * <p>CPU time is the JVM's process figure (on Linux {@code CLOCK_PROCESS_CPUTIME_ID}): every
 * thread counts, the client's and also the JIT compiler's and the GC's. Allocation is the sum of
 * {@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes} over the threads alive when the
 * sample is taken: a thread that starts and ends inside the window is missed, and the sampling
 * thread's own few arrays are counted; neither matters over millions of events.
 *
 * @param cpuNanos       CPU time of the whole process so far, or -1 when the platform does not tell
 * @param allocatedBytes bytes allocated so far by the threads alive now, or -1 when not told
 */
public record ProcessCost(long cpuNanos, long allocatedBytes) {
    /** The figures now. */
    public static ProcessCost take() {
        long cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime();
        }
        long allocated = -1;
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            allocated = 0;
            for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
                allocated += Math.max(0, bytes); // -1 for a thread that ended between the two calls
            }
        }
        return new ProcessCost(cpu, allocated);
    }

    /** What was spent from {@code start} to this sample. */
    public ProcessCost since(ProcessCost start) {
        return new ProcessCost(cpuNanos < 0 || start.cpuNanos < 0 ? -1 : cpuNanos - start.cpuNanos,
                allocatedBytes < 0 || start.allocatedBytes < 0 ? -1 : allocatedBytes - start.allocatedBytes);
    }
}
