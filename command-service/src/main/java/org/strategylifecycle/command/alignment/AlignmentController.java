package org.strategylifecycle.command.alignment;

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
import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.RemoveAlignment;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.command.web.Locations;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.ALIGNMENT_EXISTS;
import static org.strategylifecycle.api.common.ErrorCode.ALIGNMENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.ALIGNMENT_TARGET_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.ALIGNMENT_TO_SELF;
import static org.strategylifecycle.api.common.ErrorCode.EDITION_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.EDITION_SUPERSEDED;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_ID_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_PROVENANCE;
import static org.strategylifecycle.api.common.ErrorCode.RATIONALE_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.WRONG_ELEMENT_TYPE;

/** Aligns an edition's elements to what they support, and removes alignments that no longer hold. */
@Tag(name = "Alignments", description = "Align elements to what they support (the crosswalk), and remove alignments")
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/alignments", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class AlignmentController {

    record AlignObjectiveRequest(String alignmentId, String elementId, AlignmentTarget target, LinkProvenance provenance,
                                 LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    @Operation(operationId = "alignObjective", summary = "Align an element to what it supports (AlignObjective)",
            description = """
                    Records that the element `elementId` supports `target`: an element of an edition the \
                    service holds (`strategyId`, `elementId`), or an external reference to a plan it does \
                    not hold (`document`, `number`, `text` as quoted). The provenance says whether a \
                    document states the alignment or it is inferred.""")
    @ApiResponse(responseCode = "201", description = "Aligned", useReturnTypeSchema = true)
    @Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, INVALID_ID, INVALID_PROVENANCE, ELEMENT_ID_TAKEN,
            ELEMENT_NOT_FOUND, WRONG_ELEMENT_TYPE, ELEMENT_RETIRED, ALIGNMENT_EXISTS, ALIGNMENT_TO_SELF,
            ALIGNMENT_TARGET_NOT_FOUND})
    @ExampleBody("""
            {"alignmentId": "alignment-1.1-dhs-2.1", "elementId": "objective-1.1",
             "target": {"document": "DHS Strategic Plan FY2025–2029", "number": "2.1",
                        "text": "Secure and manage air, land, and maritime borders"},
             "provenance": {"basis": "STATED", "citation": {"document": "Example Agency Strategy 2025–2028",
                            "section": "Appendix B", "page": "34"}},
             "effectiveDate": "2025-03-03",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Appendix B", "page": "34"}}""")
    ResponseEntity<CommandAccepted> align(@PathVariable String strategyId, @RequestBody AlignObjectiveRequest body,
                                          CommandContext context) {
        String alignmentId = context.idOr(body.alignmentId());
        return context.create(body, Locations.alignmentsOf(strategyId, body.elementId()), change -> new AlignObjective(
                strategyId, context.expectedVersion(), alignmentId, body.elementId(), body.target(), body.provenance(),
                change));
    }

    @PostMapping("/{alignmentId}/remove")
    @Operation(operationId = "removeAlignment", summary = "Remove an alignment (RemoveAlignment)", description = """
            Ends the alignment from the effective date on; its id stays taken.""")
    @Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, RATIONALE_REQUIRED, INVALID_ID,
            ALIGNMENT_NOT_FOUND})
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "The 2026 update no longer claims this support",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "section": "Appendix B"}}""")
    ResponseEntity<CommandAccepted> remove(@PathVariable String strategyId, @PathVariable String alignmentId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new RemoveAlignment(strategyId, context.expectedVersion(), alignmentId, change));
    }
}
