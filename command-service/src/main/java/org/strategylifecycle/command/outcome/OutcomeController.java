package org.strategylifecycle.command.outcome;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.outcome.DefineOutcome;
import org.strategylifecycle.api.outcome.RetireOutcome;
import org.strategylifecycle.api.outcome.ReviseOutcome;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;

/** Defines, revises and retires the desired outcomes of goals and objectives. */
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/outcomes", consumes = MediaType.APPLICATION_JSON_VALUE)
class OutcomeController {

    record DefineRequest(String elementId, String parentId, String number, String title, String statement, Integer order,
                         LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseRequest(String number, String title, String statement,
                         LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> define(@PathVariable String strategyId, @RequestBody DefineRequest body,
                                           CommandContext context) {
        String elementId = context.idOr(body.elementId());
        return context.create(body, Locations.edition(strategyId), change -> new DefineOutcome(strategyId,
                context.expectedVersion(), elementId, body.parentId(), body.number(), body.title(), body.statement(),
                body.order(), change));
    }

    @PostMapping("/{elementId}/revise")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseOutcome(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.statement(), change));
    }

    @PostMapping("/{elementId}/retire")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new RetireOutcome(strategyId, context.expectedVersion(), elementId, change));
    }
}
