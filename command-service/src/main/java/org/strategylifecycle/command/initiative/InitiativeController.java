package org.strategylifecycle.command.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.initiative.CompleteInitiative;
import org.strategylifecycle.api.initiative.LaunchInitiative;
import org.strategylifecycle.api.initiative.RetireInitiative;
import org.strategylifecycle.api.initiative.ReviseInitiative;
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
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_COMPLETED;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.NUMBER_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_TYPE_INVALID;

/** Launches, revises, completes and retires the initiatives under an edition's objectives. */
@Tag(name = "Initiatives", description = "Launch, revise, complete and retire the initiatives under objectives")
@ElementCommands("/api/strategies/{strategyId}/initiatives")
class InitiativeController {

    record LaunchInitiativeRequest(String elementId, String parentId, String number, String title, String statement,
                                   Integer order, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    record ReviseInitiativeRequest(String number, String title, String statement,
                                   LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @AddsElement
    @Operation(operationId = "launchInitiative", summary = "Launch an initiative (LaunchInitiative)", description = """
            Adds an initiative under an objective or another initiative (`parentId`).""")
    @ApiResponse(responseCode = "201", description = "Launched", useReturnTypeSchema = true)
    @Refuses({NUMBER_TAKEN, PARENT_NOT_FOUND, PARENT_TYPE_INVALID, PARENT_RETIRED})
    @ExampleBody("""
            {"elementId": "initiative-1.1.1", "parentId": "objective-1.1", "number": "1.1.1",
             "title": "Deploy surveillance towers along the southern border", "effectiveDate": "2025-01-06",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Objective 1.1", "page": "11"}}""")
    ResponseEntity<CommandAccepted> launch(@PathVariable String strategyId, @RequestBody LaunchInitiativeRequest body,
                                           CommandContext context) {
        return context.createElement(strategyId, body.elementId(), body, (elementId, change) -> new LaunchInitiative(
                strategyId, context.expectedVersion(), elementId, body.parentId(), body.number(), body.title(),
                body.statement(), body.order(), change));
    }

    @ChangesElement("/{elementId}/revise")
    @Operation(operationId = "reviseInitiative", summary = "Revise an initiative (ReviseInitiative)",
            description = "Changes the initiative from the effective date on; fields left out keep their value.")
    @Refuses({ELEMENT_RETIRED, ELEMENT_COMPLETED, NUMBER_TAKEN})
    @ExampleBody("""
            {"title": "Deploy surveillance towers along the southern and northern borders",
             "effectiveDate": "2026-01-05", "rationale": "The 2026 update extends the towers to the north",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "6"}}""")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseInitiativeRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseInitiative(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.statement(), change));
    }

    @ChangesElement("/{elementId}/complete")
    @Operation(operationId = "completeInitiative", summary = "Complete an initiative (CompleteInitiative)",
            description = """
                    Records the initiative as COMPLETED from the effective date on; it then changes no more. \
                    Completing a completed initiative changes nothing.""")
    @Refuses(ELEMENT_RETIRED)
    @ExampleBody("""
            {"effectiveDate": "2026-09-30", "rationale": "The last tower went into service",
             "source": {"document": "Example Agency annual report FY2026", "page": "12"}}""")
    ResponseEntity<CommandAccepted> complete(@PathVariable String strategyId, @PathVariable String elementId,
                                             @RequestBody ChangeBody body, CommandContext context) {
        return context.reviseElement(strategyId, elementId, body, CompleteInitiative::new);
    }

    @ChangesElement("/{elementId}/retire")
    @Operation(operationId = "retireInitiative", summary = "Retire an initiative (RetireInitiative)", description = """
            Retires (abandons) the initiative from the effective date on, once the initiatives under it are \
            retired. Retiring a retired initiative changes nothing.""")
    @Refuses(CHILDREN_NOT_RETIRED)
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "Abandoned for lack of funding",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "8"}}""")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.reviseElement(strategyId, elementId, body, RetireInitiative::new);
    }
}
