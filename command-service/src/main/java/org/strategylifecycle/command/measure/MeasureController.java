package org.strategylifecycle.command.measure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.measure.DefineMeasure;
import org.strategylifecycle.api.measure.RecordMeasureActual;
import org.strategylifecycle.api.measure.RetireMeasure;
import org.strategylifecycle.api.measure.ReviseMeasure;
import org.strategylifecycle.api.measure.SetMeasureTarget;
import org.strategylifecycle.command.web.AddsElement;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.ChangesElement;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ElementCommands;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.support.openapi.Refuses;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.CHILDREN_NOT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.NUMBER_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_TYPE_INVALID;

/** Defines, revises and retires measures, and sets their targets and records their actuals per period. */
@Tag(name = "Measures", description = "Define, revise and retire measures; set their targets and record their actuals per period")
@ElementCommands("/api/strategies/{strategyId}/measures")
class MeasureController {

    record DefineMeasureRequest(String elementId, String parentId, String number, String title, String statement,
                                MeasureType measureType, String printedType, String unit, Integer order,
                                LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    record ReviseMeasureRequest(String number, String title, String statement, MeasureType measureType,
                                String printedType, String unit, LocalDate effectiveDate, String rationale,
                                Citation source) implements ChangeRequest {
    }

    /** A target or actual for one period: a number, or a text where the document prints no number. */
    record PeriodValueRequest(String period, BigDecimal value, String text,
                              LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @AddsElement
    @Operation(operationId = "defineMeasure", summary = "Define a measure (DefineMeasure)", description = """
            Adds a performance or outcome measure under an outcome, an objective or a goal (`parentId`), \
            with its type as the document prints it (`printedType`) beside the normalized one.""")
    @ApiResponse(responseCode = "201", description = "Defined", useReturnTypeSchema = true)
    @Refuses({NUMBER_TAKEN, PARENT_NOT_FOUND, PARENT_TYPE_INVALID, PARENT_RETIRED})
    @ExampleBody("""
            {"elementId": "measure-1.1.a", "parentId": "outcome-1.1", "number": "1.1.a",
             "title": "Share of illicit crossings detected", "measureType": "OUTCOME", "printedType": "Outcome",
             "unit": "percent", "effectiveDate": "2025-01-06",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Appendix A", "page": "30"}}""")
    ResponseEntity<CommandAccepted> define(@PathVariable String strategyId, @RequestBody DefineMeasureRequest body,
                                           CommandContext context) {
        return context.createElement(strategyId, body.elementId(), body, (elementId, change) -> new DefineMeasure(
                strategyId, context.expectedVersion(), elementId, body.parentId(), body.number(), body.title(),
                body.statement(), body.measureType(), body.printedType(), body.unit(), body.order(), change));
    }

    @ChangesElement("/{elementId}/revise")
    @Operation(operationId = "reviseMeasure", summary = "Revise a measure (ReviseMeasure)",
            description = "Changes the measure from the effective date on; fields left out keep their value.")
    @Refuses({ELEMENT_RETIRED, NUMBER_TAKEN})
    @ExampleBody("""
            {"title": "Share of illicit crossings detected and interdicted", "effectiveDate": "2026-01-05",
             "rationale": "The 2026 update counts interdictions too",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "section": "Appendix A"}}""")
    ResponseEntity<CommandAccepted> revise(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ReviseMeasureRequest body, CommandContext context) {
        return context.revise(body, change -> new ReviseMeasure(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.statement(), body.measureType(), body.printedType(), body.unit(),
                change));
    }

    @ChangesElement("/{elementId}/targets")
    @Operation(operationId = "setMeasureTarget", summary = "Set a measure's target for a period (SetMeasureTarget)",
            description = """
                    Sets the target for `period` (e.g. a fiscal year): a number, or a text where the document \
                    prints none. A later target for the same period restates the earlier one.""")
    @Refuses(ELEMENT_RETIRED)
    @ExampleBody("""
            {"period": "FY2025", "value": 90, "effectiveDate": "2025-03-03",
             "rationale": "The target the adopted strategy sets for FY2025",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Appendix A", "page": "30"}}""")
    ResponseEntity<CommandAccepted> setTarget(@PathVariable String strategyId, @PathVariable String elementId,
                                              @RequestBody PeriodValueRequest body, CommandContext context) {
        return context.revise(body, change -> new SetMeasureTarget(strategyId, context.expectedVersion(), elementId,
                body.period(), body.value(), body.text(), change));
    }

    @ChangesElement("/{elementId}/actuals")
    @Operation(operationId = "recordMeasureActual", summary = "Record a measure's actual for a period (RecordMeasureActual)",
            description = """
                    Records the actual for `period`: a number, or a text where the document prints none. A \
                    later actual for the same period restates the earlier one.""")
    @Refuses(ELEMENT_RETIRED)
    @ExampleBody("""
            {"period": "FY2025", "value": 87.5, "effectiveDate": "2025-10-15",
             "rationale": "As reported for FY2025",
             "source": {"document": "Example Agency annual report FY2025", "page": "14"}}""")
    ResponseEntity<CommandAccepted> recordActual(@PathVariable String strategyId, @PathVariable String elementId,
                                                 @RequestBody PeriodValueRequest body, CommandContext context) {
        return context.revise(body, change -> new RecordMeasureActual(strategyId, context.expectedVersion(), elementId,
                body.period(), body.value(), body.text(), change));
    }

    @ChangesElement("/{elementId}/retire")
    @Operation(operationId = "retireMeasure", summary = "Retire a measure (RetireMeasure)", description = """
            Retires the measure from the effective date on. Retiring a retired measure changes nothing.""")
    @Refuses(CHILDREN_NOT_RETIRED)
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "Replaced by a measure of interdictions",
             "source": {"document": "Example Agency Strategy 2025–2028, 2026 update", "section": "Appendix A"}}""")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @PathVariable String elementId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.reviseElement(strategyId, elementId, body, RetireMeasure::new);
    }
}
