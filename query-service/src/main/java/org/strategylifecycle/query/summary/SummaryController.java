package org.strategylifecycle.query.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.Instant;
import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.INVALID_DATE;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/** An edition's summary, with the same time parameters as the edition itself. */
@Tag(name = "Editions")
@RestController
class SummaryController {

    private final EditionReader editions;

    SummaryController(EditionReader editions) {
        this.editions = editions;
    }

    @GetMapping(path = "/api/strategies/{strategyId}/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getEditionSummary", summary = "An edition's elements counted by kind and status, and each measure's latest target and actual",
            description = "For the same time view as the edition itself (`asOf`, `knownAt`).")
    @Refuses({STRATEGY_NOT_FOUND, INVALID_DATE})
    EditionSummaryView summary(@PathVariable String strategyId,
            @Parameter(description = "What the plan said on this effective date (default: today)")
            @RequestParam(required = false) LocalDate asOf,
            @Parameter(description = "As the service had recorded it at this time (default: now)")
            @RequestParam(required = false) Instant knownAt) {
        return EditionSummaries.of(editions.at(editions.require(strategyId), asOf, knownAt));
    }
}
