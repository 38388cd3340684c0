package io.extreme.benchmarks.support.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CPU each thread of a process used, from Linux's {@code /proc/PID/task/TID/stat} (user plus
 * system time, in clock ticks of 1/100 s, Linux's USER_HZ), so that the client's and the server's
 * threads are read the same way. Thread names are the kernel's (15 characters at most). Empty
 * where there is no /proc: the figures are then simply not printed.
 */
public final class ThreadCpu {
    private static final double TICKS_PER_SECOND = 100.0;

    /** One thread's name and CPU ticks so far. */
    record Sample(String name, long ticks) {
    }

    private final long pid;
    private final Map<Long, Sample> samples;

    private ThreadCpu(long pid, Map<Long, Sample> samples) {
        this.pid = pid;
        this.samples = samples;
    }

    /** The threads of {@code pid} now; none when /proc cannot be read. */
    public static ThreadCpu of(long pid) {
        Map<Long, Sample> samples = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.collect(Collectors.toList())) {
                Sample sample = read(task);
                if (sample != null) {
                    samples.put(Long.parseLong(task.getFileName().toString()), sample);
                }
            }
        } catch (IOException | RuntimeException e) {
            samples.clear(); // no /proc (not Linux) or the process is gone: nothing to report
        }
        return new ThreadCpu(pid, samples);
    }

    private static Sample read(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            // "tid (comm) state ..." where comm may hold spaces: fields count from the last ')'.
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String[] fields = stat.substring(close + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            return new Sample(stat.substring(open + 1, close), ticks);
        } catch (IOException | RuntimeException gone) {
            return null; // the thread ended between the listing and the read
        }
    }

    /**
     * The busiest threads between {@code before} and this sample, as "name 1.23 s" in seconds of
     * CPU, most first, at most {@code top}, with the whole process's total first.
     */
    public String busiestSince(ThreadCpu before, int top) {
        if (samples.isEmpty()) {
            return "pid " + pid + ": no /proc figures";
        }
        Map<String, Long> byName = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        long total = 0;
        for (Map.Entry<Long, Sample> entry : samples.entrySet()) {
            Sample then = before.samples.get(entry.getKey());
            long used = entry.getValue().ticks() - (then == null ? 0 : then.ticks());
            total += used;
            // A pool's threads differ only by a trailing number: summed as one, "pool-*".
            String pool = entry.getValue().name().replaceAll("[0-9]+$", "*");
            byName.merge(pool, used, Long::sum);
            threads.merge(pool, 1, Integer::sum);
        }
        List<String> busiest = byName.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .map(e -> e.getKey() + (threads.get(e.getKey()) > 1 ? " (" + threads.get(e.getKey()) + " threads)" : "")
                        + " " + seconds(e.getValue()))
                .collect(Collectors.toList());
        return "pid " + pid + " total " + seconds(total) + " CPU; busiest threads: "
                + String.join(", ", busiest);
    }

    private static String seconds(long ticks) {
        return String.format("%.2f s", ticks / TICKS_PER_SECOND);
    }
}
