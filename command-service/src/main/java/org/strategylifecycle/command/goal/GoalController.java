package org.strategylifecycle.command.goal;

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
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.RetireGoal;
import org.strategylifecycle.api.goal.ReviseGoal;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.command.web.Locations;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.CHILDREN_NOT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.EDITION_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.EDITION_SUPERSEDED;
import static org.strategylifecycle.api.common.ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_ID_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.NUMBER_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.RATIONALE_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.WRONG_ELEMENT_TYPE;

/** Adds, revises and retires the goals of an edition. */
@Tag(name = "Goals", description = "Add, revise and retire the goals of an edition")
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/goals", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class GoalController {

    record AddGoalRequest(String elementId, String number, String title, String statement, String overview, Integer order,
                          LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseGoalRequest(String number, String title, String statement, String overview,
                             LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    @Operation(operationId = "addGoal", summary = "Add a goal (AddGoal)", description = """
            Adds a goal to the edition, PROPOSED in a draft and ADOPTED in an adopted edition. Without \
            `order` it goes after the goals there are.""")
    @ApiResponse(responseCode = "201", description = "Added", useReturnTypeSchema = true)
    @Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, INVALID_ID, ELEMENT_ID_TAKEN, NUMBER_TAKEN})
    @ExampleBody("""
            {"elementId": "goal-1", "number": "1", "title": "Secure the border",
             "statement": "Protect the nation from dangerous people and goods at and between the ports of entry.",
             "overview": "The first of three goals.", "effectiveDate": "2025-01-06",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Goal 1", "page": "8"}}""")
    ResponseEntity<CommandAccepted> add(@PathVariable String strategyId, @RequestBody AddGoalRequest body,
                                        CommandContext context) {
        String elementId = context.idOr(body.elementId());
        return context.create(body, Locations.newElement(strategyId), change -> new AddGoal(strategyId,
                context.expectedVersion(), elementId, body.number(), body.title(), body.statement(), body.overview(),
                body.order(), change));
    }

    @PostMapping("/{elementId}/revise")
    @Operation(operationId = "reviseGoal", summary = "Revise a goal (ReviseGoal)", description = """
            Changes the goal from the effective date on; fields left out keep their value.""")
    @Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, RATIONALE_REQUIRED, INVALID_ID,
            ELEMENT_NOT_FOUND, WRONG_ELEMENT_TYPE, ELEMENT_RETIRED, EFFECTIVE_DATE_BEFORE_PREVIOUS, NUMBER_TAKEN})
    @ExampleBody("""
            {"title": "Secure the border and its approaches", "effectiveDate": "2026-01-05",
             "rationale": "The 2026 update widens the goal to the approaches",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "3"}}""")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseGoalRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseGoal(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.statement(), body.overview(), change));
    }

    @PostMapping("/{elementId}/retire")
    @Operation(operationId = "retireGoal", summary = "Retire a goal (RetireGoal)", description = """
            Retires the goal from the effective date on, once its members are retired. Retiring a \
            retired goal changes nothing.""")
    @Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, RATIONALE_REQUIRED, INVALID_ID,
            ELEMENT_NOT_FOUND, WRONG_ELEMENT_TYPE, EFFECTIVE_DATE_BEFORE_PREVIOUS, CHILDREN_NOT_RETIRED})
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "Folded into goal 1 by the 2026 update",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "4"}}""")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new RetireGoal(strategyId, context.expectedVersion(), elementId, change));
    }
}
