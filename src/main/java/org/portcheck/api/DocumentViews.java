package org.portcheck.api;

import java.util.LinkedHashMap;
import java.util.List;
import org.portcheck.document.Document;
import java.util.Map;
import org.portcheck.extract.BillFacts;
import org.portcheck.extract.Field;
import org.portcheck.extract.LoaFacts;

/** What the response shows of each document: the fields read, with secrets masked. */
final class DocumentViews {

    private DocumentViews() {
    }

    static PrecheckResponse.DocumentView loa(LoaFacts loa, List<PrecheckResponse.PageView> pages) {
        Map<String, PrecheckResponse.FieldView> fields = new LinkedHashMap<>();
        loa.fields().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> fields.put(e.getKey(), view(e.getValue())));
        for (int i = 0; i < loa.numbersToPort().size(); i++) {
            fields.put("numbersToPort[" + i + "]", view(loa.numbersToPort().get(i)));
        }
        return new PrecheckResponse.DocumentView(loa.pages(), loa.source().name(),
                PrecheckService.boxUnits(loa.source()), loa.profile(), null, fields,
                loa.blocks().stream().map(b -> new PrecheckResponse.BlockView(b.name(), b.kind().name(), b.state().name(),
                        b.page() == 0 ? null : b.page(), b.box())).toList(),
                null, null, null, null, pages);
    }

    static PrecheckResponse.DocumentView bill(BillFacts bill, List<PrecheckResponse.PageView> pages) {
        Map<String, PrecheckResponse.FieldView> fields = new LinkedHashMap<>();
        for (Field f : new Field[] {bill.statementDate(), bill.accountNumber(), bill.customerName(),
                bill.serviceAddress(), bill.billingAddress()}) {
            fields.put(f.name(), view(f));
        }
        return new PrecheckResponse.DocumentView(bill.pages(), bill.source().name(),
                PrecheckService.boxUnits(bill.source()), null,
                bill.carrier().present() ? bill.carrier().value() : null, fields, null,
                bill.lines().stream().map(l -> new PrecheckResponse.LineView(l.e164(), l.printed(), l.page(), l.box())).toList(),
                bill.features().stream().map(f -> new PrecheckResponse.FeatureView(f.kind().name(), f.matched(), f.page(), f.box())).toList(),
                bill.legible(), bill.meanConfidence(), pages);
    }

    /** Each page's size in box units and where its picture can be fetched. */
    static List<PrecheckResponse.PageView> pages(String id, String document, Document doc) {
        return doc.pages().stream().map(p -> new PrecheckResponse.PageView(p.number(), p.width(), p.height(),
                p.source().name(), "/api/v1/prechecks/" + id + "/documents/" + document + "/pages/" + p.number())).toList();
    }

    static PrecheckResponse.FieldView view(Field f) {
        String value = f.value();
        if (value != null && PrecheckService.SECRET_FIELDS.contains(f.name())) {
            value = PrecheckService.MASK;
        }
        return new PrecheckResponse.FieldView(value, f.state().name(), f.confidence(), f.page() == 0 ? null : f.page(), f.box());
    }
}
