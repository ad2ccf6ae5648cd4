package org.strategylifecycle.command.outcome;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.outcome.DefineOutcome;
import org.strategylifecycle.api.outcome.RetireOutcome;
import org.strategylifecycle.api.outcome.ReviseOutcome;
import org.strategylifecycle.command.web.AddsElement;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.ChangesElement;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ElementCommands;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.CHILDREN_NOT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.NUMBER_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_TYPE_INVALID;

/** Defines, revises and retires the desired outcomes of goals and objectives. */
@Tag(name = "Outcomes", description = "Define, revise and retire the desired outcomes of goals and objectives")
@ElementCommands("/api/strategies/{strategyId}/outcomes")
class OutcomeController {

    record DefineOutcomeRequest(String elementId, String parentId, String number, String title, String statement,
                                Integer order, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    record ReviseOutcomeRequest(String number, String title, String statement,
                                LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @AddsElement
    @Operation(operationId = "defineOutcome", summary = "Define a desired outcome (DefineOutcome)", description = """
            Adds a desired outcome under a goal or an objective (`parentId`).""")
    @ApiResponse(responseCode = "201", description = "Defined", useReturnTypeSchema = true)
    @Refuses({NUMBER_TAKEN, PARENT_NOT_FOUND, PARENT_TYPE_INVALID, PARENT_RETIRED})
    @ExampleBody("""
            {"elementId": "outcome-1.1", "parentId": "objective-1.1",
             "statement": "Illicit crossings between the ports of entry are detected.", "effectiveDate": "2025-01-06",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Objective 1.1", "page": "10"}}""")
    ResponseEntity<CommandAccepted> define(@PathVariable String strategyId, @RequestBody DefineOutcomeRequest body,
                                           CommandContext context) {
        return context.createElement(strategyId, body.elementId(), body, (elementId, change) -> new DefineOutcome(
                strategyId, context.expectedVersion(), elementId, body.parentId(), body.number(), body.title(),
                body.statement(), body.order(), change));
    }

    @ChangesElement("/{elementId}/revise")
    @Operation(operationId = "reviseOutcome", summary = "Revise a desired outcome (ReviseOutcome)",
            description = "Changes the outcome from the effective date on; fields left out keep their value.")
    @Refuses({ELEMENT_RETIRED, NUMBER_TAKEN})
    @ExampleBody("""
            {"statement": "Illicit crossings between the ports of entry are detected and stopped.",
             "effectiveDate": "2026-01-05", "rationale": "The 2026 update adds interdiction",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "6"}}""")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseOutcomeRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseOutcome(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.statement(), change));
    }

    @ChangesElement("/{elementId}/retire")
    @Operation(operationId = "retireOutcome", summary = "Retire a desired outcome (RetireOutcome)", description = """
            Retires the outcome from the effective date on, once its measures are retired. Retiring a \
            retired outcome changes nothing.""")
    @Refuses(CHILDREN_NOT_RETIRED)
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "No longer pursued after the 2026 update",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "7"}}""")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.reviseElement(strategyId, elementId, body, RetireOutcome::new);
    }
}
