package org.portcheck.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void shouldCountTruePositivesFalsePositivesAndFalseNegativesPerCode() {
        List<Metrics.CodeMetrics> rows = Metrics.perCode(List.of(
                new Metrics.Sets(Set.of(10, 150), Set.of(10)),        // 10 tp, 150 fn
                new Metrics.Sets(Set.of(10), Set.of(10, 180)),        // 10 tp, 180 fp
                new Metrics.Sets(Set.of(), Set.of(150)),              // 150 fp
                new Metrics.Sets(Set.of(150), Set.of(150))));         // 150 tp

        assertEquals(List.of("10", "150", "180", "all"), rows.stream().map(Metrics.CodeMetrics::code).toList());
        assertEquals(new Metrics.CodeMetrics("10", 2, 0, 0), rows.get(0));
        assertEquals(new Metrics.CodeMetrics("150", 1, 1, 1), rows.get(1));
        assertEquals(new Metrics.CodeMetrics("180", 0, 1, 0), rows.get(2));
        assertEquals(new Metrics.CodeMetrics("all", 3, 2, 1), rows.get(3));
        assertEquals(0.5, rows.get(1).precision(), 1e-9);
        assertEquals(0.5, rows.get(1).recall(), 1e-9);
        assertEquals(0.0, rows.get(2).precision(), 1e-9);
        assertNull(rows.get(2).recall(), "180 was never expected: recall has no denominator");
        assertEquals(0.6, rows.get(3).precision(), 1e-9);
        assertEquals(0.75, rows.get(3).recall(), 1e-9);
    }

    @Test
    void shouldGiveOnlyTheAllRowForNoCases() {
        assertEquals(List.of(new Metrics.CodeMetrics("all", 0, 0, 0)), Metrics.perCode(List.of()));
        assertNull(Metrics.perCode(List.of()).get(0).precision());
    }

    @Test
    void shouldTakeMedianAndNearestRankP95() {
        assertEquals(20, FormatTimings.median(List.of(10L, 20L, 90L)));
        assertEquals(15, FormatTimings.median(List.of(10L, 20L)));
        List<Long> hundred = java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList();
        assertEquals(95, FormatTimings.percentile(hundred, 95));
        assertEquals(7, FormatTimings.percentile(List.of(7L), 95));
        assertEquals(90, FormatTimings.percentile(List.of(10L, 20L, 90L), 95));
    }
}
