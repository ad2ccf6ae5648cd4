package org.strategylifecycle.command.measure;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.measure.DefineMeasure;
import org.strategylifecycle.api.measure.RecordMeasureActual;
import org.strategylifecycle.api.measure.RetireMeasure;
import org.strategylifecycle.api.measure.ReviseMeasure;
import org.strategylifecycle.api.measure.SetMeasureTarget;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;
import java.math.BigDecimal;

/** Defines, revises and retires measures, and sets their targets and records their actuals per period. */
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/measures", consumes = MediaType.APPLICATION_JSON_VALUE)
class MeasureController {

    record DefineRequest(String elementId, String parentId, String number, String title, String statement,
                         MeasureType measureType, String printedType, String unit, Integer order,
                         LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseRequest(String number, String title, String statement, MeasureType measureType, String printedType,
                         String unit, LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    /** A target or actual for one period: a number, or a text where the document prints no number. */
    record PeriodValueRequest(String period, BigDecimal value, String text,
                              LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> define(@PathVariable String strategyId, @RequestBody DefineRequest body,
                                           CommandContext context) {
        String elementId = context.idOr(body.elementId());
        return context.create(body, Locations.edition(strategyId), change -> new DefineMeasure(strategyId,
                context.expectedVersion(), elementId, body.parentId(), body.number(), body.title(), body.statement(),
                body.measureType(), body.printedType(), body.unit(), body.order(), change));
    }

    @PostMapping("/{elementId}/revise")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseMeasure(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.statement(), body.measureType(), body.printedType(), body.unit(),
                change));
    }

    @PostMapping("/{elementId}/targets")
    ResponseEntity<CommandAccepted> setTarget(@PathVariable String strategyId, @PathVariable String elementId,
                                              @RequestBody PeriodValueRequest body, CommandContext context) {
        return context.revise(body, change -> new SetMeasureTarget(strategyId, context.expectedVersion(), elementId,
                body.period(), body.value(), body.text(), change));
    }

    @PostMapping("/{elementId}/actuals")
    ResponseEntity<CommandAccepted> recordActual(@PathVariable String strategyId, @PathVariable String elementId,
                                                 @RequestBody PeriodValueRequest body, CommandContext context) {
        return context.revise(body, change -> new RecordMeasureActual(strategyId, context.expectedVersion(), elementId,
                body.period(), body.value(), body.text(), change));
    }

    @PostMapping("/{elementId}/retire")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new RetireMeasure(strategyId, context.expectedVersion(), elementId, change));
    }
}
