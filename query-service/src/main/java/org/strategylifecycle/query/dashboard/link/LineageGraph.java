package org.strategylifecycle.query.dashboard.link;

import org.strategylifecycle.query.dashboard.Labels;
import org.strategylifecycle.query.edition.StrategySummaryView;
import org.strategylifecycle.query.link.LineageEdgeView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lineage of an element across editions as a drawing: one column per edition, oldest first, a
 * box per element, an arrow from each predecessor to its successor, solid where a document states the
 * link and dashed where it is inferred. The page draws it as inline SVG beside a table of the links.
 */
public record LineageGraph(int width, int height, List<Column> columns, List<Node> nodes, List<Edge> edges) {

    public record Column(double x, String label) {
    }

    public record Node(double x, double y, String label, String fullTitle, String url, boolean focus) {
    }

    public record Edge(String path, boolean stated, String relation) {
    }

    static final int NODE_WIDTH = 220;
    static final int NODE_HEIGHT = 48;
    private static final int GAP_X = 70;
    private static final int GAP_Y = 16;
    private static final int TOP = 36;
    private static final int LABEL_LENGTH = 30;

    private record Key(String strategyId, String elementId) {
    }

    static LineageGraph of(String strategyId, String elementId, List<LineageEdgeView> edges,
                           Map<String, StrategySummaryView> editions) {
        Map<Key, String> titles = new LinkedHashMap<>();
        titles.put(new Key(strategyId, elementId), null);
        for (LineageEdgeView e : edges) {
            titles.merge(new Key(e.strategyId(), e.elementId()), e.title() == null ? "" : e.title(), (a, b) -> a == null ? b : a);
            titles.merge(new Key(e.predecessorStrategyId(), e.predecessorElementId()),
                    e.predecessorTitle() == null ? "" : e.predecessorTitle(), (a, b) -> a == null ? b : a);
        }
        Comparator<String> byPeriod = Comparator.comparing(
                (String id) -> editions.containsKey(id) && editions.get(id).period() != null ? editions.get(id).period().fromYear() : 0)
                .thenComparing(id -> id);
        List<String> order = titles.keySet().stream().map(Key::strategyId).distinct().sorted(byPeriod).toList();
        Map<Key, double[]> at = new LinkedHashMap<>();
        List<Column> columns = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        int rows = 0;
        for (int c = 0; c < order.size(); c++) {
            String edition = order.get(c);
            double x = 8 + c * (NODE_WIDTH + GAP_X);
            StrategySummaryView summary = editions.get(edition);
            columns.add(new Column(x, summary == null ? edition : summary.organization().code() + " " + summary.period().label()));
            int row = 0;
            for (Map.Entry<Key, String> node : titles.entrySet()) {
                if (!node.getKey().strategyId().equals(edition)) {
                    continue;
                }
                double y = TOP + row * (NODE_HEIGHT + GAP_Y);
                at.put(node.getKey(), new double[]{x, y});
                String title = node.getValue() == null || node.getValue().isBlank() ? node.getKey().elementId() : node.getValue();
                nodes.add(new Node(x, y, shorten(title), title,
                        "/editions/" + edition + "/elements/" + node.getKey().elementId() + "/lineage",
                        node.getKey().equals(new Key(strategyId, elementId))));
                row++;
            }
            rows = Math.max(rows, row);
        }
        List<Edge> lines = new ArrayList<>();
        for (LineageEdgeView e : edges) {
            double[] from = at.get(new Key(e.predecessorStrategyId(), e.predecessorElementId()));
            double[] to = at.get(new Key(e.strategyId(), e.elementId()));
            if (from == null || to == null) {
                continue;
            }
            double x1 = from[0] + NODE_WIDTH;
            double y1 = from[1] + NODE_HEIGHT / 2.0;
            double x2 = to[0] - 4;
            double y2 = to[1] + NODE_HEIGHT / 2.0;
            double mid = (x1 + x2) / 2;
            lines.add(new Edge("M" + x1 + "," + y1 + " C" + mid + "," + y1 + " " + mid + "," + y2 + " " + x2 + "," + y2,
                    "STATED".equals(e.basis()), Labels.words(e.relation())));
        }
        int width = (int) (16 + order.size() * NODE_WIDTH + Math.max(0, order.size() - 1) * GAP_X);
        int height = TOP + Math.max(1, rows) * (NODE_HEIGHT + GAP_Y);
        return new LineageGraph(width, height, columns, nodes, lines);
    }

    private static String shorten(String text) {
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1).stripTrailing() + "…";
    }
}
