package org.strategylifecycle.command.annotation;

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
import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotateReading;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.ReviseAnnotation;
import org.strategylifecycle.api.annotation.WithdrawAnnotation;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.command.web.Locations;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;
import java.util.List;

import static org.strategylifecycle.api.common.ErrorCode.ANNOTATION_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.ANNOTATION_SUBJECT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.ANNOTATION_WITHDRAWN;
import static org.strategylifecycle.api.common.ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_ID_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.FIELD_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.RATIONALE_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/** Annotates a reading of an edition, revises the note, or withdraws it. */
@Tag(name = "Annotations", description = "Where a reader had to choose how to read a document: the choice, its alternatives and why")
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/annotations", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class AnnotationController {

    record AnnotateRequest(String annotationId, AnnotationSubject subject, String uncertainty,
                           List<Alternative> alternatives, String chosenReading, String reason,
                           LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseAnnotationRequest(String uncertainty, List<Alternative> alternatives, String chosenReading, String reason,
                                   LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    @Operation(operationId = "annotateReading", summary = "Annotate a reading (AnnotateReading)", description = """
            Records, on the edition, one of its elements or one of its links, what a reader found uncertain, \
            the readings a document allows (as printed, with where), the one chosen and why. Allowed on \
            adopted, superseded and retired editions too: a note changes no reading.""")
    @ApiResponse(responseCode = "201", description = "Annotated", useReturnTypeSchema = true)
    @Refuses({STRATEGY_NOT_FOUND, INVALID_ID, ELEMENT_ID_TAKEN, FIELD_REQUIRED, ANNOTATION_SUBJECT_NOT_FOUND})
    @ExampleBody("""
            {"annotationId": "note-goal-1-title", "subject": {"kind": "ELEMENT", "id": "goal-1", "field": "title"},
             "uncertainty": "The contents page and the goal's own page word the title differently",
             "alternatives": [{"printed": "Secure the border", "citation": {"document": "Example Agency Strategy 2025–2028", "page": "8"}},
                              {"printed": "Secure the Border", "citation": {"document": "Example Agency Strategy 2025–2028", "page": "2"}}],
             "chosenReading": "Secure the border", "reason": "The goal's own page is the fuller statement",
             "effectiveDate": "2025-01-06"}""")
    ResponseEntity<CommandAccepted> annotate(@PathVariable String strategyId, @RequestBody AnnotateRequest body,
                                             CommandContext context) {
        String annotationId = context.idOr(body.annotationId());
        return context.create(body, Locations.annotationOf(strategyId), change -> new AnnotateReading(strategyId,
                context.expectedVersion(), annotationId, body.subject(), body.uncertainty(), body.alternatives(),
                body.chosenReading(), body.reason(), change));
    }

    @PostMapping("/{annotationId}/revise")
    @Operation(operationId = "reviseAnnotation", summary = "Revise an annotation (ReviseAnnotation)", description = """
            Changes the note from the effective date on; fields left out keep their value, and so does an \
            empty `alternatives` (a non-empty list replaces them).""")
    @Refuses({STRATEGY_NOT_FOUND, RATIONALE_REQUIRED, ANNOTATION_NOT_FOUND, ANNOTATION_WITHDRAWN, EFFECTIVE_DATE_BEFORE_PREVIOUS})
    @ExampleBody("""
            {"alternatives": [{"printed": "Secure the border", "citation": {"document": "Example Agency Strategy 2025–2028", "page": "8"}},
                              {"printed": "Secure the Border", "citation": {"document": "Example Agency Strategy 2025–2028", "page": "2"}},
                              {"printed": "Securing the border", "citation": {"document": "Example Agency Strategy 2025–2028", "page": "31"}}],
             "reason": "The goal's own page is the fuller statement; the contents page and the appendix abbreviate",
             "effectiveDate": "2025-02-03", "rationale": "A second reader's remark"}""")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String annotationId,
                                           @RequestBody ReviseAnnotationRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseAnnotation(strategyId, context.expectedVersion(), annotationId,
                body.uncertainty(), body.alternatives(), body.chosenReading(), body.reason(), change));
    }

    @PostMapping("/{annotationId}/withdraw")
    @Operation(operationId = "withdrawAnnotation", summary = "Withdraw an annotation (WithdrawAnnotation)", description = """
            The note no longer stands from the effective date on; its history keeps it.""")
    @Refuses({STRATEGY_NOT_FOUND, RATIONALE_REQUIRED, ANNOTATION_NOT_FOUND, EFFECTIVE_DATE_BEFORE_PREVIOUS})
    @ExampleBody("""
            {"effectiveDate": "2025-03-03", "rationale": "The 2026 update settles the wording"}""")
    ResponseEntity<CommandAccepted> withdraw(@PathVariable String strategyId, @PathVariable String annotationId,
                                             @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new WithdrawAnnotation(strategyId, context.expectedVersion(), annotationId, change));
    }
}
