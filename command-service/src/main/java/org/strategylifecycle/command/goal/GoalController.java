package org.strategylifecycle.command.goal;

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
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;

/** Adds, revises and retires the goals of an edition. */
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/goals", consumes = MediaType.APPLICATION_JSON_VALUE)
class GoalController {

    record AddRequest(String elementId, String number, String title, String statement, String overview, Integer order,
                      LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseRequest(String number, String title, String statement, String overview,
                         LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> add(@PathVariable String strategyId, @RequestBody AddRequest body,
                                        CommandContext context) {
        String elementId = context.idOr(body.elementId());
        return context.create(body, Locations.edition(strategyId), change -> new AddGoal(strategyId,
                context.expectedVersion(), elementId, body.number(), body.title(), body.statement(), body.overview(),
                body.order(), change));
    }

    @PostMapping("/{elementId}/revise")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseGoal(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.statement(), body.overview(), change));
    }

    @PostMapping("/{elementId}/retire")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new RetireGoal(strategyId, context.expectedVersion(), elementId, change));
    }
}
