package org.strategylifecycle.command.goal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.RetireGoal;
import org.strategylifecycle.api.goal.ReviseGoal;
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

/** Adds, revises and retires the goals of an edition. */
@Tag(name = "Goals", description = "Add, revise and retire the goals of an edition")
@ElementCommands("/api/strategies/{strategyId}/goals")
class GoalController {

    record AddGoalRequest(String elementId, String number, String title, String statement, String overview, Integer order,
                          LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseGoalRequest(String number, String title, String statement, String overview,
                             LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @AddsElement
    @Operation(operationId = "addGoal", summary = "Add a goal (AddGoal)", description = """
            Adds a goal to the edition, PROPOSED in a draft and ADOPTED in an adopted edition. Without \
            `order` it goes after the goals there are.""")
    @ApiResponse(responseCode = "201", description = "Added", useReturnTypeSchema = true)
    @Refuses(NUMBER_TAKEN)
    @ExampleBody("""
            {"elementId": "goal-1", "number": "1", "title": "Secure the border",
             "statement": "Protect the nation from dangerous people and goods at and between the ports of entry.",
             "overview": "The first of three goals.", "effectiveDate": "2025-01-06",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Goal 1", "page": "8"}}""")
    ResponseEntity<CommandAccepted> add(@PathVariable String strategyId, @RequestBody AddGoalRequest body,
                                        CommandContext context) {
        return context.createElement(strategyId, body.elementId(), body, (elementId, change) -> new AddGoal(strategyId,
                context.expectedVersion(), elementId, body.number(), body.title(), body.statement(), body.overview(),
                body.order(), change));
    }

    @ChangesElement("/{elementId}/revise")
    @Operation(operationId = "reviseGoal", summary = "Revise a goal (ReviseGoal)", description = """
            Changes the goal from the effective date on; fields left out keep their value.""")
    @Refuses({ELEMENT_RETIRED, NUMBER_TAKEN})
    @ExampleBody("""
            {"title": "Secure the border and its approaches", "effectiveDate": "2026-01-05",
             "rationale": "The 2026 update widens the goal to the approaches",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "3"}}""")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseGoalRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseGoal(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.statement(), body.overview(), change));
    }

    @ChangesElement("/{elementId}/retire")
    @Operation(operationId = "retireGoal", summary = "Retire a goal (RetireGoal)", description = """
            Retires the goal from the effective date on, once its members are retired. Retiring a \
            retired goal changes nothing.""")
    @Refuses(CHILDREN_NOT_RETIRED)
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "Folded into goal 1 by the 2026 update",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "4"}}""")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.reviseElement(strategyId, elementId, body, RetireGoal::new);
    }
}
