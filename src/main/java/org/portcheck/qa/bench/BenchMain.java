package org.portcheck.qa.bench;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.portcheck.qa.QaMain;
import org.portcheck.document.DocumentReader;
import org.portcheck.qa.HttpPrecheckClient;
import org.portcheck.qa.InProcessClient;
import org.portcheck.qa.PrecheckClient;
import org.portcheck.qa.QaCase;

/**
 * {@code portcheck bench}: the in-process figures come from this JVM (its HTTP server on an ephemeral port stays
 * idle); the HTTP, start-up and load figures from the packaged server started as its own process.
 */
public final class BenchMain {

    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(120);
    /** Timed evaluations of the rules alone. */
    private static final int RULES_RUNS = 500;

    private BenchMain() {
    }

    public static void main(String... args) {
        try {
            BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("portcheck bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        QaMain.runInProcess(App.class, "portcheck bench", args);
    }

    /** The run, once the container is up. */
    public static class App implements QuarkusApplication {

        @Inject
        DocumentReader reader;

        @Inject
        InProcessClient inProcess;

        @Inject
        RulesTiming rulesTiming;

        @Override
        public int run(String... args) throws IOException {
            BenchOptions options = BenchOptions.parse(args);
            String loadAverage = BenchReport.loadAverage();
            Path scratch = Files.createTempDirectory("portcheck-bench");
            BenchCorpus corpus = BenchCorpus.load(options.dir(), reader);
            Bench.Results results;
            Double startup = null;
            LoadTest.Result load = null;
            RulesTiming.Figures rules = null;
            if (options.batchOnly()) {
                results = new Bench(System.out, scratch).measure(corpus, options, inProcess, null);
            } else {
                try (ServerProcess server = ServerProcess.start(options.jar(), scratch.resolve("server.log"))) {
                    startup = server.startupMs();
                    System.out.printf("bench: server pid %d ready in %.0f ms on %s%n", server.pid(), startup,
                            server.base());
                    results = new Bench(System.out, scratch).measure(corpus, options,
                            inProcess, new HttpPrecheckClient(server.base(), HTTP_TIMEOUT));
                    if (options.load()) {
                        System.out.printf("bench: load, %d clients for %d s%n", options.clients(), options.seconds());
                        List<PrecheckClient.Parts> mix = corpus.docs().stream().map(BenchCorpus.Doc::parts).toList();
                        load = LoadTest.run(server, mix, options.clients(), options.seconds());
                        afterLoad(corpus, inProcess, new HttpPrecheckClient(server.base(), HTTP_TIMEOUT));
                    }
                }
                System.out.printf("bench: the rules alone, %d runs%n", RULES_RUNS);
                rules = rulesTiming.measure(corpus, RULES_RUNS);
            }
            String md = BenchReport.markdown(results, rules, startup, load, options.command(), loadAverage);
            System.out.println(md);
            if (options.out() == null) {
                return 0;
            }
            if (options.out().getParent() != null) {
                Files.createDirectories(options.out().getParent());
            }
            Files.writeString(options.out(), md);
            System.out.println("bench: written to " + options.out());
            return 0;
        }

        /** After the load, one ordinary precheck of a clean case must answer as it does unloaded (in-process). */
        private static void afterLoad(BenchCorpus corpus, PrecheckClient inProcess, PrecheckClient http) {
            QaCase clean = corpus.cases().stream().filter(c -> c.name().startsWith("clean-")).findFirst()
                    .orElse(corpus.cases().get(0));
            PrecheckClient.Reply r = http.send(corpus.caseParts(clean));
            java.util.TreeSet<Integer> got = new java.util.TreeSet<>();
            if (r.succeeded()) {
                r.body().path("codes").forEach(c -> got.add(c.path("code").asInt()));
            }
            java.util.TreeSet<Integer> unloaded = new java.util.TreeSet<>();
            PrecheckClient.Reply ref = inProcess.send(corpus.caseParts(clean));
            if (ref.succeeded()) {
                ref.body().path("codes").forEach(c -> unloaded.add(c.path("code").asInt()));
            }
            boolean ok = r.succeeded() && got.equals(unloaded);
            System.out.printf("bench: after the load, %s answered %s, codes %s (unloaded in-process %s, expected.json"
                    + " %s): %s%n", clean.name(), r.status(), got, unloaded, clean.expected(), ok ? "same" : "DIFFERENT");
        }
    }
}
