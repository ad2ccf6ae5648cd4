package org.strategylifecycle.query.dashboard.link;

import org.strategylifecycle.query.dashboard.Labels;
import org.strategylifecycle.query.link.AlignmentView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A crosswalk as a matrix: one row per supporting element, one column per supported element (grouped
 * by the plan it belongs to), a cell where an alignment links the two, marked stated or inferred.
 */
public record AlignmentMatrix(List<Group> groups, List<Column> columns, List<Row> rows) {

    /** A plan's columns: its title and how many columns it spans. */
    public record Group(String label, int span) {
    }

    public record Column(String key, String number, String title) {
    }

    public record Row(String group, String number, String title, String url, List<String> cells) {
    }

    private record End(String group, String key, String number, String title, String url) {
    }

    /** Rows from the supporting side, columns from the supported side of {@code alignments}. */
    static AlignmentMatrix of(List<AlignmentView> alignments, Function<String, String> editionTitle) {
        if (alignments.isEmpty()) {
            return null;
        }
        Map<String, End> rows = new HashMap<>();
        Map<String, End> columns = new HashMap<>();
        Map<String, String> cells = new HashMap<>();
        for (AlignmentView a : alignments) {
            End from = new End(editionTitle.apply(a.fromStrategyId()), a.fromStrategyId() + "/" + a.fromElementId(),
                    a.fromNumber(), a.fromTitle(), "/editions/" + a.fromStrategyId() + "#el-" + a.fromElementId());
            End to = a.toElementId() != null
                    ? new End(editionTitle.apply(a.toStrategyId()), a.toStrategyId() + "/" + a.toElementId(),
                    a.toFullNumber() != null ? a.toFullNumber() : a.toNumber() != null ? a.toNumber() : a.toElementId(), a.toTitle(),
                    "/editions/" + a.toStrategyId() + "#el-" + a.toElementId())
                    : new End(a.document() + " (not held here)", "external/" + a.document() + "/" + a.number() + "/" + a.text(),
                    a.number(), a.text(), null);
            rows.putIfAbsent(from.key(), from);
            columns.putIfAbsent(to.key(), to);
            // A stated link wins over an inferred one between the same two elements.
            cells.merge(from.key() + "\n" + to.key(), a.basis(), (x, y) -> "STATED".equals(x) ? x : y);
        }
        Comparator<End> order = Comparator.comparing(End::group).thenComparing(End::number, NaturalOrder.INSTANCE)
                .thenComparing(End::key);
        List<End> sortedColumns = columns.values().stream().sorted(order).toList();
        Map<String, Integer> spans = new LinkedHashMap<>();
        sortedColumns.forEach(c -> spans.merge(c.group(), 1, Integer::sum));
        List<Row> sortedRows = new ArrayList<>();
        rows.values().stream().sorted(order).forEach(r -> sortedRows.add(new Row(r.group(), r.number(), r.title(), r.url(),
                sortedColumns.stream().map(c -> cells.get(r.key() + "\n" + c.key())).toList())));
        return new AlignmentMatrix(spans.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList(),
                sortedColumns.stream().map(c -> new Column(c.key(), c.number() == null ? "–" : c.number(),
                        Labels.numbered(c.number(), c.title()))).toList(),
                sortedRows);
    }
}
