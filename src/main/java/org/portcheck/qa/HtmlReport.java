package org.portcheck.qa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * report.html: one self-contained page (inline CSS, pictures as data: URIs) with the metrics, the timings and one
 * row per case whose page thumbnails carry the evidence boxes as positioned boxes over the picture.
 */
final class HtmlReport {

    private static final String CSS = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}
            h1{font-size:20px}h2{font-size:16px;margin-top:28px}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}
            th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
            tr.fail>td:first-child{border-left:4px solid #c62828}tr.pass>td:first-child{border-left:4px solid #2e7d32}
            .fail .verdict{color:#c62828;font-weight:bold}.pass .verdict{color:#2e7d32}
            .err{color:#c62828}.note{color:#666;font-size:12px}
            ul.ev{margin:0;padding-left:16px;font-size:12px}
            .pages{display:flex;flex-wrap:nowrap;gap:8px}
            figure{margin:0;font-size:11px;color:#555}
            .shot{position:relative;width:%dpx;border:1px solid #999;background:#fafafa}
            .shot img{display:block;width:100%%;height:auto}
            .box{position:absolute;border:2px solid #d32f2f;background:rgba(211,47,47,.12);box-sizing:border-box}
            .box.review{border:2px dashed #ef6c00;background:rgba(239,108,0,.10)}
            .box span{position:absolute;top:-14px;left:-2px;background:#d32f2f;color:#fff;font-size:10px;padding:0 3px}
            .box.review span{background:#ef6c00}
            .missing{padding:8px;color:#999}
            """;

    private HtmlReport() {
    }

    static void write(QaRun run, Path file, QaSettings settings) throws IOException {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>portcheck QA: ")
                .append(esc(run.root())).append("</title>\n<style>")
                .append(String.format(Locale.ROOT, CSS, settings.thumbnailWidth())).append("</style></head><body>\n");
        h.append("<h1>portcheck QA run</h1>\n<p>").append(esc(run.root())).append(" &middot; ").append(esc(run.target()))
                .append(" &middot; ").append(esc(run.started().toString()))
                .append(run.seed() == null ? "" : " &middot; seed " + run.seed())
                .append("<br><b>").append(run.results().size()).append("</b> cases, <b>").append(run.passed())
                .append("</b> pass, <b class=\"err\">").append(run.differing().size()).append("</b> differ, ")
                .append(String.format(Locale.ROOT, "%.1f", run.wallMs() / 1000.0)).append(" s</p>\n");
        metrics(run, h);
        timings(run, h);
        if (!run.differing().isEmpty()) {
            h.append("<h2>Differing cases</h2>\n<ul>");
            for (CaseResult r : run.differing()) {
                h.append("<li><a href=\"#").append(anchor(r)).append("\">").append(esc(r.name())).append("</a>: expected ")
                        .append(r.expected()).append(", got ").append(r.got())
                        .append(r.error() == null ? "" : " <span class=\"err\">" + esc(r.error()) + "</span>")
                        .append("</li>");
            }
            h.append("</ul>\n");
        }
        h.append("<h2>Cases</h2>\n<table><tr><th>case</th><th>result</th><th>expected</th><th>got</th>")
                .append("<th>evidence</th><th>pages</th></tr>\n");
        for (CaseResult r : run.results()) {
            row(r, h);
        }
        h.append("</table>\n</body></html>\n");
        Files.writeString(file, h, StandardCharsets.UTF_8);
    }

    private static void metrics(QaRun run, StringBuilder h) {
        h.append("<h2>Per code</h2>\n<table><tr><th>code</th><th>tp</th><th>fp</th><th>fn</th><th>precision</th>")
                .append("<th>recall</th></tr>\n");
        for (Metrics.CodeMetrics m : run.metrics()) {
            h.append("<tr><td>").append(esc(m.code())).append("</td><td class=\"n\">").append(m.tp())
                    .append("</td><td class=\"n\">").append(m.fp()).append("</td><td class=\"n\">").append(m.fn())
                    .append("</td><td class=\"n\">").append(ConsoleReport.ratio(m.precision()))
                    .append("</td><td class=\"n\">").append(ConsoleReport.ratio(m.recall())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void timings(QaRun run, StringBuilder h) {
        h.append("<h2>Wall time per case by format (ms)</h2>\n<table><tr><th>format</th><th>cases</th><th>median</th>")
                .append("<th>p95</th><th>max</th></tr>\n");
        for (FormatTimings.FormatTiming t : run.timings()) {
            h.append("<tr><td>").append(esc(t.format())).append("</td><td class=\"n\">").append(t.cases())
                    .append("</td><td class=\"n\">").append(t.medianMs()).append("</td><td class=\"n\">")
                    .append(t.p95Ms()).append("</td><td class=\"n\">").append(t.maxMs()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void row(CaseResult r, StringBuilder h) {
        h.append("<tr id=\"").append(anchor(r)).append("\" class=\"").append(r.passed() ? "pass" : "fail").append("\">")
                .append("<td>").append(esc(r.name())).append("<div class=\"note\">").append(esc(r.format()))
                .append(" &middot; ").append(r.wallMs()).append(" ms</div>");
        if (!r.note().isBlank()) {
            h.append("<div class=\"note\">").append(esc(r.note())).append("</div>");
        }
        h.append("</td><td class=\"verdict\">").append(r.passed() ? "pass" : "FAIL").append("</td><td>")
                .append(r.expected()).append("</td><td>").append(r.got());
        if (!r.passed() && r.error() == null) {
            h.append("<div class=\"note\">missing ").append(r.missing()).append(", extra ").append(r.extra())
                    .append("</div>");
        }
        h.append("</td><td>");
        if (r.error() != null) {
            h.append("<div class=\"err\">").append(esc(r.error())).append("</div>");
        }
        if (!r.marks().isEmpty()) {
            h.append("<ul class=\"ev\">");
            for (CaseResult.Mark m : r.marks()) {
                h.append("<li>").append(m.code() == null ? "review" : "<b>" + m.code() + "</b>").append(" ")
                        .append(esc(ConsoleReport.where(m))).append(m.field() == null ? "" : " " + esc(m.field()))
                        .append(m.detail() == null ? "" : ": " + esc(m.detail())).append("</li>");
            }
            h.append("</ul>");
        }
        h.append("</td><td><div class=\"pages\">");
        for (CaseResult.DocumentShot d : r.documents()) {
            for (CaseResult.PageShot p : d.pages()) {
                page(r, d, p, h);
            }
        }
        h.append("</div></td></tr>\n");
    }

    private static void page(CaseResult r, CaseResult.DocumentShot d, CaseResult.PageShot p, StringBuilder h) {
        h.append("<figure><div class=\"shot\"");
        if (p.png() == null) {
            h.append(String.format(Locale.ROOT, " style=\"aspect-ratio:%d/%d\"", Math.max(1, p.width()),
                    Math.max(1, p.height())));
        }
        h.append(">");
        if (p.png() != null) {
            h.append("<img src=\"data:image/png;base64,").append(p.png()).append("\" alt=\"")
                    .append(esc(d.name())).append(" page ").append(p.page()).append("\">");
        } else {
            h.append("<div class=\"missing\">no picture kept</div>");
        }
        if (p.width() > 0 && p.height() > 0) {
            for (CaseResult.Mark m : r.marksOn(d.name(), p.page())) {
                h.append(String.format(Locale.ROOT,
                        "<div class=\"box%s\" style=\"left:%.2f%%;top:%.2f%%;width:%.2f%%;height:%.2f%%\" title=\"%s\"><span>%s</span></div>",
                        m.code() == null ? " review" : "", pct(m.box().x(), p.width()), pct(m.box().y(), p.height()),
                        pct(m.box().width(), p.width()), pct(m.box().height(), p.height()),
                        esc((m.code() == null ? "review" : m.code()) + " " + (m.field() == null ? "" : m.field())
                                + (m.detail() == null ? "" : ": " + m.detail())),
                        m.code() == null ? "?" : m.code()));
            }
        }
        h.append("</div><figcaption>").append(esc(d.name())).append(" p").append(p.page()).append(" &middot; ")
                .append(esc(d.format())).append("</figcaption></figure>");
    }

    private static double pct(int v, int of) {
        return Math.max(0, Math.min(100, 100.0 * v / of));
    }

    private static String anchor(CaseResult r) {
        return "case-" + r.name().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.chars().mapToObj(c -> switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> String.valueOf((char) c);
        }).collect(Collectors.joining());
    }
}
