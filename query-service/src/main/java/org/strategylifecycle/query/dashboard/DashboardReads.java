package org.strategylifecycle.query.dashboard;

import org.springframework.stereotype.Component;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.query.diff.Comparisons;
import org.strategylifecycle.query.diff.DiffView;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.query.edition.EditionView;
import org.strategylifecycle.query.edition.StrategySummaryView;
import org.strategylifecycle.query.history.ChangeView;
import org.strategylifecycle.query.history.HistoryCursor;
import org.strategylifecycle.query.history.HistoryReader;
import org.strategylifecycle.query.link.AlignmentView;
import org.strategylifecycle.query.link.LineView;
import org.strategylifecycle.query.link.LineageEdgeView;
import org.strategylifecycle.query.link.LinkReader;
import org.strategylifecycle.query.measure.MeasureReader;
import org.strategylifecycle.query.measure.MeasureView;
import org.strategylifecycle.query.provenance.ProvenanceReader;
import org.strategylifecycle.query.provenance.ProvenanceView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the pages read, and the only place that knows which reader answers it: when the read
 * side is split into one read model per use, this class changes and the pages do not.
 */
@Component
public class DashboardReads {

    private final EditionReader editions;
    private final ProvenanceReader provenance;
    private final HistoryReader history;
    private final Comparisons comparisons;
    private final LinkReader links;
    private final MeasureReader measures;

    DashboardReads(EditionReader editions, ProvenanceReader provenance, HistoryReader history,
                   Comparisons comparisons, LinkReader links, MeasureReader measures) {
        this.editions = editions;
        this.provenance = provenance;
        this.history = history;
        this.comparisons = comparisons;
        this.links = links;
        this.measures = measures;
    }

    /** The last event-store position the read models reflect. */
    public long position() {
        return editions.position();
    }

    public List<StrategySummaryView> editions() {
        return editions.strategies();
    }

    /** The edition's current summary, or STRATEGY_NOT_FOUND. */
    public StrategySummaryView edition(String strategyId) {
        return editions.require(strategyId);
    }

    /** The edition now, as of a date, as known at a time; STRATEGY_NOT_FOUND when it did not exist then. */
    public EditionView edition(StrategySummaryView strategy, LocalDate asOf, Instant knownAt) {
        return editions.at(strategy, asOf, knownAt);
    }

    public Map<String, ProvenanceView> provenance(String strategyId, LocalDate asOf, Instant knownAt) {
        return provenance.provenance(strategyId, asOf, knownAt);
    }

    public List<LineView> lines(List<StrategySummaryView> all) {
        return links.lines(all);
    }

    /** Changes in recording order, from {@code cursor} (null: the first), and the cursor of the next slice. */
    public HistorySlice history(String strategyId, String elementId, String cursor, int size) {
        HistoryReader.Slice slice = history.page(new HistoryReader.Filter(strategyId, elementId, null, null, null),
                cursor == null ? null : HistoryCursor.decode(cursor, HistoryCursor.Direction.FORWARD), size);
        return new HistorySlice(slice.changes(), slice.position(), slice.next() == null ? null : slice.next().encode());
    }

    /** A slice of the history: its changes, the position they reflect, the cursor of the next slice (null: none). */
    public record HistorySlice(List<ChangeView> changes, long position, String next) {
    }

    public List<ChangeView> activity(int limit) {
        return history.latest(null, limit).changes();
    }

    public DiffView compare(String from, String to, LocalDate fromAsOf, LocalDate toAsOf) {
        return comparisons.editions(from, to, fromAsOf, toAsOf);
    }

    public List<AlignmentView> alignments(String strategyId, boolean includeDrafts) {
        return links.alignments(strategyId, null, includeDrafts);
    }

    public List<LineageEdgeView> lineage(String strategyId, String elementId, boolean includeDrafts) {
        return links.lineage(strategyId, elementId, includeDrafts);
    }

    public boolean elementExists(String strategyId, String elementId) {
        return editions.elementExists(strategyId, elementId);
    }

    public List<MeasureView> measures(String strategyId) {
        return measures.measures(strategyId);
    }
}
