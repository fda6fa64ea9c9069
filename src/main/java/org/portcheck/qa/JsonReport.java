package org.portcheck.qa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/** report.json: the run, the metrics, the timings and every case, without the page pictures. */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static void write(QaRun run, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("root", run.root());
        root.put("target", run.target());
        if (run.seed() != null) {
            root.put("seed", run.seed());
        }
        root.put("started", run.started().toString());
        root.put("wallMs", run.wallMs());
        root.put("cases", run.results().size());
        root.put("passed", run.passed());
        root.put("differing", run.differing().size());
        ArrayNode metrics = root.putArray("metrics");
        for (Metrics.CodeMetrics m : run.metrics()) {
            ObjectNode n = metrics.addObject();
            n.put("code", m.code());
            n.put("tp", m.tp());
            n.put("fp", m.fp());
            n.put("fn", m.fn());
            n.put("precision", m.precision());
            n.put("recall", m.recall());
        }
        root.set("timings", JSON.valueToTree(run.timings()));
        ArrayNode cases = root.putArray("results");
        for (CaseResult r : run.results()) {
            ObjectNode n = cases.addObject();
            n.put("name", r.name());
            n.put("passed", r.passed());
            n.set("expected", JSON.valueToTree(r.expected()));
            n.set("got", JSON.valueToTree(r.got()));
            n.set("missing", JSON.valueToTree(r.missing()));
            n.set("extra", JSON.valueToTree(r.extra()));
            if (r.error() != null) {
                n.put("error", r.error());
            }
            n.put("note", r.note());
            n.put("format", r.format());
            n.put("wallMs", r.wallMs());
            if (r.ocrMs() != null) {
                n.put("ocrMs", r.ocrMs());
            }
            n.set("evidence", JSON.valueToTree(r.marks().stream().filter(m -> m.code() != null).toList()));
            n.set("review", JSON.valueToTree(r.marks().stream().filter(m -> m.code() == null).toList()));
            ArrayNode docs = n.putArray("documents");
            for (CaseResult.DocumentShot d : r.documents()) {
                ObjectNode dn = docs.addObject();
                dn.put("name", d.name());
                dn.put("format", d.format());
                dn.put("source", d.source());
                ArrayNode pages = dn.putArray("pages");
                for (CaseResult.PageShot p : d.pages()) {
                    ObjectNode pn = pages.addObject();
                    pn.put("page", p.page());
                    pn.put("width", p.width());
                    pn.put("height", p.height());
                    pn.put("source", p.source());
                    pn.put("picture", p.png() != null);
                }
            }
        }
        JSON.writeValue(file.toFile(), root);
    }
}
