package org.portcheck.qa;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code qa <dir> [--url URL] [--report DIR] [--seed N]}: run a tree of cases, print and write the reports. */
public final class QaCommand {

    public static final String USAGE = "usage: portcheck qa <dir> [--url http://host:port] [--report DIR] [--seed N]";
    public static final Path DEFAULT_REPORT_DIR = Path.of("target", "qa");

    private QaCommand() {
    }

    public record Options(Path dir, String url, Path reportDir, Long seed) {

        /** Parses the arguments after (or including) the leading "qa". */
        public static Options parse(String... args) {
            Path dir = null;
            String url = null;
            Path report = DEFAULT_REPORT_DIR;
            Long seed = null;
            int i = args.length > 0 && args[0].equals("qa") ? 1 : 0;
            for (; i < args.length; i++) {
                String a = args[i];
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    value = a.substring(eq + 1);
                    a = a.substring(0, eq);
                }
                switch (a) {
                    case "--url" -> url = value != null ? value : next(args, ++i, a);
                    case "--report" -> report = Path.of(value != null ? value : next(args, ++i, a));
                    case "--seed" -> {
                        String s = value != null ? value : next(args, ++i, a);
                        try {
                            seed = Long.parseLong(s);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--seed takes a whole number, not " + s);
                        }
                    }
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        if (dir != null) {
                            throw new IllegalArgumentException("one case tree at a time: " + dir + " and " + a);
                        }
                        dir = Path.of(a);
                    }
                }
            }
            if (dir == null) {
                throw new IllegalArgumentException("which folder of cases?");
            }
            if (url != null && !url.matches("https?://.+")) {
                throw new IllegalArgumentException("--url must start with http:// or https://");
            }
            return new Options(dir, url, report, seed);
        }

        private static String next(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** The run and where its reports went. */
    public record Outcome(QaRun run, Path html, Path json) {
    }

    /**
     * Runs every case under {@code options.dir()} through the client, prints progress and the summary to out,
     * writes report.json and report.html. Throws IllegalArgumentException when the folder holds no case.
     */
    public static Outcome run(Options options, PrecheckClient client, QaSettings settings, PrintStream out, boolean tty) {
        List<QaCase> cases = QaCases.scan(options.dir());
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no case folders (folders with an expected.json) under " + options.dir());
        }
        out.printf("portcheck QA: %d cases under %s, %s%n", cases.size(), options.dir(), client.target());
        for (Path skipped : QaCases.withoutExpected(options.dir())) {
            out.println("warning: " + skipped + " holds case files but no expected.json; it is not run");
        }
        QaRun run = new QaRunner(client, settings).run(options.dir(), cases, options.seed(), out, tty);
        ConsoleReport.print(run, out);
        try {
            Files.createDirectories(options.reportDir());
            Path json = options.reportDir().resolve("report.json");
            Path html = options.reportDir().resolve("report.html");
            JsonReport.write(run, json);
            HtmlReport.write(run, html, settings);
            out.println();
            out.println("Report: " + html.toAbsolutePath() + " (and report.json)");
            out.println(run.exitCode() == 0 ? "All cases give their expected codes."
                    : run.differing().size() + " of " + run.results().size() + " cases differ.");
            out.flush();
            return new Outcome(run, html, json);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + options.reportDir(), e);
        }
    }

    /** The command line's exit status: 0 all pass, 1 some case differs, 2 usage or setup error. */
    public static int execute(Options options, PrecheckClient client, PrintStream out, PrintStream err) {
        try {
            return run(options, client, QaSettings.defaults(), out, Progress.stdoutIsTerminal()).run().exitCode();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("portcheck qa: " + e.getMessage());
            return 2;
        }
    }
}
