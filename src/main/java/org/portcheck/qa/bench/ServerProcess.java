package org.portcheck.qa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service started as its own process on a free loopback port, as an operator would run it: for the
 * HTTP figures, the start-up time (spawn to readiness, OCR warm-up included) and the peak memory under load.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration READY_LIMIT = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(20);

    private final Process process;
    private final String base;
    private final double startupMs;

    private ServerProcess(Process process, String base, double startupMs) {
        this.process = process;
        this.base = base;
        this.startupMs = startupMs;
    }

    /**
     * Starts {@code jar} as `./portcheck run` does (JVM options from SERVER_JAVA_OPTS, default -Xmx768m) and waits
     * for /q/health/ready to answer 200.
     */
    public static ServerProcess start(Path jar, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is missing: build with mvn package first");
        }
        int port = freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String opts = System.getenv().getOrDefault("SERVER_JAVA_OPTS", "-Xmx768m");
        if (opts != null && !opts.isBlank()) {
            cmd.addAll(List.of(opts.trim().split("\\s+")));
        }
        cmd.addAll(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.log.console.level=WARN", "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long start = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + jar, e);
        }
        long limit = start + READY_LIMIT.toNanos();
        while (System.nanoTime() < limit) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the server exited with " + p.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return new ServerProcess(p, base, (System.nanoTime() - start) / 1e6);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
                throw new IllegalStateException("interrupted", e);
            }
            sleep(POLL);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the server was not ready within " + READY_LIMIT.toSeconds() + " s; see " + log);
    }

    public String base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    /** Spawn to readiness in milliseconds. */
    public double startupMs() {
        return startupMs;
    }

    /** Peak resident memory of the process so far (VmHWM), in MiB; NaN where /proc is not there. */
    public double peakRssMib() {
        return statusKib("VmHWM:") / 1024.0;
    }

    public double rssMib() {
        return statusKib("VmRSS:") / 1024.0;
    }

    private double statusKib(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith(key)) {
                    return Double.parseDouble(line.substring(key.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
