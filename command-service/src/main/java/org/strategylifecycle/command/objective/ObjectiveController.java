package org.strategylifecycle.command.objective;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.objective.AdoptObjective;
import org.strategylifecycle.api.objective.RetireObjective;
import org.strategylifecycle.api.objective.ReviseObjective;
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

/** Adopts, revises (possibly moving) and retires the objectives of an edition. */
@Tag(name = "Objectives", description = "Adopt, revise (or move) and retire the objectives under goals and mission areas")
@ElementCommands("/api/strategies/{strategyId}/objectives")
class ObjectiveController {

    record AdoptObjectiveRequest(String elementId, String parentId, String number, String title, String statement,
                                 Integer order, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    record ReviseObjectiveRequest(String parentId, String number, String title, String statement,
                                  LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @AddsElement
    @Operation(operationId = "adoptObjective", summary = "Adopt an objective (AdoptObjective)", description = """
            Adds an objective under a goal or a mission area (`parentId`).""")
    @ApiResponse(responseCode = "201", description = "Adopted", useReturnTypeSchema = true)
    @Refuses({NUMBER_TAKEN, PARENT_NOT_FOUND, PARENT_TYPE_INVALID, PARENT_RETIRED})
    @ExampleBody("""
            {"elementId": "objective-1.1", "parentId": "mission-area-1.a", "number": "1.1",
             "title": "Detect illicit crossings", "statement": "Know of every crossing between the ports of entry.",
             "effectiveDate": "2025-01-06",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Objective 1.1", "page": "10"}}""")
    ResponseEntity<CommandAccepted> adopt(@PathVariable String strategyId, @RequestBody AdoptObjectiveRequest body,
                                          CommandContext context) {
        return context.createElement(strategyId, body.elementId(), body, (elementId, change) -> new AdoptObjective(
                strategyId, context.expectedVersion(), elementId, body.parentId(), body.number(), body.title(),
                body.statement(), body.order(), change));
    }

    @ChangesElement("/{elementId}/revise")
    @Operation(operationId = "reviseObjective", summary = "Revise or move an objective (ReviseObjective)",
            description = """
                    Changes the objective from the effective date on; fields left out keep their value. A new \
                    `parentId` moves it under another goal or mission area.""")
    @Refuses({ELEMENT_RETIRED, NUMBER_TAKEN, PARENT_NOT_FOUND, PARENT_TYPE_INVALID, PARENT_RETIRED})
    @ExampleBody("""
            {"statement": "Know of every crossing between the ports of entry within minutes.",
             "effectiveDate": "2026-01-05", "rationale": "The 2026 update sets a time to detection",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "6"}}""")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseObjectiveRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseObjective(strategyId, context.expectedVersion(), elementId,
                body.parentId(), body.number(), body.title(), body.statement(), change));
    }

    @ChangesElement("/{elementId}/retire")
    @Operation(operationId = "retireObjective", summary = "Retire an objective (RetireObjective)", description = """
            Retires the objective from the effective date on, once its initiatives, outcomes and measures \
            are retired. Retiring a retired objective changes nothing.""")
    @Refuses(CHILDREN_NOT_RETIRED)
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "Achieved; dropped by the 2026 update",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "6"}}""")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.reviseElement(strategyId, elementId, body, RetireObjective::new);
    }
}
