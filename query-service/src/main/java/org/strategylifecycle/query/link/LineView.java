package org.strategylifecycle.query.link;

import io.swagger.v3.oas.annotations.media.Schema;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.query.edition.StrategySummaryView;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

/** A strategy line: its editions in order, and which supersedes which, stated or inferred. */
public record LineView(String lineId,
                       @Schema(implementation = Object.class, description = "The line as established: title, organization")
                       JsonNode line, List<StrategySummaryView> editions, List<Supersession> supersessions) {

    public record Supersession(String supersededStrategyId, String supersedingStrategyId, String basis,
                               @Schema(implementation = Citation.class) JsonNode citation, String inferredFrom, LocalDate effectiveDate) {
    }
}
