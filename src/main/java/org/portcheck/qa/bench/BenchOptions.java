package org.portcheck.qa.bench;

import java.nio.file.Path;

/**
 * {@code bench [DIR] [--load] [--clients N] [--seconds S] [--per-format N] [--repeat N] [--batch-only] [--out FILE]
 * [--jar FILE]}. Defaults keep a run within minutes on two cores: a few documents per format for latency, the whole
 * corpus for batch throughput. {@code --batch-only} measures the raw run and the batch alone (no server, no rows per
 * format), to try a change against the batch target; it writes a file only when {@code --out} names one, so that it
 * never replaces the whole report. {@code out} is null when nothing is to be written.
 */
public record BenchOptions(Path dir, boolean load, int clients, int seconds, int perFormat, int repeat,
                           boolean batchOnly, Path out, Path jar, String command) {

    public static final String USAGE = "usage: portcheck bench [DIR=samples] [--load] [--clients 16] [--seconds 60]"
            + " [--per-format 4] [--repeat 5] [--batch-only] [--out docs/benchmarks.md]"
            + " [--jar target/quarkus-app/quarkus-run.jar]";

    public BenchOptions {
        if (clients < 1 || seconds < 1 || perFormat < 1 || repeat < 1) {
            throw new IllegalArgumentException("--clients, --seconds, --per-format and --repeat must be at least 1");
        }
        if (batchOnly && load) {
            throw new IllegalArgumentException("--batch-only starts no server, so it cannot take --load");
        }
    }

    /** Parses the arguments after (or including) the leading "bench". */
    public static BenchOptions parse(String... args) {
        Path dir = Path.of("samples");
        boolean load = false;
        int clients = 16;
        int seconds = 60;
        int perFormat = 4;
        int repeat = 5;
        boolean batchOnly = false;
        Path out = null;
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        int i = args.length > 0 && args[0].equals("bench") ? 1 : 0;
        StringBuilder command = new StringBuilder("./portcheck bench");
        for (; i < args.length; i++) {
            String a = args[i];
            command.append(' ').append(a);
            switch (a) {
                case "--load" -> load = true;
                case "--batch-only" -> batchOnly = true;
                case "--clients" -> clients = number(args, ++i, a, command);
                case "--seconds" -> seconds = number(args, ++i, a, command);
                case "--per-format" -> perFormat = number(args, ++i, a, command);
                case "--repeat" -> repeat = number(args, ++i, a, command);
                case "--out" -> out = Path.of(value(args, ++i, a, command));
                case "--jar" -> jar = Path.of(value(args, ++i, a, command));
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    dir = Path.of(a);
                }
            }
        }
        if (out == null && !batchOnly) {
            out = Path.of("docs", "benchmarks.md");
        }
        return new BenchOptions(dir, load, clients, seconds, perFormat, repeat, batchOnly, out, jar,
                command.toString());
    }

    private static String value(String[] args, int i, String option, StringBuilder command) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        command.append(' ').append(args[i]);
        return args[i];
    }

    private static int number(String[] args, int i, String option, StringBuilder command) {
        String v = value(args, i, option, command);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not " + v);
        }
    }
}
