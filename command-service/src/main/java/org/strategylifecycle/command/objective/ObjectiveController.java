package org.strategylifecycle.command.objective;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.objective.AdoptObjective;
import org.strategylifecycle.api.objective.RetireObjective;
import org.strategylifecycle.api.objective.ReviseObjective;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;

/** Adopts, revises (possibly moving) and retires the objectives of an edition. */
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/objectives", consumes = MediaType.APPLICATION_JSON_VALUE)
class ObjectiveController {

    record AdoptRequest(String elementId, String parentId, String number, String title, String statement, Integer order,
                        LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseRequest(String parentId, String number, String title, String statement,
                         LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> adopt(@PathVariable String strategyId, @RequestBody AdoptRequest body,
                                          CommandContext context) {
        String elementId = context.idOr(body.elementId());
        return context.create(body, Locations.edition(strategyId), change -> new AdoptObjective(strategyId,
                context.expectedVersion(), elementId, body.parentId(), body.number(), body.title(), body.statement(),
                body.order(), change));
    }

    @PostMapping("/{elementId}/revise")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseObjective(strategyId, context.expectedVersion(), elementId,
                body.parentId(), body.number(), body.title(), body.statement(), change));
    }

    @PostMapping("/{elementId}/retire")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new RetireObjective(strategyId, context.expectedVersion(), elementId, change));
    }
}
