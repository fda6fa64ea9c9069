package org.portcheck.api;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.portcheck.api.problem.ApiException;
import org.portcheck.codes.CodeCatalogue;
import org.portcheck.codes.PortingCode;
import org.portcheck.document.Document;
import org.portcheck.document.DocumentException;
import org.portcheck.document.DocumentReader;
import org.portcheck.document.Source;
import org.portcheck.extract.BillFacts;
import org.portcheck.extract.Field;
import org.portcheck.extract.FieldState;
import org.portcheck.extract.LoaFacts;
import org.portcheck.extract.Order;
import org.portcheck.extract.bill.BillReader;
import org.portcheck.extract.loa.LoaReader;
import org.portcheck.rules.FactAssembler;
import org.portcheck.rules.Evidence;
import org.portcheck.rules.Finding;
import org.portcheck.rules.PrecheckRules;
import org.portcheck.rules.ReviewNote;

/** One precheck: read each document, extract its facts, run the rules, and shape the answer. */
@ApplicationScoped
public class PrecheckService {

    /** Fields whose values are secrets: never returned, logged or reported. */
    static final Set<String> SECRET_FIELDS = Set.of("pin", "ssnLast4", "ssn");
    static final String MASK = "••••";

    private final DocumentReader documents;
    private final LoaReader loaReader;
    private final BillReader billReader;
    private final FactAssembler assembler;
    private final PrecheckRules rules;
    private final CodeCatalogue catalogue;
    private final ApiConfig config;
    private final PageImages pageImages;

    @Inject
    public PrecheckService(DocumentReader documents, LoaReader loaReader, BillReader billReader,
                           FactAssembler assembler, PrecheckRules rules, CodeCatalogue catalogue, ApiConfig config,
                           PageImages pageImages) {
        this.pageImages = pageImages;
        this.documents = documents;
        this.loaReader = loaReader;
        this.billReader = billReader;
        this.assembler = assembler;
        this.rules = rules;
        this.catalogue = catalogue;
        this.config = config;
    }

    /** The inputs of one precheck: each may be null. */
    public record Request(byte[] loa, byte[] bill, Order order, LocalDate asOf) {
    }

    public PrecheckResponse check(Request request) {
        long start = System.nanoTime();
        long deadline = start + config.requestDeadline().toNanos();
        Document loaDoc = read("loa", request.loa(), deadline);
        Document billDoc = read("bill", request.bill(), deadline);
        long read = System.nanoTime();
        LoaFacts loa = loaDoc == null ? null : loaReader.read(loaDoc);
        BillFacts bill = billDoc == null ? null : billReader.read(billDoc);
        List<Object> facts = assembler.assemble(loa, bill, request.order(), request.asOf());
        long extracted = System.nanoTime();
        List<Finding> findings = rules.evaluate(facts);
        long ruled = System.nanoTime();

        List<PrecheckResponse.Code> codes = findings.stream().map(this::code).toList();
        String id = UUID.randomUUID().toString();
        Map<String, Document> readDocs = new LinkedHashMap<>();
        Map<String, PrecheckResponse.DocumentView> views = new LinkedHashMap<>();
        if (loa != null) {
            readDocs.put("loa", loaDoc);
            views.put("loa", DocumentViews.loa(loa, DocumentViews.pages(id, "loa", loaDoc)));
        }
        if (bill != null) {
            readDocs.put("bill", billDoc);
            views.put("bill", DocumentViews.bill(bill, DocumentViews.pages(id, "bill", billDoc)));
        }
        pageImages.keep(id, readDocs);
        long ocrMs = (loaDoc == null ? 0 : loaDoc.ocrMillis()) + (billDoc == null ? 0 : billDoc.ocrMillis());
        PrecheckResponse.Timings timings = new PrecheckResponse.Timings(ms(ruled - start), ms(read - start), ocrMs,
                ms(extracted - read), ms(ruled - extracted));
        Log.infof("precheck %s: loa=%s bill=%s order=%s codes=%s in %d ms", id, loaDoc != null, billDoc != null,
                request.order() != null, findings.stream().map(Finding::code).toList(), timings.totalMs());
        return new PrecheckResponse(id, request.asOf().toString(), codes.isEmpty(), codes, review(loa, bill, facts), views, timings);
    }

    private Document read(String part, byte[] bytes, long deadlineNanos) {
        if (bytes == null) {
            return null;
        }
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw ApiException.of(new DocumentException(DocumentException.Reason.UNREADABLE,
                    "reading the documents ran past the request's deadline"), part);
        }
        try {
            return documents.read(bytes, Duration.ofNanos(left));
        } catch (DocumentException e) {
            throw ApiException.of(e, part);
        }
    }

    private PrecheckResponse.Code code(Finding f) {
        PortingCode known = catalogue.find(f.code())
                .orElseThrow(() -> new IllegalStateException("rules raised code " + f.code() + " that the catalogue lacks"));
        List<PrecheckResponse.EvidenceView> evidence = f.evidence().stream()
                .map(e -> new PrecheckResponse.EvidenceView(e.document(), e.page(), e.field(), e.detail(), e.box()))
                .toList();
        return new PrecheckResponse.Code(f.code(), known.title(), known.message(), evidence);
    }

    /** What a person should look at without it being a code: unreadable values, an undated bill, a number read in part. */
    private static List<PrecheckResponse.Review> review(LoaFacts loa, BillFacts bill, List<Object> facts) {
        List<PrecheckResponse.Review> out = new ArrayList<>();
        if (loa != null) {
            for (Field f : loa.fields().values()) {
                if (f.state() == FieldState.UNREADABLE) {
                    out.add(new PrecheckResponse.Review("loa", page(f), f.name(), "handwritten or printed value could not be read", f.box()));
                }
            }
            for (Field f : loa.numbersToPort()) {
                if (f.confidence() < 0.5) {
                    out.add(new PrecheckResponse.Review("loa", page(f), "numbersToPort", "number to port read with low confidence", f.box()));
                }
            }
        }
        if (bill != null && bill.legible()) {
            if (!bill.statementDate().present()) {
                out.add(new PrecheckResponse.Review("bill", null, "statementDate", "the bill shows no statement date", null));
            }
            for (Field f : List.of(bill.accountNumber(), bill.customerName(), bill.serviceAddress())) {
                if (f.state() == FieldState.UNREADABLE) {
                    out.add(new PrecheckResponse.Review("bill", page(f), f.name(), "value could not be read", f.box()));
                }
            }
        }
        for (Object fact : facts) {
            if (fact instanceof ReviewNote note) {
                Evidence e = note.evidence();
                out.add(new PrecheckResponse.Review(e.document(), e.page(), e.field(), e.detail(), e.box()));
            }
        }
        return out;
    }

    private static Integer page(Field f) {
        return f.page() == 0 ? null : f.page();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    static String boxUnits(Source source) {
        return source == Source.OCR ? "pixels" : "points";
    }

}
