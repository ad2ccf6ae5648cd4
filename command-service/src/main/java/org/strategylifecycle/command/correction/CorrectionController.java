package org.strategylifecycle.command.correction;

import io.swagger.v3.oas.annotations.Operation;
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
import org.strategylifecycle.api.correction.CorrectElement;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.NUMBER_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.RATIONALE_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/** Corrects recording mistakes in any element; the change is marked CORRECTION, so auditors tell it from a revision. */
@Tag(name = "Corrections", description = "Correct recording mistakes in any element, also of a superseded or retired edition")
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/elements", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class CorrectionController {

    record CorrectElementRequest(String number, String label, String title, String text, String overview,
                                 LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping("/{elementId}/correct")
    @Operation(operationId = "correctElement", summary = "Correct a recording mistake (CorrectElement)",
            description = """
                    Fixes what was recorded, retroactively: the change is a CORRECTION, not a revision, and is \
                    allowed in superseded and retired editions too. Fields left out keep their value; \
                    `label` is for statements, `overview` for goals, `text` is a statement's text or an \
                    element's statement.""")
    @Refuses({STRATEGY_NOT_FOUND, RATIONALE_REQUIRED, INVALID_ID, ELEMENT_NOT_FOUND, NUMBER_TAKEN})
    @ExampleBody("""
            {"overview": "The first of four goals.", "effectiveDate": "2025-01-06",
             "rationale": "Recorded as 'three goals'; the document prints 'four goals'",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Goal 1", "page": "8"}}""")
    ResponseEntity<CommandAccepted> correct(@PathVariable String strategyId, @PathVariable String elementId,
                                            @RequestBody CorrectElementRequest body, CommandContext context) {
        return context.correct(body, change -> new CorrectElement(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.label(), body.text(), body.overview(), change));
    }
}
