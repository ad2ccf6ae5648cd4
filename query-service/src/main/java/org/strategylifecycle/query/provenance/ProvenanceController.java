package org.strategylifecycle.query.provenance;

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
import java.util.List;

import static org.strategylifecycle.api.common.ErrorCode.INVALID_DATE;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/** Where each element's wording comes from, with the same time parameters as the edition. */
@Tag(name = "Editions")
@RestController
class ProvenanceController {

    private final ProvenanceReader provenance;
    private final EditionReader editions;

    ProvenanceController(ProvenanceReader provenance, EditionReader editions) {
        this.provenance = provenance;
        this.editions = editions;
    }

    @GetMapping(path = "/api/strategies/{strategyId}/provenance", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getProvenance", summary = "Where each element's wording comes from",
            description = """
                    Per element, the change that gave it the wording it has in this time view: STATED with its \
                    citation, or UNCITED with its rationale; a REVISION or a CORRECTION.""")
    @Refuses({STRATEGY_NOT_FOUND, INVALID_DATE})
    List<ProvenanceView> provenance(@PathVariable String strategyId,
            @Parameter(description = "What the plan said on this effective date (default: today)")
            @RequestParam(required = false) LocalDate asOf,
            @Parameter(description = "As the service had recorded it at this time (default: now)")
            @RequestParam(required = false) Instant knownAt) {
        editions.at(editions.require(strategyId), asOf, knownAt);
        return List.copyOf(provenance.provenance(strategyId, asOf, knownAt).values());
    }
}
