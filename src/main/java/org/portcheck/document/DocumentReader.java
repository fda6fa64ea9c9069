package org.portcheck.document;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bytes in, a {@link Document} out: PDF (text layer, AcroForm, or rendered and OCR'd), PNG, JPEG or TIFF. The type
 * comes from the content alone. Failures are {@link DocumentException}s whose reason the API maps to a status.
 */
@ApplicationScoped
public class DocumentReader {

    private static final double MIB = 1024.0 * 1024.0;

    private final DocumentConfig config;
    private final OcrEngine engine;

    @Inject
    public DocumentReader(DocumentConfig config, OcrEngine engine) {
        this.config = config;
        this.engine = engine;
    }

    /** Reads a file within the configured request deadline. */
    public Document read(byte[] bytes) {
        return read(bytes, config.requestDeadline());
    }

    /** Reads a file within {@code deadline} (e.g. what is left of a request that carries two files). */
    public Document read(byte[] bytes, Duration deadline) {
        if (bytes == null || bytes.length == 0) {
            throw new DocumentException(DocumentException.Reason.UNREADABLE, "the file is empty");
        }
        if (bytes.length > config.maxFileBytes()) {
            throw new DocumentException(DocumentException.Reason.TOO_LARGE, String.format(
                    "the file is %.1f MiB; the limit is %.1f MiB", bytes.length / MIB, config.maxFileBytes() / MIB));
        }
        FileType type = FileType.sniff(bytes);
        if (type == null) {
            throw new DocumentException(DocumentException.Reason.UNSUPPORTED_TYPE,
                    "the file is not a PDF, PNG, JPEG or TIFF");
        }
        long start = System.nanoTime();
        long deadlineNanos = start + deadline.toNanos();
        String deadlineText = seconds(deadline);
        OcrBatch batch = new OcrBatch(engine, deadlineNanos, deadlineText);
        Document doc = type == FileType.PDF
                ? readPdf(bytes, batch, deadlineNanos, deadlineText)
                : readImage(bytes, type, batch);
        Log.debugf("read %s: %d pages (%s) in %d ms, OCR %d ms", type, doc.pages().size(), doc.source(),
                (System.nanoTime() - start) / 1_000_000, doc.ocrMillis());
        return doc;
    }

    /**
     * The grey pages this stage would send to OCR for {@code bytes}, at the resolution it would send them, without
     * reading them: text-layer pages are not among them. For benchmarks against the raw {@code tesseract} command.
     */
    public List<OcrInput> ocrInputs(byte[] bytes) {
        FileType type = bytes == null ? null : FileType.sniff(bytes);
        if (type == null) {
            throw new DocumentException(DocumentException.Reason.UNSUPPORTED_TYPE,
                    "the file is not a PDF, PNG, JPEG or TIFF");
        }
        List<OcrInput> inputs = new ArrayList<>();
        OcrSink collect = new OcrSink() {
            @Override
            public void submit(int page, java.awt.image.BufferedImage grey, int dpi) {
                inputs.add(new OcrInput(page, grey, dpi));
            }

            @Override
            public void cancelAll() {
                inputs.clear();
            }
        };
        if (type == FileType.PDF) {
            new PdfDocumentReader(config).read(bytes, collect, Long.MAX_VALUE, seconds(config.requestDeadline()));
        } else {
            new ImageFileReader(config).read(bytes, type, f -> collect.submit(f.number(), f.grey(), f.dpi()));
        }
        return inputs;
    }

    private Document readPdf(byte[] bytes, OcrBatch batch, long deadlineNanos, String deadlineText) {
        PdfDocumentReader.Result pdf;
        try {
            pdf = new PdfDocumentReader(config).read(bytes, batch, deadlineNanos, deadlineText);
        } catch (RuntimeException e) {
            batch.cancelAll();
            throw e;
        }
        List<Page> pages = new ArrayList<>(pdf.textPages());
        long ocrMillis = 0;
        for (Map.Entry<Integer, OcrEngine.PageResult> e : batch.results().entrySet()) {
            OcrEngine.PageResult r = e.getValue();
            pages.add(ocrPage(e.getKey(), r, pdf.ocrDpiByPage().get(e.getKey()), 1.0));
            ocrMillis += r.ocrMillis();
        }
        pages.sort(Comparator.comparingInt(Page::number));
        Source source;
        if (!pdf.formFields().isEmpty()) {
            source = Source.ACROFORM;
        } else if (batch.isEmpty()) {
            source = Source.TEXT_LAYER;
        } else {
            source = Source.OCR;
        }
        return new Document(pages, source, pdf.formFields(), pdf.formFieldBoxes(), ocrMillis);
    }

    private Document readImage(byte[] bytes, FileType type, OcrBatch batch) {
        Map<Integer, Integer> dpi = new HashMap<>();
        Map<Integer, Double> upscaled = new HashMap<>();
        try {
            new ImageFileReader(config).read(bytes, type, frame -> {
                dpi.put(frame.number(), frame.dpi());
                upscaled.put(frame.number(), frame.upscaled());
                batch.submit(frame.number(), frame.grey(), frame.dpi());
            });
        } catch (RuntimeException e) {
            batch.cancelAll();
            throw e;
        }
        List<Page> pages = new ArrayList<>();
        long ocrMillis = 0;
        for (Map.Entry<Integer, OcrEngine.PageResult> e : batch.results().entrySet()) {
            pages.add(ocrPage(e.getKey(), e.getValue(), dpi.get(e.getKey()), upscaled.get(e.getKey())));
            ocrMillis += e.getValue().ocrMillis();
        }
        return new Document(pages, Source.OCR, Map.of(), Map.of(), ocrMillis);
    }

    private static Page ocrPage(int number, OcrEngine.PageResult r, int dpi, double upscaled) {
        return new Page(number, r.image().getWidth(), r.image().getHeight(), Source.OCR, dpi, r.words(), r.image(), 1.0,
                upscaled);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return (ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format("%.1f", ms / 1000.0)) + " s";
    }
}
