package org.strategylifecycle.query.link;

import org.strategylifecycle.query.edition.StrategySummaryView;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

/** A strategy line: its editions in order, and which supersedes which, stated or inferred. */
public record LineView(String lineId, JsonNode line, List<StrategySummaryView> editions, List<Supersession> supersessions) {

    public record Supersession(String supersededStrategyId, String supersedingStrategyId, String basis,
                               JsonNode citation, String inferredFrom, LocalDate effectiveDate) {
    }
}
