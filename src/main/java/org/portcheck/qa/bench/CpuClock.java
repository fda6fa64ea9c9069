package org.portcheck.qa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time, to tell a batch that leaves cores idle from one that does too much work: this JVM's own, its OCR
 * workers' share, and that of the child processes it has waited for (the raw tesseract runs).
 */
final class CpuClock {

    /** Linux's USER_HZ: /proc reports children's times in these ticks. */
    private static final double TICK_MS = 10.0;
    private static final String OCR_THREAD_PREFIX = "portcheck-ocr-";

    /** The JVM's own threads, by the names Linux gives them (at most 15 characters). */
    private static final String[] GC_THREAD_PREFIXES = {"GC Thread", "G1 ", "VM Thread"};
    private static final String JIT_THREAD_PREFIX = "C2 Compiler";
    private static final String JIT_THREAD_PREFIX_C1 = "C1 Compiler";

    /**
     * One reading: milliseconds of CPU, NaN where the platform does not tell. Besides the OCR workers, the garbage
     * collector's threads (with the VM thread, which runs its safepoints) and the JIT compilers are told apart, so
     * that "the other threads" can be read as work or as upkeep.
     */
    record Reading(double processMs, double ocrWorkersMs, double gcMs, double jitMs, double childrenMs) {

        Reading minus(Reading before) {
            return new Reading(processMs - before.processMs, ocrWorkersMs - before.ocrWorkersMs,
                    gcMs - before.gcMs, jitMs - before.jitMs, childrenMs - before.childrenMs);
        }

        /** Everything but the OCR workers, the GC and the JIT: rendering, extraction, rules, callers. */
        double otherMs() {
            return processMs - ocrWorkersMs - gcMs - jitMs;
        }
    }

    private CpuClock() {
    }

    static Reading now() {
        double[] upkeep = upkeepMs();
        return new Reading(processMs(), ocrWorkersMs(), upkeep[0], upkeep[1], childrenMs());
    }

    /** CPU of the GC threads and of the JIT compiler threads, from /proc/self/task; NaN where it cannot be read. */
    private static double[] upkeepMs() {
        double gc = 0;
        double jit = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                double ms;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                    ms = ticksMs(Files.readString(task.resolve("stat")), 11, 12);
                } catch (IOException | RuntimeException e) {
                    continue; // the thread ended between the listing and the read
                }
                if (name.startsWith(JIT_THREAD_PREFIX) || name.startsWith(JIT_THREAD_PREFIX_C1)) {
                    jit += ms;
                } else {
                    for (String p : GC_THREAD_PREFIXES) {
                        if (name.startsWith(p)) {
                            gc += ms;
                            break;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {gc, jit};
    }

    /**
     * The sum of two tick counts of a /proc stat line, in ms. The command name in parentheses may hold spaces; after
     * it, field 3 (state) is index 0, so utime (14) is index 11, stime 12, cutime 13 and cstime 14.
     */
    private static double ticksMs(String stat, int first, int second) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return (Long.parseLong(f[first]) + Long.parseLong(f[second])) * TICK_MS;
    }

    private static double processMs() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            return ns < 0 ? Double.NaN : ns / 1e6;
        }
        return Double.NaN;
    }

    private static double ocrWorkersMs() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isThreadCpuTimeSupported()) {
            return Double.NaN;
        }
        double sum = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith(OCR_THREAD_PREFIX)) {
                long ns = threads.getThreadCpuTime(t.getThreadId());
                sum += Math.max(0, ns) / 1e6;
            }
        }
        return sum;
    }

    /** cutime + cstime of /proc/self/stat: CPU of the children this process has reaped. */
    private static double childrenMs() {
        try {
            return ticksMs(Files.readString(Path.of("/proc/self/stat")), 13, 14);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
