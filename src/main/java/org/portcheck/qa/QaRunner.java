package org.portcheck.qa;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.portcheck.document.PagePictures;
import org.portcheck.api.PageImages;
import org.portcheck.document.Box;

/** Sends every case of a tree through a {@link PrecheckClient} and compares the codes with the expected ones. */
public final class QaRunner {

    private static final List<String> DOCUMENTS = List.of("loa", "bill");

    private final PrecheckClient client;
    private final QaSettings settings;

    public QaRunner(PrecheckClient client, QaSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * Runs the cases in name order, or shuffled by {@code seed} when one is given (to show whether a result depends
     * on what ran before it); results always come back in name order.
     */
    public QaRun run(Path root, List<QaCase> cases, Long seed, PrintStream out, boolean tty) {
        List<QaCase> order = new ArrayList<>(cases);
        if (seed != null) {
            Collections.shuffle(order, new Random(seed));
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Progress progress = new Progress(out, tty, order.size(), settings.progressBarWidth());
        List<CaseResult> results = new ArrayList<>();
        for (QaCase c : order) {
            progress.starting(c.name());
            CaseResult r = runCase(c);
            results.add(r);
            progress.finished(r);
        }
        progress.end();
        results.sort(Comparator.comparing(CaseResult::name));
        List<Metrics.Sets> sets = results.stream().map(r -> new Metrics.Sets(r.expected(), r.got())).toList();
        return new QaRun(root.toString(), client.target(), seed, started, (System.nanoTime() - t0) / 1_000_000,
                results, Metrics.perCode(sets), FormatTimings.of(results));
    }

    CaseResult runCase(QaCase c) {
        if (!c.runnable()) {
            return failed(c, "case not runnable: " + c.problem(), formatFromFiles(c), 0);
        }
        PrecheckClient.Parts parts;
        try {
            parts = new PrecheckClient.Parts(bytes(c.loa()), name(c.loa()), bytes(c.bill()), name(c.bill()),
                    bytes(c.order()), c.asOf());
        } catch (IOException e) {
            return failed(c, "could not read the case's files: " + e.getClass().getSimpleName(), formatFromFiles(c), 0);
        }
        Secrets secrets = Secrets.ofOrder(parts.order());
        long t0 = System.nanoTime();
        PrecheckClient.Reply reply = client.send(parts);
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        if (!reply.succeeded()) {
            return failed(c, secrets.mask(reply.error()), formatFromFiles(c), wallMs);
        }
        JsonNode body = reply.body();
        TreeSet<Integer> got = new TreeSet<>();
        List<CaseResult.Mark> marks = new ArrayList<>();
        for (JsonNode code : body.path("codes")) {
            got.add(code.path("code").asInt());
            for (JsonNode e : code.path("evidence")) {
                marks.add(mark(code.path("code").asInt(), e, secrets));
            }
        }
        for (JsonNode r : body.path("review")) {
            marks.add(mark(null, r, secrets));
        }
        List<CaseResult.DocumentShot> documents = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        for (String doc : DOCUMENTS) {
            Path file = c.document(doc);
            if (file == null) {
                continue;
            }
            JsonNode view = body.path("documents").path(doc);
            String source = view.path("source").asText(null);
            String format = format(file, source);
            formats.add(doc + ":" + format);
            documents.add(new CaseResult.DocumentShot(doc, format, source,
                    pages(body.path("id").asText(), doc, view.path("pageImages"))));
        }
        Long ocrMs = body.path("timings").has("ocrMs") ? body.path("timings").path("ocrMs").asLong() : null;
        return new CaseResult(c.name(), c.note(), c.expected(), got, null, caseFormat(formats, c), marks, documents,
                wallMs, ocrMs);
    }

    private static CaseResult failed(QaCase c, String error, String format, long wallMs) {
        return new CaseResult(c.name(), c.note(), c.expected(), new TreeSet<>(), error, format, List.of(), List.of(),
                wallMs, null);
    }

    private static CaseResult.Mark mark(Integer code, JsonNode e, Secrets secrets) {
        JsonNode b = e.get("box");
        Box box = b == null || !b.isObject() ? null : new Box(b.path("x").asInt(), b.path("y").asInt(),
                Math.max(0, b.path("width").asInt()), Math.max(0, b.path("height").asInt()));
        Integer page = e.hasNonNull("page") ? e.get("page").asInt() : null;
        return new CaseResult.Mark(code, e.path("document").asText(null), page, e.path("field").asText(null),
                secrets.mask(e.path("detail").asText(null)), box);
    }

    private List<CaseResult.PageShot> pages(String id, String doc, JsonNode pageImages) {
        List<CaseResult.PageShot> shots = new ArrayList<>();
        for (JsonNode p : pageImages) {
            int number = p.path("page").asInt();
            Optional<PageImages.Picture> picture = client.page(id, doc, number, p.path("image").asText(null));
            shots.add(new CaseResult.PageShot(number, p.path("width").asInt(), p.path("height").asInt(),
                    p.path("source").asText(null), picture.map(pic -> thumbnail(pic.image())).orElse(null)));
        }
        return shots;
    }

    /** A small PNG of the page, base64, for the HTML report. */
    private String thumbnail(BufferedImage src) {
        BufferedImage small = PagePictures.fitWidth(src, settings.thumbnailWidth());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /**
     * A document's format: its file type, and for a PDF how it was read (text layer, AcroForm or scan) as the
     * response's source says.
     */
    static String format(Path file, String source) {
        String ext = QaCases.extension(file);
        if (!ext.equals("pdf")) {
            return ext;
        }
        if (source == null) {
            return "pdf";
        }
        return switch (source) {
            case "TEXT_LAYER" -> "pdf-text";
            case "ACROFORM" -> "pdf-acroform";
            case "OCR" -> "pdf-scan";
            default -> "pdf-" + source.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String formatFromFiles(QaCase c) {
        List<String> formats = new ArrayList<>();
        for (String doc : DOCUMENTS) {
            if (c.document(doc) != null) {
                formats.add(doc + ":" + format(c.document(doc), null));
            }
        }
        return caseFormat(formats, c);
    }

    private static String caseFormat(List<String> formats, QaCase c) {
        if (formats.isEmpty()) {
            return c.order() != null ? "order only" : "no parts";
        }
        return String.join(" ", formats);
    }

    private static byte[] bytes(Path file) throws IOException {
        return file == null ? null : Files.readAllBytes(file);
    }

    private static String name(Path file) {
        return file == null ? null : file.getFileName().toString();
    }
}
