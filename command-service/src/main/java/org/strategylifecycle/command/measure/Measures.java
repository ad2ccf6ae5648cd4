package org.strategylifecycle.command.measure;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.measure.DefineMeasure;
import org.strategylifecycle.api.measure.MeasureActualRecorded;
import org.strategylifecycle.api.measure.MeasureDefined;
import org.strategylifecycle.api.measure.MeasureRetired;
import org.strategylifecycle.api.measure.MeasureRevised;
import org.strategylifecycle.api.measure.MeasureTargetSet;
import org.strategylifecycle.api.measure.RecordMeasureActual;
import org.strategylifecycle.api.measure.RetireMeasure;
import org.strategylifecycle.api.measure.ReviseMeasure;
import org.strategylifecycle.api.measure.SetMeasureTarget;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/** Decides the performance measures of an edition, with their targets and actuals per period. */
public class Measures {

    private static final Set<ElementType> PARENTS = Set.of(ElementType.OUTCOME, ElementType.OBJECTIVE, ElementType.GOAL);
    private static final int PERIOD_MAX = 20;
    /**
     * Digits of a value as written out in full (integer digits plus decimals). Any xs:decimal a
     * document prints is kept exactly, scale included; the bound only keeps a value from being a
     * megabyte of digits, as every text is bounded (ADR 20). PostgreSQL's unconstrained numeric,
     * which the read models use, holds such a value exactly.
     */
    public static final int MAX_DIGITS = 1000;

    private final EditionState state;

    public Measures(EditionState state) {
        this.state = state;
    }

    @CommandHandler
    CommandAccepted handle(DefineMeasure c) {
        state.requireAddable("elementId", c.elementId(), c.change());
        state.parent(c.parentId(), PARENTS, c.change().effectiveDate());
        String number = Texts.optional("number", c.number(), Texts.NUMBER_MAX);
        state.requireNumberFree(ElementType.MEASURE, c.parentId(), number, null);
        apply(new MeasureDefined(c.strategyId(), c.elementId(), c.parentId(), number,
                Texts.required("title", c.title(), Texts.TEXT_MAX),
                Texts.optional("statement", c.statement(), Texts.TEXT_MAX),
                c.measureType(),
                Texts.optional("printedType", c.printedType(), Texts.LABEL_MAX),
                Texts.optional("unit", c.unit(), Texts.LABEL_MAX),
                state.nextOrder(ElementType.MEASURE, c.parentId(), c.order()), c.change()));
        return accepted(c.elementId());
    }

    @CommandHandler
    CommandAccepted handle(ReviseMeasure c) {
        Element e = state.revisable(c.elementId(), ElementType.MEASURE, c.change());
        String number = Texts.revised("number", c.number(), e.number(), Texts.NUMBER_MAX);
        String title = Texts.revised("title", c.title(), e.title(), Texts.TEXT_MAX);
        String statement = Texts.revised("statement", c.statement(), e.text(), Texts.TEXT_MAX);
        MeasureType type = c.measureType() == null ? e.measureType() : c.measureType();
        String printedType = Texts.revised("printedType", c.printedType(), e.printedType(), Texts.LABEL_MAX);
        String unit = Texts.revised("unit", c.unit(), e.unit(), Texts.LABEL_MAX);
        state.requireNumberFree(ElementType.MEASURE, e.parentId(), number, e.id());
        boolean same = e.hasContent(number, e.label(), title, statement, e.overview()) && type == e.measureType()
                && Objects.equals(printedType, e.printedType()) && Objects.equals(unit, e.unit());
        if (!same) {
            apply(new MeasureRevised(c.strategyId(), e.id(), number, title, statement, type, printedType, unit, c.change()));
        }
        return accepted(e.id());
    }

    @CommandHandler
    CommandAccepted handle(SetMeasureTarget c) {
        Element e = state.revisable(c.elementId(), ElementType.MEASURE, c.change());
        Element.Reading reading = reading(c.period(), c.value(), c.text());
        Element.Reading current = e.target(c.period());
        if (!reading.equals(current)) {
            apply(new MeasureTargetSet(c.strategyId(), e.id(), c.period(), c.value(), c.text(), current != null, c.change()));
        }
        return accepted(e.id());
    }

    @CommandHandler
    CommandAccepted handle(RecordMeasureActual c) {
        Element e = state.revisable(c.elementId(), ElementType.MEASURE, c.change());
        Element.Reading reading = reading(c.period(), c.value(), c.text());
        Element.Reading current = e.actual(c.period());
        if (!reading.equals(current)) {
            apply(new MeasureActualRecorded(c.strategyId(), e.id(), c.period(), c.value(), c.text(), current != null, c.change()));
        }
        return accepted(e.id());
    }

    @CommandHandler
    CommandAccepted handle(RetireMeasure c) {
        if (state.retirable(c.elementId(), ElementType.MEASURE, c.change()) != null) {
            apply(new MeasureRetired(c.strategyId(), c.elementId(), c.change()));
        }
        return accepted(c.elementId());
    }

    /** A target or actual: a number (kept as given, every printed decimal included), a text, or both. */
    private static Element.Reading reading(String period, BigDecimal value, String text) {
        Texts.required("period", period, PERIOD_MAX);
        Texts.optional("text", text, Texts.TEXT_MAX);
        if (value == null && text == null) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, "value or text is required");
        }
        if (value != null) {
            if (digits(value) > MAX_DIGITS) {
                throw new StrategyException(ErrorCode.INVALID_VALUE, "value must have at most " + MAX_DIGITS + " digits");
            }
        }
        return stored(value, text);
    }

    /** Digits of the value written in full: 4.4249999999999998 has 17, 1E+3 has 4, 0.001 has 4. */
    private static long digits(BigDecimal value) {
        long integerDigits = Math.max(1L, (long) value.precision() - value.scale());
        return integerDigits + Math.max(0, value.scale());
    }

    /** A reading as the events hold it; no checks, so replaying old events never fails on a newer rule. */
    private static Element.Reading stored(BigDecimal value, String text) {
        return new Element.Reading(value == null ? null : value.stripTrailingZeros(), text);
    }

    @EventSourcingHandler
    void on(MeasureDefined event) {
        Element e = new Element(event.elementId(), ElementType.MEASURE, event.parentId(), state.initialStatus(), event.change().effectiveDate());
        e.setMeasure(event.measureType(), event.printedType(), event.unit());
        state.added(e, event.number(), null, event.title(), event.statement(), null);
    }

    @EventSourcingHandler
    void on(MeasureRevised event) {
        Element e = state.changed(event.elementId(), event.change().effectiveDate());
        state.setContent(e, event.number(), e.label(), event.title(), event.statement(), e.overview());
        e.setMeasure(event.measureType(), event.printedType(), event.unit());
    }

    @EventSourcingHandler
    void on(MeasureTargetSet event) {
        state.changed(event.elementId(), event.change().effectiveDate())
                .setTarget(event.period(), stored(event.value(), event.text()));
    }

    @EventSourcingHandler
    void on(MeasureActualRecorded event) {
        state.changed(event.elementId(), event.change().effectiveDate())
                .setActual(event.period(), stored(event.value(), event.text()));
    }

    @EventSourcingHandler
    void on(MeasureRetired event) {
        state.retired(event.elementId(), event.change().effectiveDate());
    }
}
