package org.strategylifecycle.query.dashboard.plan;

import org.strategylifecycle.query.dashboard.Labels;
import org.strategylifecycle.query.edition.StrategySummaryView;
import org.strategylifecycle.query.link.LineView;

import java.util.List;
import java.util.Optional;

/**
 * Where an edition stands in its line: the line's title, the editions before and after it, and the
 * supersessions that name it, each stated (with its citation) or inferred (with its basis).
 */
public record LineFacts(String lineId, String title, Neighbour previous, Neighbour next) {

    /** A neighbouring edition and the supersession between the two, if one is recorded. */
    public record Neighbour(String strategyId, String title, String period, Supersession supersession) {
    }

    public record Supersession(String basis, String detail, String effectiveDate) {

        static Supersession of(LineView.Supersession s) {
            String detail = s.citation() != null ? Labels.citation(s.citation()) : s.inferredFrom();
            return new Supersession(s.basis(), detail, s.effectiveDate() == null ? null : s.effectiveDate().toString());
        }
    }

    static LineFacts of(StrategySummaryView edition, Optional<LineView> line, List<StrategySummaryView> all) {
        if (line.isEmpty()) {
            return null;
        }
        List<StrategySummaryView> editions = line.get().editions();
        int at = 0;
        while (at < editions.size() && !editions.get(at).strategyId().equals(edition.strategyId())) {
            at++;
        }
        Neighbour previous = at > 0 && at < editions.size() ? neighbour(editions.get(at - 1), edition, line.get(), true) : null;
        Neighbour next = at + 1 < editions.size() ? neighbour(editions.get(at + 1), edition, line.get(), false) : null;
        String title = line.get().line() == null ? line.get().lineId() : line.get().line().path("title").asString(line.get().lineId());
        return new LineFacts(line.get().lineId(), title, previous, next);
    }

    private static Neighbour neighbour(StrategySummaryView other, StrategySummaryView edition, LineView line, boolean before) {
        String superseded = before ? other.strategyId() : edition.strategyId();
        String superseding = before ? edition.strategyId() : other.strategyId();
        Supersession supersession = line.supersessions().stream()
                .filter(s -> superseded.equals(s.supersededStrategyId()) && superseding.equals(s.supersedingStrategyId()))
                .findFirst().map(Supersession::of).orElse(null);
        return new Neighbour(other.strategyId(), other.title(), other.period() == null ? null : other.period().label(), supersession);
    }
}
