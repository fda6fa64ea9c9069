package org.portcheck.qa.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.portcheck.qa.PrecheckClient;

/**
 * A bounded load on a server on loopback: {@code clients} threads posting mixed documents back to back for
 * {@code seconds}. Past the OCR queue's bound the service must answer 503 with Retry-After; anything else is a failure.
 */
public final class LoadTest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration RSS_SAMPLE = Duration.ofMillis(200);

    /** What the load gave. {@code statuses}: HTTP status (0: no answer) to count. */
    public record Result(int clients, double seconds, int requests, double perMinute, double p50Ms, double p95Ms,
                         double p99Ms, double maxMs, Map<Integer, Integer> statuses, int busyWithoutRetryAfter,
                         double peakRssMib) {

        public int busy() {
            return statuses.getOrDefault(503, 0);
        }

        /** Answers that were neither 200 nor a well-formed 503. */
        public int failures() {
            return requests - statuses.getOrDefault(200, 0) - busy() + busyWithoutRetryAfter;
        }
    }

    private LoadTest() {
    }

    public static Result run(ServerProcess server, List<PrecheckClient.Parts> mix, int clients, int seconds) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Double> okMs = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        LongAdder noRetryAfter = new LongAdder();
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    PrecheckClient.Parts parts = mix.get(Math.floorMod(next.getAndIncrement(), mix.size()));
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<Void> r = http.send(request(server.base(), parts),
                                HttpResponse.BodyHandlers.discarding());
                        status = r.statusCode();
                        if (status == 503 && r.headers().firstValue("Retry-After").isEmpty()) {
                            noRetryAfter.increment();
                        }
                    } catch (IOException e) {
                        status = 0;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    double ms = (System.nanoTime() - t0) / 1e6;
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (status == 200) {
                        okMs.add(ms);
                    } else if (status == 503) {
                        // a polite client waits a moment, as Retry-After asks, rather than spinning
                        ServerProcess.sleep(Duration.ofMillis(250));
                    }
                }
            }, "bench-load-" + c);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        double peak = server.peakRssMib();
        for (Thread t : threads) {
            while (t.isAlive()) {
                ServerProcess.sleep(RSS_SAMPLE);
                peak = Math.max(peak, server.peakRssMib());
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.get()));
        int requests = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Double> ms;
        synchronized (okMs) {
            ms = new ArrayList<>(okMs);
        }
        return new Result(clients, wall, requests, counts.getOrDefault(200, 0) / wall * 60, Stats.median(ms),
                Stats.percentile(ms, 95), Stats.percentile(ms, 99), Stats.percentile(ms, 100), counts,
                noRetryAfter.intValue(), Math.max(peak, server.peakRssMib()));
    }

    static HttpRequest request(String base, PrecheckClient.Parts parts) {
        String boundary = "portcheck-bench-" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part(out, boundary, "loa", parts.loaName(), parts.loa());
        part(out, boundary, "bill", parts.billName(), parts.bill());
        part(out, boundary, "order", "order.json", parts.order());
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String query = parts.asOf() == null ? "" : "?asOf=" + parts.asOf();
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/prechecks" + query))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build();
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String file, byte[] bytes) {
        if (bytes == null) {
            return;
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + (file == null ? name : file) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
