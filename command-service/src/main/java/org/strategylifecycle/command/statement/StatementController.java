package org.strategylifecycle.command.statement;

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
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.statement.RecordStatement;
import org.strategylifecycle.api.statement.RetireStatement;
import org.strategylifecycle.api.statement.ReviseStatement;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.command.web.Locations;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.EDITION_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.EDITION_SUPERSEDED;
import static org.strategylifecycle.api.common.ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_ID_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.RATIONALE_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.WRONG_ELEMENT_TYPE;

/** Records, revises and retires the labelled statements of an edition. */
@Tag(name = "Statements", description = "Record, revise and retire an edition's labelled statements (vision, mission, core values, ...)")
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/statements", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class StatementController {

    record RecordStatementRequest(String elementId, StatementKind kind, String label, String title, String text,
                                  Integer order, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    record ReviseStatementRequest(String label, String title, String text,
                                  LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    @Operation(operationId = "recordStatement", summary = "Record a statement (RecordStatement)", description = """
            Records a labelled statement of the edition under the label the document prints (a \
            document may print "Aspiration" where another prints "Vision").""")
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, INVALID_ID, ELEMENT_ID_TAKEN})
    @ExampleBody("""
            {"elementId": "mission", "kind": "MISSION", "label": "Mission",
             "text": "Protect the nation and its people at and between the ports of entry.",
             "effectiveDate": "2025-01-06",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Mission", "page": "4"}}""")
    ResponseEntity<CommandAccepted> record(@PathVariable String strategyId, @RequestBody RecordStatementRequest body,
                                           CommandContext context) {
        String elementId = context.idOr(body.elementId());
        return context.create(body, Locations.newElement(strategyId), change -> new RecordStatement(strategyId,
                context.expectedVersion(), elementId, body.kind(), body.label(), body.title(), body.text(),
                body.order(), change));
    }

    @PostMapping("/{elementId}/revise")
    @Operation(operationId = "reviseStatement", summary = "Revise a statement (ReviseStatement)", description = """
            Changes the statement from the effective date on; fields left out keep their value.""")
    @Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, RATIONALE_REQUIRED, INVALID_ID,
            ELEMENT_NOT_FOUND, WRONG_ELEMENT_TYPE, ELEMENT_RETIRED, EFFECTIVE_DATE_BEFORE_PREVIOUS})
    @ExampleBody("""
            {"text": "Protect the nation and its people at, between and beyond the ports of entry.",
             "effectiveDate": "2026-01-05", "rationale": "The 2026 update extends the mission beyond the ports",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "2"}}""")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseStatementRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseStatement(strategyId, context.expectedVersion(), elementId,
                body.label(), body.title(), body.text(), change));
    }

    @PostMapping("/{elementId}/retire")
    @Operation(operationId = "retireStatement", summary = "Retire a statement (RetireStatement)", description = """
            Retires the statement from the effective date on. Retiring a retired statement changes nothing.""")
    @Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, RATIONALE_REQUIRED, INVALID_ID,
            ELEMENT_NOT_FOUND, WRONG_ELEMENT_TYPE, EFFECTIVE_DATE_BEFORE_PREVIOUS})
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "Dropped by the 2026 update",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "4"}}""")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new RetireStatement(strategyId, context.expectedVersion(), elementId, change));
    }
}
