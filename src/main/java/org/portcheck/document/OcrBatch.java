package org.portcheck.document;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OCR pages of one document. At most one page per worker is in the pool at a time, so a long document neither
 * fills the queue alone nor holds every rendered page in memory; only its first page can be refused as busy.
 */
final class OcrBatch implements OcrSink {

    private final OcrEngine engine;
    private final long deadlineNanos;
    private final String requestDeadlineText;
    private final Semaphore window;
    private final Map<Integer, CompletableFuture<OcrEngine.PageResult>> pages = new TreeMap<>();
    private boolean admitted;

    OcrBatch(OcrEngine engine, long deadlineNanos, String requestDeadlineText) {
        this.engine = engine;
        this.deadlineNanos = deadlineNanos;
        this.requestDeadlineText = requestDeadlineText;
        this.window = new Semaphore(engine.workers());
    }

    @Override
    public void submit(int page, BufferedImage grey, int dpi) {
        try {
            if (!window.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw pastDeadline();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentException(DocumentException.Reason.UNREADABLE, "interrupted while reading page " + page, e);
        }
        CompletableFuture<OcrEngine.PageResult> f;
        try {
            f = engine.submit(new OcrEngine.PageJob(page, grey, dpi, deadlineNanos), admitted);
        } catch (RuntimeException e) {
            window.release();
            cancelAll();
            throw e;
        }
        admitted = true;
        f.whenComplete((r, t) -> window.release());
        pages.put(page, f);
    }

    boolean isEmpty() {
        return pages.isEmpty();
    }

    /** Waits for every page (up to the request deadline); the first failure fails the document. */
    Map<Integer, OcrEngine.PageResult> results() {
        Map<Integer, OcrEngine.PageResult> out = new TreeMap<>();
        try {
            for (Map.Entry<Integer, CompletableFuture<OcrEngine.PageResult>> e : pages.entrySet()) {
                long wait = Math.max(0, deadlineNanos - System.nanoTime());
                out.put(e.getKey(), e.getValue().get(wait, TimeUnit.NANOSECONDS));
            }
            return out;
        } catch (TimeoutException | CancellationException e) {
            cancelAll();
            throw pastDeadline();
        } catch (ExecutionException e) {
            cancelAll();
            if (e.getCause() instanceof DocumentException de) {
                throw de;
            }
            throw new DocumentException(DocumentException.Reason.UNREADABLE, "OCR failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelAll();
            throw new DocumentException(DocumentException.Reason.UNREADABLE, "interrupted while waiting for OCR", e);
        }
    }

    /** Pages still queued are skipped by the workers; a page being read stops at its own deadline. */
    @Override
    public void cancelAll() {
        pages.values().forEach(f -> f.cancel(false));
    }

    private DocumentException pastDeadline() {
        return new DocumentException(DocumentException.Reason.UNREADABLE,
                "reading the document ran past its " + requestDeadlineText + " deadline");
    }
}
