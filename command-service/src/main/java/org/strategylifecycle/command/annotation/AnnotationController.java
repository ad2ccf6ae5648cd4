package org.strategylifecycle.command.annotation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotateReading;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.ReviseAnnotation;
import org.strategylifecycle.api.annotation.WithdrawAnnotation;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;
import java.util.List;

/** Annotates a reading of an edition, revises the note, or withdraws it. */
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/annotations", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class AnnotationController {

    record AnnotateRequest(String annotationId, AnnotationSubject subject, String uncertainty,
                           List<Alternative> alternatives, String chosenReading, String reason,
                           LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseAnnotationRequest(String uncertainty, List<Alternative> alternatives, String chosenReading, String reason,
                                   LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> annotate(@PathVariable String strategyId, @RequestBody AnnotateRequest body,
                                             CommandContext context) {
        String annotationId = context.idOr(body.annotationId());
        return context.create(body, Locations.edition(strategyId), change -> new AnnotateReading(strategyId,
                context.expectedVersion(), annotationId, body.subject(), body.uncertainty(), body.alternatives(),
                body.chosenReading(), body.reason(), change));
    }

    @PostMapping("/{annotationId}/revise")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String annotationId,
                                           @RequestBody ReviseAnnotationRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseAnnotation(strategyId, context.expectedVersion(), annotationId,
                body.uncertainty(), body.alternatives(), body.chosenReading(), body.reason(), change));
    }

    @PostMapping("/{annotationId}/withdraw")
    ResponseEntity<CommandAccepted> withdraw(@PathVariable String strategyId, @PathVariable String annotationId,
                                             @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new WithdrawAnnotation(strategyId, context.expectedVersion(), annotationId, change));
    }
}
