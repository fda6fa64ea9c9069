package org.portcheck.qa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.portcheck.document.Document;
import org.portcheck.document.DocumentReader;
import org.portcheck.document.OcrInput;
import org.portcheck.document.Source;
import org.portcheck.qa.PrecheckClient;
import org.portcheck.qa.QaCase;
import org.portcheck.qa.QaCases;

/** The documents of a case tree, each with its delivery form and the pages the document stage would OCR. */
public final class BenchCorpus {

    /** One document file of a case, sent alone as its part ("loa" or "bill"). */
    public record Doc(QaCase kase, String part, Path file, byte[] bytes, Format format, List<OcrInput> ocrPages) {

        public PrecheckClient.Parts parts() {
            String name = file.getFileName().toString();
            return "loa".equals(part)
                    ? new PrecheckClient.Parts(bytes, name, null, null, null, kase.asOf())
                    : new PrecheckClient.Parts(null, null, bytes, name, null, kase.asOf());
        }

        public String label() {
            return kase.name() + "/" + file.getFileName();
        }
    }

    private final List<QaCase> cases;
    private final List<Doc> docs;

    private BenchCorpus(List<QaCase> cases, List<Doc> docs) {
        this.cases = cases;
        this.docs = docs;
    }

    /** Every runnable case under {@code root} and its documents, classified with the document stage itself. */
    public static BenchCorpus load(Path root, DocumentReader reader) {
        List<QaCase> cases = QaCases.scan(root).stream().filter(QaCase::runnable).toList();
        List<Doc> docs = new ArrayList<>();
        for (QaCase c : cases) {
            for (String part : List.of("loa", "bill")) {
                Path file = c.document(part);
                if (file == null) {
                    continue;
                }
                byte[] bytes = bytes(file);
                List<OcrInput> pages = reader.ocrInputs(bytes);
                docs.add(new Doc(c, part, file, bytes, format(file, bytes, pages, reader), pages));
            }
        }
        return new BenchCorpus(cases, docs);
    }

    private static Format format(Path file, byte[] bytes, List<OcrInput> pages, DocumentReader reader) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Format.PHOTO_JPEG;
        }
        if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            return Format.FAX_TIFF;
        }
        if (name.endsWith(".png")) {
            return Format.SCREENSHOT_PNG;
        }
        if (!pages.isEmpty()) {
            return Format.SCANNED_PDF;
        }
        // no OCR pages: reading it is cheap and tells a form from plain text
        Document doc = reader.read(bytes);
        return doc.source() == Source.ACROFORM ? Format.ACROFORM_PDF : Format.TEXT_PDF;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    public List<QaCase> cases() {
        return cases;
    }

    public List<Doc> docs() {
        return docs;
    }

    /** Up to {@code perFormat} documents of each form, in corpus order (spread over the cases). */
    public Map<Format, List<Doc>> sample(int perFormat) {
        Map<Format, List<Doc>> byFormat = new EnumMap<>(Format.class);
        for (Format f : Format.values()) {
            List<Doc> all = docs.stream().filter(d -> d.format() == f).toList();
            List<Doc> picked = new ArrayList<>();
            double stride = Math.max(1.0, all.size() / (double) perFormat);
            for (double i = 0; i < all.size() && picked.size() < perFormat; i += stride) {
                picked.add(all.get((int) i));
            }
            byFormat.put(f, picked);
        }
        return byFormat;
    }

    /** Cases whose LOA and bill both come with a text layer or a form: the no-OCR pair precheck. */
    public List<QaCase> textPairs() {
        List<QaCase> out = new ArrayList<>();
        for (QaCase c : cases) {
            List<Doc> mine = docs.stream().filter(d -> d.kase() == c).toList();
            if (mine.size() == 2 && mine.stream().noneMatch(d -> d.format().ocr())) {
                out.add(c);
            }
        }
        return out;
    }

    /** The whole case as one precheck: both documents and the order. */
    public PrecheckClient.Parts caseParts(QaCase c) {
        Doc loa = docs.stream().filter(d -> d.kase() == c && d.part().equals("loa")).findFirst().orElse(null);
        Doc bill = docs.stream().filter(d -> d.kase() == c && d.part().equals("bill")).findFirst().orElse(null);
        return new PrecheckClient.Parts(loa == null ? null : loa.bytes(), loa == null ? null : loa.file().getFileName().toString(),
                bill == null ? null : bill.bytes(), bill == null ? null : bill.file().getFileName().toString(),
                c.order() == null ? null : bytes(c.order()), c.asOf());
    }
}
