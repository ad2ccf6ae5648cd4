package org.strategylifecycle.query.dashboard.plan;

import org.junit.jupiter.api.Test;
import org.strategylifecycle.query.measure.MeasureView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureChartTest {

    private static MeasureView.Reading reading(String period, String value, long sequence) {
        return new MeasureView.Reading(period, value == null ? null : new BigDecimal(value), value == null ? "met" : null,
                false, LocalDate.parse("2025-01-01").plusDays(sequence), Instant.parse("2025-01-01T00:00:00Z").plusSeconds(sequence),
                sequence);
    }

    @Test
    void tellsFirstReportedFromRestatedPerPeriodAndDrawsOnlyNumbers() {
        MeasureView measure = new MeasureView("s", "m", "g", "M1", "Cleared in a day", "OUTCOME", "Outcome", "%", "ADOPTED",
                List.of(reading("FY2025", "90", 1), reading("FY2026", "92", 2)),
                List.of(reading("FY2025", "88", 3), reading("FY2025", "89.5", 4), reading("FY2026", null, 5)));
        MeasureChart chart = MeasureChart.of(measure);
        assertThat(chart.rows()).containsExactly(
                new MeasureChart.Row("FY2025", "90", null, "88", "89.5", "2025-01-05"),
                new MeasureChart.Row("FY2026", "92", null, "met", null, null));
        assertThat(chart.plot().series()).extracting(MeasureChart.Series::kind).containsExactly("target", "actual", "actual-first");
        assertThat(chart.plot().series().get(1).markers()).hasSize(1);
        assertThat(chart.plot().ticks()).first().extracting(MeasureChart.Tick::label).isEqualTo("0");
        assertThat(chart.plot().ticks()).last().extracting(MeasureChart.Tick::label).isEqualTo("100");
    }

    @Test
    void aMeasureWithoutReadingsHasNoChart() {
        MeasureChart chart = MeasureChart.of(new MeasureView("s", "m", "g", null, "Quality", "QUALITATIVE", null, null,
                "ADOPTED", List.of(), List.of()));
        assertThat(chart.rows()).isEmpty();
        assertThat(chart.plot()).isNull();
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(MeasureChart.niceStep(23)).isEqualTo(50);
        assertThat(MeasureChart.niceStep(0.13)).isEqualTo(0.2);
        assertThat(MeasureChart.niceStep(0)).isEqualTo(1);
    }
}
