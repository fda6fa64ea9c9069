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

    /** One reading: milliseconds of CPU, NaN where the platform does not tell. */
    record Reading(double processMs, double ocrWorkersMs, double childrenMs) {

        Reading minus(Reading before) {
            return new Reading(processMs - before.processMs, ocrWorkersMs - before.ocrWorkersMs,
                    childrenMs - before.childrenMs);
        }
    }

    private CpuClock() {
    }

    static Reading now() {
        return new Reading(processMs(), ocrWorkersMs(), childrenMs());
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
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the command name in parentheses may hold spaces; the fields after it are space-separated
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            // after the name, field 3 (state) is index 0, so cutime (16) is index 13 and cstime (17) index 14
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * TICK_MS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
