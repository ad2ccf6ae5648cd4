package org.strategylifecycle.command.statement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.statement.RecordStatement;
import org.strategylifecycle.api.statement.RetireStatement;
import org.strategylifecycle.api.statement.ReviseStatement;
import org.strategylifecycle.command.web.AddsElement;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.ChangesElement;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ElementCommands;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_RETIRED;

/** Records, revises and retires the labelled statements of an edition. */
@Tag(name = "Statements", description = "Record, revise and retire an edition's labelled statements (vision, mission, core values, ...)")
@ElementCommands("/api/strategies/{strategyId}/statements")
class StatementController {

    record RecordStatementRequest(String elementId, StatementKind kind, String label, String title, String text,
                                  Integer order, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    record ReviseStatementRequest(String label, String title, String text,
                                  LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @AddsElement
    @Operation(operationId = "recordStatement", summary = "Record a statement (RecordStatement)", description = """
            Records a labelled statement of the edition under the label the document prints (a \
            document may print "Aspiration" where another prints "Vision").""")
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @ExampleBody("""
            {"elementId": "mission", "kind": "MISSION", "label": "Mission",
             "text": "Protect the nation and its people at and between the ports of entry.",
             "effectiveDate": "2025-01-06",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Mission", "page": "4"}}""")
    ResponseEntity<CommandAccepted> record(@PathVariable String strategyId, @RequestBody RecordStatementRequest body,
                                           CommandContext context) {
        return context.createElement(strategyId, body.elementId(), body, (elementId, change) -> new RecordStatement(
                strategyId, context.expectedVersion(), elementId, body.kind(), body.label(), body.title(), body.text(),
                body.order(), change));
    }

    @ChangesElement("/{elementId}/revise")
    @Operation(operationId = "reviseStatement", summary = "Revise a statement (ReviseStatement)", description = """
            Changes the statement from the effective date on; fields left out keep their value.""")
    @Refuses(ELEMENT_RETIRED)
    @ExampleBody("""
            {"text": "Protect the nation and its people at, between and beyond the ports of entry.",
             "effectiveDate": "2026-01-05", "rationale": "The 2026 update extends the mission beyond the ports",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "2"}}""")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseStatementRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseStatement(strategyId, context.expectedVersion(), elementId,
                body.label(), body.title(), body.text(), change));
    }

    @ChangesElement("/{elementId}/retire")
    @Operation(operationId = "retireStatement", summary = "Retire a statement (RetireStatement)", description = """
            Retires the statement from the effective date on. Retiring a retired statement changes nothing.""")
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "Dropped by the 2026 update",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "page": "4"}}""")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.reviseElement(strategyId, elementId, body, RetireStatement::new);
    }
}
