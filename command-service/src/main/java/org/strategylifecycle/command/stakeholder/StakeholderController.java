package org.strategylifecycle.command.stakeholder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.stakeholder.RecordStakeholder;
import org.strategylifecycle.api.stakeholder.RemoveStakeholder;
import org.strategylifecycle.api.stakeholder.ReviseStakeholder;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.api.stakeholder.StakeholderType;
import org.strategylifecycle.command.web.AddsElement;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.ChangesElement;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ElementCommands;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;
import java.util.List;

import static org.strategylifecycle.api.common.ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_TYPE_INVALID;

/** Records, revises and removes the stakeholders of an edition's organization, goals and objectives. */
@Tag(name = "Stakeholders", description = "Record, revise and remove the stakeholders of an edition, its goals and objectives, with their roles")
@ElementCommands("/api/strategies/{strategyId}/stakeholders")
class StakeholderController {

    record RecordStakeholderRequest(String stakeholderId, String holderId, String name, String description,
                                    StakeholderType stakeholderType, List<StakeholderRole> roles, Integer order,
                                    LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseStakeholderRequest(String name, String description, StakeholderType stakeholderType,
                                    List<StakeholderRole> roles, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    @AddsElement
    @Operation(operationId = "recordStakeholder", summary = "Record a stakeholder (RecordStakeholder)", description = """
            Records a person, organization or group with roles in the plan: of the edition's organization \
            when `holderId` is left out, else of the goal or objective it names, which must exist and not be \
            retired. Each role has a name, an optional description and its role types (PERFORMER, BENEFICIARY, \
            both or none stated).""")
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @Refuses({PARENT_NOT_FOUND, PARENT_TYPE_INVALID, PARENT_RETIRED, EFFECTIVE_DATE_BEFORE_PREVIOUS})
    @ExampleBody("""
            {"stakeholderId": "stakeholder-utilities-board", "holderId": "goal-1", "name": "County Utilities Board",
             "stakeholderType": "ORGANIZATION",
             "roles": [{"name": "Partner", "description": "Runs the water works", "roleTypes": ["PERFORMER"]}],
             "effectiveDate": "2025-01-06",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Goal 1", "page": "8"}}""")
    ResponseEntity<CommandAccepted> record(@PathVariable String strategyId, @RequestBody RecordStakeholderRequest body,
                                           CommandContext context) {
        return context.createElement(strategyId, body.stakeholderId(), body, (stakeholderId, change) ->
                new RecordStakeholder(strategyId, context.expectedVersion(), stakeholderId, body.holderId(), body.name(),
                        body.description(), body.stakeholderType(), body.roles(), body.order(), change));
    }

    @ChangesElement("/{stakeholderId}/revise")
    @Operation(operationId = "reviseStakeholder", summary = "Revise a stakeholder (ReviseStakeholder)", description = """
            Changes the stakeholder from the effective date on; fields left out keep their value (`roles`, \
            when given, replaces all of them).""")
    @Refuses(ELEMENT_RETIRED)
    @ExampleBody("""
            {"roles": [{"name": "Partner", "roleTypes": ["PERFORMER", "BENEFICIARY"]}],
             "effectiveDate": "2026-01-05", "rationale": "The 2026 update makes the board a beneficiary too",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "3"}}""")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String stakeholderId,
                                           @RequestBody ReviseStakeholderRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseStakeholder(strategyId, context.expectedVersion(), stakeholderId,
                body.name(), body.description(), body.stakeholderType(), body.roles(), change));
    }

    @ChangesElement("/{stakeholderId}/remove")
    @Operation(operationId = "removeStakeholder", summary = "Remove a stakeholder (RemoveStakeholder)", description = """
            Removes the stakeholder from the effective date on (reads show it RETIRED). Removing a removed \
            stakeholder changes nothing.""")
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "The board no longer takes part",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "4"}}""")
    ResponseEntity<CommandAccepted> remove(@PathVariable String strategyId, @PathVariable String stakeholderId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.reviseElement(strategyId, stakeholderId, body, RemoveStakeholder::new);
    }
}
