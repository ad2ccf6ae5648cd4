package org.strategylifecycle.command.lineage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.command.web.Locations;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.EDITION_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.EDITION_SUPERSEDED;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_ID_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_PROVENANCE;
import static org.strategylifecycle.api.common.ErrorCode.LINEAGE_PREDECESSOR_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.LINEAGE_WITHIN_EDITION;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/** Links an element of an edition to its predecessor in an earlier edition. */
@Tag(name = "Lineage", description = "Link an element of an edition to its predecessor in another edition")
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/lineage", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class LineageController {

    record LinkLineageRequest(String lineageId, String elementId, ElementRef predecessor, LineageRelation relation,
                              LinkProvenance provenance, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    @PostMapping
    @Operation(operationId = "linkLineage", summary = "Link an element to its predecessor (LinkLineage)",
            description = """
                    Records that the element `elementId` of this edition derives from, replaces or continues \
                    `predecessor`, an element of another edition; stated by a document or inferred.""")
    @ApiResponse(responseCode = "201", description = "Linked", useReturnTypeSchema = true)
    @Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, INVALID_ID, INVALID_PROVENANCE, ELEMENT_ID_TAKEN,
            ELEMENT_NOT_FOUND, LINEAGE_WITHIN_EDITION, LINEAGE_PREDECESSOR_NOT_FOUND})
    @ExampleBody("""
            {"lineageId": "lineage-goal-1", "elementId": "goal-1",
             "predecessor": {"strategyId": "example-agency-strategy-2025-2028", "elementId": "goal-1"},
             "relation": "CONTINUES",
             "provenance": {"basis": "INFERRED",
                            "inferredFrom": "Same number and nearly the same title in consecutive editions"},
             "effectiveDate": "2028-07-01", "rationale": "Goal 1 carries on from the previous edition"}""")
    ResponseEntity<CommandAccepted> link(@PathVariable String strategyId, @RequestBody LinkLineageRequest body,
                                         CommandContext context) {
        String lineageId = context.idOr(body.lineageId());
        return context.create(body, Locations.lineageOf(strategyId, body.elementId()), change -> new LinkLineage(
                strategyId, context.expectedVersion(), lineageId, body.elementId(), body.predecessor(), body.relation(),
                body.provenance(), change));
    }
}
