package org.strategylifecycle.command.initiative;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.initiative.CompleteInitiative;
import org.strategylifecycle.api.initiative.LaunchInitiative;
import org.strategylifecycle.api.initiative.RetireInitiative;
import org.strategylifecycle.api.initiative.ReviseInitiative;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;

/** Launches, revises, completes and retires the initiatives under an edition's objectives. */
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/initiatives", consumes = MediaType.APPLICATION_JSON_VALUE)
class InitiativeController {

    record LaunchRequest(String elementId, String parentId, String number, String title, String statement, Integer order,
                         LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseRequest(String number, String title, String statement,
                         LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> launch(@PathVariable String strategyId, @RequestBody LaunchRequest body,
                                           CommandContext context) {
        String elementId = context.idOr(body.elementId());
        return context.create(body, Locations.edition(strategyId), change -> new LaunchInitiative(strategyId,
                context.expectedVersion(), elementId, body.parentId(), body.number(), body.title(), body.statement(),
                body.order(), change));
    }

    @PostMapping("/{elementId}/revise")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseInitiative(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.statement(), change));
    }

    @PostMapping("/{elementId}/complete")
    ResponseEntity<CommandAccepted> complete(@PathVariable String strategyId, @PathVariable String elementId,
                                             @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new CompleteInitiative(strategyId, context.expectedVersion(), elementId, change));
    }

    @PostMapping("/{elementId}/retire")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new RetireInitiative(strategyId, context.expectedVersion(), elementId, change));
    }
}
