package org.portcheck.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.portcheck.document.Box;

/** The answer of POST /api/v1/prechecks, as api.md fixes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrecheckResponse(String id, String asOf, boolean ready, List<Code> codes, List<Review> review,
                               Map<String, DocumentView> documents, Timings timings) {

    public record Code(int code, String title, String message, List<EvidenceView> evidence) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceView(String document, Integer page, String field, String detail, Box box) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Review(String document, Integer page, String field, String detail, Box box) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentView(int pages, String source, String boxUnits, String profile, String carrier,
                               Map<String, FieldView> fields, List<BlockView> blocks, List<LineView> lines,
                               List<FeatureView> features, Boolean legible, Double confidence,
                               List<PageView> pageImages) {
    }

    /** A page: its size in box units (see the document's boxUnits) and the URL of its picture. */
    public record PageView(int page, int width, int height, String source, String image) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldView(String value, String state, double confidence, Integer page, Box box) {
    }

    public record BlockView(String name, String kind, String state, Integer page, Box box) {
    }

    public record LineView(String number, String printed, int page, Box box) {
    }

    public record FeatureView(String kind, String matched, int page, Box box) {
    }

    public record Timings(long totalMs, long readMs, long ocrMs, long extractMs, long rulesMs) {
    }
}
