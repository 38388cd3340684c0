package io.extreme.testing;

import java.lang.reflect.Method;

/**
 * The bytes the current thread has allocated, for fuzz targets that bound what an input may make
 * a parser allocate (issue 18: "no allocation beyond the frame limit"). HotSpot counts them per
 * thread; where it cannot, the count is -1 and the bound is not checked.
 *
 * <p>Reached by reflection: the tests compile inside the module, which does not read
 * {@code java.management}, and run on the class path, where every module is readable.
 */
public final class Allocations {
    private static final Object THREADS;
    private static final Method ALLOCATED;

    static {
        Object threads = null;
        Method allocated = null;
        try {
            threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            Class<?> bean = Class.forName("com.sun.management.ThreadMXBean");
            if (bean.isInstance(threads) && (boolean) bean.getMethod("isThreadAllocatedMemorySupported").invoke(threads)) {
                bean.getMethod("setThreadAllocatedMemoryEnabled", boolean.class).invoke(threads, true);
                allocated = bean.getMethod("getCurrentThreadAllocatedBytes");
            }
        } catch (ReflectiveOperationException | LinkageError notHotSpot) {
            allocated = null;
        }
        THREADS = threads;
        ALLOCATED = allocated;
    }

    private Allocations() {
    }

    /** The running total for this thread, or -1 when the JVM does not count. */
    public static long allocatedByThisThread() {
        if (ALLOCATED == null) {
            return -1;
        }
        try {
            return (long) ALLOCATED.invoke(THREADS);
        } catch (ReflectiveOperationException e) {
            return -1;
        }
    }

    /** Fails when {@code since} (a total taken before) and now are more than {@code bound} bytes apart. */
    public static void assertAllocatedAtMost(long since, long bound, String what) {
        long now = allocatedByThisThread();
        if (since >= 0 && now >= 0 && now - since > bound) {
            throw new AssertionError(what + " allocated " + (now - since) + " bytes, more than its bound of " + bound);
        }
    }
}
