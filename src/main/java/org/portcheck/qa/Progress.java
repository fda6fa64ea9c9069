package org.portcheck.qa;

import java.io.PrintStream;

/**
 * Live progress of a run: on a terminal one bar redrawn in place with the case in hand and the time left; in a log
 * (CI, a pipe) one line per finished case.
 */
final class Progress {

    private final PrintStream out;
    private final boolean tty;
    private final int total;
    private final int barWidth;
    private final long start = System.nanoTime();
    private int done;
    private int lastWidth;

    Progress(PrintStream out, boolean tty, int total, int barWidth) {
        this.out = out;
        this.tty = tty;
        this.total = total;
        this.barWidth = barWidth;
    }

    /** Whether stdout is a terminal, so \r redraws make sense. */
    static boolean stdoutIsTerminal() {
        return System.console() != null;
    }

    void starting(String name) {
        if (!tty) {
            return;
        }
        int filled = total == 0 ? barWidth : done * barWidth / total;
        String line = "[" + "#".repeat(filled) + "-".repeat(barWidth - filled) + "] " + (done + 1) + "/" + total
                + "  " + eta() + "  " + name;
        redraw(line);
    }

    void finished(CaseResult r) {
        done++;
        String line = String.format("[%" + width() + "d/%d] %-4s %s  %d ms  got %s%s  (%s)", done, total,
                r.passed() ? "ok" : "DIFF", r.name(), r.wallMs(), r.got(),
                r.passed() ? "" : r.error() != null ? " error " + r.error() : " expected " + r.expected(), eta());
        if (!tty) {
            out.println(line);
        } else if (!r.passed()) {
            // differing cases stay on screen above the bar
            redraw(line);
            out.println();
            lastWidth = 0;
        }
        out.flush();
    }

    void end() {
        if (tty && lastWidth > 0) {
            redraw("");
            out.print('\r');
            out.flush();
        }
    }

    private void redraw(String line) {
        int pad = Math.max(0, lastWidth - line.length());
        out.print("\r" + line + " ".repeat(pad));
        lastWidth = line.length();
        out.flush();
    }

    private int width() {
        return String.valueOf(total).length();
    }

    /** Time left at the mean pace so far. */
    private String eta() {
        if (done == 0) {
            return "left --:--";
        }
        long perCase = (System.nanoTime() - start) / done;
        long seconds = perCase * (total - done) / 1_000_000_000L;
        return String.format("left %d:%02d", seconds / 60, seconds % 60);
    }
}
