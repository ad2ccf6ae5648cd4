package org.strategylifecycle.query.dashboard.plan;

import org.strategylifecycle.query.measure.MeasureView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A measure's targets and actuals per period, as first reported and as restated: the rows of its
 * table, and the geometry of its chart (drawn as inline SVG by the page; numbers only, a reading given
 * as text stays in the table). No chart library: a few lines and points on a fixed canvas.
 */
public record MeasureChart(List<Row> rows, Plot plot) {

    /** One period: the first reported and the latest (restated) target and actual, as text. */
    public record Row(String period, String targetFirst, String targetRestated, String actualFirst,
                      String actualRestated, String restatedOn) {
    }

    public record Plot(int width, int height, List<Tick> ticks, List<Tick> periods, List<Series> series, String summary) {
    }

    /** A tick: its position along its axis and its label. */
    public record Tick(double at, String label) {
    }

    /** A line through {@code points} ("x,y x,y") and its markers; {@code kind} names its look in the style sheet. */
    public record Series(String name, String kind, String points, List<Point> markers) {
    }

    public record Point(double x, double y, String label) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 40;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    private record PeriodReadings(List<MeasureView.Reading> targets, List<MeasureView.Reading> actuals) {
    }

    public static MeasureChart of(MeasureView measure) {
        Map<String, PeriodReadings> periods = new TreeMap<>();
        measure.targets().forEach(r -> periods.computeIfAbsent(r.period(), p -> new PeriodReadings(new ArrayList<>(), new ArrayList<>())).targets().add(r));
        measure.actuals().forEach(r -> periods.computeIfAbsent(r.period(), p -> new PeriodReadings(new ArrayList<>(), new ArrayList<>())).actuals().add(r));
        List<Row> rows = new ArrayList<>();
        periods.forEach((period, readings) -> rows.add(new Row(period, text(first(readings.targets())),
                restated(readings.targets()), text(first(readings.actuals())), restated(readings.actuals()),
                restatedOn(readings))));
        return new MeasureChart(rows, plot(measure, periods));
    }

    private static Plot plot(MeasureView measure, Map<String, PeriodReadings> periods) {
        List<String> names = new ArrayList<>(periods.keySet());
        List<BigDecimal> values = periods.values().stream()
                .flatMap(p -> java.util.stream.Stream.concat(p.targets().stream(), p.actuals().stream()))
                .map(MeasureView.Reading::value).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return null;
        }
        double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double min = Math.min(0, values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double step = niceStep((max - min) / 4);
        double top = Math.ceil(max / step) * step;
        double bottom = Math.floor(min / step) * step;
        if (top == bottom) {
            top = bottom + step;
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double lo = bottom;
        double span = top - bottom;
        java.util.function.DoubleUnaryOperator y = v -> round(TOP + plotHeight - (v - lo) / span * plotHeight);
        java.util.function.IntToDoubleFunction x = i -> round(LEFT + (names.size() == 1 ? plotWidth / 2
                : i * plotWidth / (names.size() - 1)));
        List<Tick> ticks = new ArrayList<>();
        for (double v = bottom; v <= top + step / 2; v += step) {
            ticks.add(new Tick(y.applyAsDouble(v), number(v)));
        }
        List<Tick> periodTicks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            periodTicks.add(new Tick(x.applyAsDouble(i), names.get(i)));
        }
        List<Series> series = new ArrayList<>();
        series.add(series("Target", "target", names, periods, x, y, p -> last(p.targets())));
        series.add(series("Actual", "actual", names, periods, x, y, p -> last(p.actuals())));
        series.add(series("Target as first reported, later restated", "target-first", names, periods, x, y,
                p -> p.targets().size() > 1 ? first(p.targets()) : null));
        series.add(series("Actual as first reported, later restated", "actual-first", names, periods, x, y,
                p -> p.actuals().size() > 1 ? first(p.actuals()) : null));
        String summary = measure.title() + ": targets and actuals for " + names.size() + " period"
                + (names.size() == 1 ? "" : "s") + " (" + names.get(0)
                + (names.size() > 1 ? " to " + names.get(names.size() - 1) : "") + "); the table below gives every number.";
        return new Plot(WIDTH, HEIGHT, ticks, periodTicks, series.stream().filter(s -> !s.markers().isEmpty()).toList(), summary);
    }

    private static Series series(String name, String kind, List<String> names, Map<String, PeriodReadings> periods,
                                 java.util.function.IntToDoubleFunction x, java.util.function.DoubleUnaryOperator y,
                                 java.util.function.Function<PeriodReadings, MeasureView.Reading> pick) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            MeasureView.Reading reading = pick.apply(periods.get(names.get(i)));
            if (reading != null && reading.value() != null) {
                points.add(new Point(x.applyAsDouble(i), y.applyAsDouble(reading.value().doubleValue()),
                        name + " " + names.get(i) + ": " + text(reading)));
            }
        }
        String line = points.stream().map(p -> number(p.x()) + "," + number(p.y())).collect(Collectors.joining(" "));
        return new Series(name, kind, line, points);
    }

    /** 1, 2 or 5 times a power of ten: steps a reader can count. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static MeasureView.Reading first(List<MeasureView.Reading> readings) {
        return readings.isEmpty() ? null : readings.get(0);
    }

    private static MeasureView.Reading last(List<MeasureView.Reading> readings) {
        return readings.isEmpty() ? null : readings.get(readings.size() - 1);
    }

    private static String restated(List<MeasureView.Reading> readings) {
        return readings.size() > 1 ? text(last(readings)) : null;
    }

    private static String restatedOn(PeriodReadings readings) {
        MeasureView.Reading latest = null;
        for (List<MeasureView.Reading> list : List.of(readings.targets(), readings.actuals())) {
            if (list.size() > 1 && (latest == null || last(list).recordedAt().isAfter(latest.recordedAt()))) {
                latest = last(list);
            }
        }
        return latest == null ? null : latest.effectiveDate().toString();
    }

    private static String text(MeasureView.Reading reading) {
        if (reading == null) {
            return null;
        }
        return reading.value() != null ? reading.value().stripTrailingZeros().toPlainString() : reading.text();
    }
}
