package org.portcheck.qa;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

/**
 * The application's entry point. {@code qa ...} runs the QA runner: with --url against a running server (no
 * container started here), otherwise in this JVM through the precheck service. Anything else starts the server.
 */
@QuarkusMain
public class QaMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("bench")) {
            org.portcheck.qa.bench.BenchMain.main(args);
            return;
        }
        if (args.length == 0 || !args[0].equals("qa")) {
            Quarkus.run(args);
            return;
        }
        QaCommand.Options options;
        try {
            options = QaCommand.Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("portcheck qa: " + e.getMessage());
            System.err.println(QaCommand.USAGE);
            System.exit(2);
            return;
        }
        if (!java.nio.file.Files.isDirectory(options.dir())) {
            System.err.println("portcheck qa: " + options.dir() + " is not a folder");
            System.exit(2);
            return;
        }
        if (options.url() != null) {
            System.exit(QaCommand.execute(options, new HttpPrecheckClient(options.url(),
                    QaSettings.DEFAULT_HTTP_TIMEOUT), System.out, System.err));
            return;
        }
        runInProcess(InProcess.class, "portcheck qa", args);
    }

    /**
     * Starts the service in this JVM for a command (qa, bench) and exits with the command's status. An ephemeral
     * port, so an in-process run never clashes with a server already on 8080; the service logs one line per
     * precheck, which would tear a progress bar, so the console only shows warnings.
     */
    public static void runInProcess(Class<? extends QuarkusApplication> command, String name, String... args) {
        System.setProperty("quarkus.http.port", "0");
        System.setProperty("quarkus.log.console.level", "WARN");
        Quarkus.run(command, (code, failure) -> {
            if (failure != null) {
                System.err.println(name + ": the application failed to start: " + failure);
            }
            System.exit(code);
        }, args);
    }

    /** The in-process QA run, once the container is up. */
    public static class InProcess implements QuarkusApplication {

        @Inject
        InProcessClient client;

        @Override
        public int run(String... args) {
            QaCommand.Options options = QaCommand.Options.parse(args);
            return QaCommand.execute(options, client, System.out,
                    System.err);
        }
    }
}
