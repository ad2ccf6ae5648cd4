package org.strategylifecycle.command.missionarea;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.missionarea.AddMissionArea;
import org.strategylifecycle.api.missionarea.RetireMissionArea;
import org.strategylifecycle.api.missionarea.ReviseMissionArea;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;

/** Adds, revises and retires the mission areas of an edition's goals. */
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/mission-areas", consumes = MediaType.APPLICATION_JSON_VALUE)
class MissionAreaController {

    record AddRequest(String elementId, String goalId, String number, String title, String statement, Integer order,
                      LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseRequest(String number, String title, String statement,
                         LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> add(@PathVariable String strategyId, @RequestBody AddRequest body,
                                        CommandContext context) {
        String elementId = context.idOr(body.elementId());
        return context.create(body, Locations.edition(strategyId), change -> new AddMissionArea(strategyId,
                context.expectedVersion(), elementId, body.goalId(), body.number(), body.title(), body.statement(),
                body.order(), change));
    }

    @PostMapping("/{elementId}/revise")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseMissionArea(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.statement(), change));
    }

    @PostMapping("/{elementId}/retire")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new RetireMissionArea(strategyId, context.expectedVersion(), elementId, change));
    }
}
