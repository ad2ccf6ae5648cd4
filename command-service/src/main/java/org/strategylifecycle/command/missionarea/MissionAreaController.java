package org.strategylifecycle.command.missionarea;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.missionarea.AddMissionArea;
import org.strategylifecycle.api.missionarea.RetireMissionArea;
import org.strategylifecycle.api.missionarea.ReviseMissionArea;
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

/** Adds, revises and retires the mission areas of an edition's goals. */
@Tag(name = "Mission areas", description = "Add, revise and retire the mission areas that group a goal's objectives")
@ElementCommands("/api/strategies/{strategyId}/mission-areas")
class MissionAreaController {

    record AddMissionAreaRequest(String elementId, String goalId, String number, String title, String statement,
                                 Integer order, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    record ReviseMissionAreaRequest(String number, String title, String statement,
                                    LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @AddsElement
    @Operation(operationId = "addMissionArea", summary = "Add a mission area (AddMissionArea)", description = """
            Adds a mission area under the goal `goalId` (or, for a plan without goals above them, at the \
            top of the edition).""")
    @ApiResponse(responseCode = "201", description = "Added", useReturnTypeSchema = true)
    @Refuses({NUMBER_TAKEN, PARENT_NOT_FOUND, PARENT_TYPE_INVALID, PARENT_RETIRED})
    @ExampleBody("""
            {"elementId": "mission-area-1.a", "goalId": "goal-1", "number": "1.A", "title": "Border security",
             "statement": "Detect and stop threats between the ports of entry.", "effectiveDate": "2025-01-06",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Goal 1", "page": "9"}}""")
    ResponseEntity<CommandAccepted> add(@PathVariable String strategyId, @RequestBody AddMissionAreaRequest body,
                                        CommandContext context) {
        return context.createElement(strategyId, body.elementId(), body, (elementId, change) -> new AddMissionArea(
                strategyId, context.expectedVersion(), elementId, body.goalId(), body.number(), body.title(),
                body.statement(), body.order(), change));
    }

    @ChangesElement("/{elementId}/revise")
    @Operation(operationId = "reviseMissionArea", summary = "Revise a mission area (ReviseMissionArea)",
            description = "Changes the mission area from the effective date on; fields left out keep their value.")
    @Refuses({ELEMENT_RETIRED, NUMBER_TAKEN})
    @ExampleBody("""
            {"title": "Border security and domain awareness", "effectiveDate": "2026-01-05",
             "rationale": "Renamed by the 2026 update",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "5"}}""")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseMissionAreaRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseMissionArea(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.statement(), change));
    }

    @ChangesElement("/{elementId}/retire")
    @Operation(operationId = "retireMissionArea", summary = "Retire a mission area (RetireMissionArea)",
            description = """
                    Retires the mission area from the effective date on, once its objectives are retired. \
                    Retiring a retired mission area changes nothing.""")
    @Refuses(CHILDREN_NOT_RETIRED)
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "Merged into mission area 1.A by the 2026 update",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "5"}}""")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.reviseElement(strategyId, elementId, body, RetireMissionArea::new);
    }
}
