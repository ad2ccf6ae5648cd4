package org.strategylifecycle.query.measure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.support.openapi.Refuses;

import java.util.List;

import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/** Measures of an edition with their targets and actuals per period, restatements included. */
@Tag(name = "Measures", description = "Measures with their targets and actuals per period")
@RestController
class MeasureController {

    private final MeasureReader measures;
    private final EditionReader editions;

    MeasureController(MeasureReader measures, EditionReader editions) {
        this.measures = measures;
        this.editions = editions;
    }

    @GetMapping(path = "/api/strategies/{strategyId}/measures", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getMeasures", summary = "The measures of an edition with every target and actual",
            description = "Each measure with its targets and actuals as first reported and as later restated, in recording order.")
    @Refuses(STRATEGY_NOT_FOUND)
    List<MeasureView> measures(@PathVariable String strategyId) {
        editions.require(strategyId);
        return measures.measures(strategyId);
    }
}
