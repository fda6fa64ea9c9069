package org.portcheck.document;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bounded pool of Tesseract workers. Each worker thread owns its own handles (they are not thread-safe); pages wait
 * in a bounded queue, and a new document that finds it full is refused as busy rather than left to time out.
 */
@ApplicationScoped
public class OcrEngine implements AutoCloseable {

    /** Text the warm-up reads; short, so start-up stays quick. */
    private static final String WARM_UP_TEXT = "PORTCHECK READY 2046";
    private static final int WARM_UP_DPI = 300;
    private static final List<String> TESSDATA_FOLDERS = List.of(
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata");

    private final DocumentConfig config;
    private final BlockingQueue<Job> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicBoolean warm = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String tessdata;
    private volatile boolean started;

    /** A grey page to read: its number (for messages), its resolution, and by when it must be done. */
    record PageJob(int page, BufferedImage grey, int dpi, long deadlineNanos) {
    }

    /**
     * A page as read: the upright, deskewed picture the boxes refer to, its words, time spent on it, and how many
     * times Tesseract recognised it (more than once when it was first read the wrong way up).
     */
    record PageResult(BufferedImage image, List<Word> words, long ocrMillis, int rotatedClockwise, double deskewDegrees,
                      int readings) {
    }

    private record Job(PageJob page, CompletableFuture<PageResult> result) {
    }

    @Inject
    public OcrEngine(DocumentConfig config) {
        this.config = config;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, config.ocrQueueSize()));
        this.tessdata = findTessdata(config);
    }

    void onStart(@Observes StartupEvent event) {
        // the event loop must not wait for Tesseract to load its models
        Thread t = new Thread(this::warmUpQuietly, "portcheck-ocr-warmup");
        t.setDaemon(true);
        t.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    private void warmUpQuietly() {
        try {
            warmUp();
        } catch (RuntimeException e) {
            Log.errorf("OCR warm-up failed: %s", e.getMessage());
        }
    }

    /** True once a warm-up page has been read: the readiness check. */
    public boolean isWarm() {
        return warm.get();
    }

    /** Starts the workers (if need be) and reads a small generated image; throws if Tesseract cannot read it. */
    public void warmUp() {
        BufferedImage img = new BufferedImage(900, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 48));
            g.drawString(WARM_UP_TEXT, 30, 80);
        } finally {
            g.dispose();
        }
        long start = System.nanoTime();
        long deadline = start + config.requestDeadline().toNanos();
        PageResult result;
        try {
            result = submit(new PageJob(1, img, WARM_UP_DPI, deadline), true).get(
                    config.requestDeadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("OCR warm-up did not finish: " + e.getMessage(), e);
        }
        String read = String.join(" ", result.words().stream().map(Word::text).toList()).toUpperCase(Locale.ROOT);
        if (!read.contains("READY")) {
            throw new IllegalStateException("OCR warm-up read '" + read + "' instead of '" + WARM_UP_TEXT + "'");
        }
        warm.set(true);
        Log.infof("OCR ready: %d workers, tessdata %s, warm-up %d ms", config.ocrWorkers(), tessdata,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Number of pages the pool reads at once. */
    public int workers() {
        return Math.max(1, config.ocrWorkers());
    }

    /**
     * Queues a page. {@code admitted} false means a new document: when the queue is full it is refused with BUSY.
     * True means a page of a document already taken: it waits for room until its deadline.
     */
    CompletableFuture<PageResult> submit(PageJob page, boolean admitted) {
        if (closed.get()) {
            throw new IllegalStateException("the OCR engine is shut down");
        }
        ensureStarted();
        Job job = new Job(page, new CompletableFuture<>());
        boolean queued;
        try {
            if (admitted) {
                long wait = page.deadlineNanos() - System.nanoTime();
                queued = queue.offer(job, Math.max(0, wait), TimeUnit.NANOSECONDS);
                if (!queued) {
                    throw new DocumentException(DocumentException.Reason.UNREADABLE,
                            "page " + page.page() + " waited for an OCR worker past its deadline");
                }
            } else if (!queue.offer(job)) {
                throw new DocumentException(DocumentException.Reason.BUSY,
                        "the OCR queue is full (" + queue.size() + " pages waiting for "
                                + workers() + " workers); try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentException(DocumentException.Reason.UNREADABLE, "interrupted while queueing page "
                    + page.page(), e);
        }
        return job.result();
    }

    private void ensureStarted() {
        if (started) {
            return;
        }
        synchronized (this) {
            if (started) {
                return;
            }
            for (int i = 0; i < workers(); i++) {
                Thread t = new Thread(this::work, "portcheck-ocr-" + (i + 1));
                t.setDaemon(true);
                t.start();
                workers.add(t);
            }
            started = true;
        }
    }

    private void work() {
        TesseractHandle handle;
        try {
            handle = new TesseractHandle(tessdata, config.ocrLanguage());
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            Log.errorf("OCR worker %s could not start Tesseract: %s", Thread.currentThread().getName(), e.getMessage());
            failQueued(e);
            return;
        }
        try {
            while (!closed.get()) {
                Job job = queue.poll(1, TimeUnit.SECONDS);
                if (job == null || job.result().isDone()) {
                    continue;
                }
                try {
                    job.result().complete(new PageWork(config, handle, job.page()).run());
                } catch (DocumentException e) {
                    job.result().completeExceptionally(e);
                } catch (RuntimeException | OutOfMemoryError e) {
                    job.result().completeExceptionally(new DocumentException(DocumentException.Reason.UNREADABLE,
                            "page " + job.page().page() + " could not be read by OCR", e));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            handle.close();
        }
    }

    /** With no worker able to start, waiting pages would wait forever. */
    private void failQueued(Throwable cause) {
        Job job;
        while ((job = queue.poll()) != null) {
            job.result().completeExceptionally(new DocumentException(DocumentException.Reason.UNREADABLE,
                    "OCR is not available: " + cause.getMessage(), cause));
        }
    }

    @PreDestroy
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Thread t : workers) {
            try {
                t.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        failQueued(new IllegalStateException("shutting down"));
    }

    String tessdata() {
        return tessdata;
    }

    private static String findTessdata(DocumentConfig config) {
        if (config.tessdataPath().isPresent() && !config.tessdataPath().get().isBlank()) {
            return config.tessdataPath().get();
        }
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            File dir = new File(prefix);
            // TESSDATA_PREFIX names either the tessdata folder or (older habit) its parent
            if (new File(dir, "tessdata").isDirectory() && !hasModels(dir)) {
                return new File(dir, "tessdata").getPath();
            }
            return dir.getPath();
        }
        for (String folder : TESSDATA_FOLDERS) {
            if (hasModels(new File(folder))) {
                return folder;
            }
        }
        return TESSDATA_FOLDERS.get(0);
    }

    private static boolean hasModels(File dir) {
        String[] models = dir.list((d, name) -> name.endsWith(".traineddata"));
        return models != null && models.length > 0;
    }
}
