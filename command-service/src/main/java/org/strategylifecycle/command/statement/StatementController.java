package org.strategylifecycle.command.statement;

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
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;

/** Records, revises and retires the labelled statements of an edition. */
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/statements", consumes = MediaType.APPLICATION_JSON_VALUE)
class StatementController {

    record RecordRequest(String elementId, StatementKind kind, String label, String title, String text, Integer order,
                         LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseRequest(String label, String title, String text,
                         LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> record(@PathVariable String strategyId, @RequestBody RecordRequest body,
                                           CommandContext context) {
        String elementId = context.idOr(body.elementId());
        return context.create(body, Locations.edition(strategyId), change -> new RecordStatement(strategyId,
                context.expectedVersion(), elementId, body.kind(), body.label(), body.title(), body.text(),
                body.order(), change));
    }

    @PostMapping("/{elementId}/revise")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseStatement(strategyId, context.expectedVersion(), elementId,
                body.label(), body.title(), body.text(), change));
    }

    @PostMapping("/{elementId}/retire")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new RetireStatement(strategyId, context.expectedVersion(), elementId, change));
    }
}
