package org.strategylifecycle.query.edition;

import org.axonframework.eventhandling.EventMessage;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The events of one unit of work (a tracking processor's batch, up to 2,000 events), applied
 * together. The handlers only queue what each event does; at commit the batch reads, in three or four
 * queries, which of its events were applied before and the strategy and element rows they touch,
 * applies the events in order to those rows in memory, and writes each table once
 * ({@link EditionTables#write}), in the transaction that also stores the processor's token. So a
 * batch costs a handful of round trips whatever its size, and a redelivered event (its history row
 * exists) is skipped whole, as before: idempotent. An event that cannot be applied fails the whole
 * batch; {@link EditionProjection} then applies its sequences one event at a time, so that the event
 * is parked alone.
 */
final class EditionBatch {

    /**
     * What one event does to the read models, given the rows it reads; {@code message} (null for a
     * direct call) is read only to name the request that recorded an event that could not be applied.
     */
    record Pending(Recorded recorded, String strategyId, String elementId, Consumer<EditionBatch> apply,
                   EventMessage<?> message) {
    }

    record ElementKey(String strategyId, String elementId) {
    }

    /** A history row; {@code contentChange}: the element's content after the change is {@code after}. */
    record ChangeRow(Recorded recorded, String strategyId, String elementId, ElementType type, String before,
                     String after, boolean contentChange, String statusAfter) {
    }

    record ReadingRow(String strategyId, long sequenceNumber, String elementId, String reading, String period,
                      BigDecimal value, String text, boolean replaces, LocalDate effectiveDate, Instant recordedAt) {
    }

    record LinkRow(Link link, LocalDate effectiveDate) {
    }

    record LinkRemoval(String strategyId, String linkId, LocalDate removedOn) {
    }

    record AnnotationRow(String strategyId, AnnotationView note) {
    }

    record AnnotationWithdrawal(String strategyId, String annotationId, LocalDate withdrawnOn) {
    }

    private final EditionTables tables;
    private final List<Pending> pending = new ArrayList<>();

    private Map<String, StrategyRow> strategies;
    private Map<ElementKey, ElementRow> elements;
    final Set<String> dirtyStrategies = new LinkedHashSet<>();
    final Set<ElementKey> dirtyElements = new LinkedHashSet<>();
    final Set<String> adoptions = new LinkedHashSet<>();
    final List<ChangeRow> changes = new ArrayList<>();
    final List<ReadingRow> readings = new ArrayList<>();
    final List<LinkRow> links = new ArrayList<>();
    final List<LinkRemoval> removals = new ArrayList<>();
    private RuntimeException failure;
    final List<AnnotationRow> annotations = new ArrayList<>();
    final List<AnnotationWithdrawal> withdrawals = new ArrayList<>();

    EditionBatch(EditionTables tables) {
        this.tables = tables;
    }

    void add(Pending p) {
        pending.add(p);
    }

    /** Makes the batch fail at its flush: an event applied on its own met a database out of reach. */
    void fail(RuntimeException cause) {
        failure = cause;
    }

    /** Loads what the events read, applies them in order, writes the rows. */
    void flush() {
        if (failure != null) {
            throw failure;
        }
        if (pending.isEmpty()) {
            return;
        }
        Set<String> applied = tables.appliedEvents(pending.stream().map(Pending::recorded).toList());
        Set<String> strategyIds = new LinkedHashSet<>();
        Set<ElementKey> elementKeys = new LinkedHashSet<>();
        for (Pending p : pending) {
            if (p.strategyId() != null) {
                strategyIds.add(p.strategyId());
                if (p.elementId() != null) {
                    elementKeys.add(new ElementKey(p.strategyId(), p.elementId()));
                }
            }
        }
        strategies = tables.strategies(strategyIds);
        elements = tables.elements(elementKeys);
        for (Pending p : pending) {
            if (!applied.isEmpty() && applied.contains(key(p.recorded()))) {
                continue;
            }
            p.apply().accept(this);
        }
        tables.write(this);
        pending.clear();
    }

    /** The aggregates whose events this batch holds: the sequences one of which failed, if the batch fails. */
    Set<String> aggregates() {
        Set<String> ids = new LinkedHashSet<>();
        pending.forEach(p -> ids.add(p.recorded().aggregateId()));
        return ids;
    }

    static String key(Recorded r) {
        return r.aggregateId() + '\u0000' + r.sequenceNumber();
    }

    List<StrategyRow> dirtyStrategyRows() {
        return dirtyStrategies.stream().map(strategies::get).toList();
    }

    List<Map.Entry<String, ElementRow>> dirtyElementRows() {
        return dirtyElements.stream().map(k -> Map.entry(k.strategyId(), elements.get(k))).toList();
    }

    // ----- what the events do, called in event order -----

    /** Appends the event's history row; live subscribers hear of it from there once the transaction commits. */
    void record(Recorded r, String strategyId, String elementId, ElementType type, Object before, Object after,
                boolean contentChange, String statusAfter) {
        changes.add(new ChangeRow(r, strategyId, elementId, type, EditionTables.json(before), EditionTables.json(after),
                contentChange, statusAfter));
    }

    StrategyRow strategy(String strategyId) {
        return strategies.get(strategyId);
    }

    void putStrategy(StrategyRow row) {
        strategies.put(row.strategyId(), row);
        dirtyStrategies.add(row.strategyId());
    }

    /** An element event moves the edition's version too. */
    void touch(String strategyId, Recorded r) {
        StrategyRow row = strategies.get(strategyId);
        if (row != null) {
            putStrategy(row.touched(r.sequenceNumber(), r.recordedAt()));
        }
    }

    ElementRow element(String strategyId, String elementId) {
        ElementRow row = elements.get(new ElementKey(strategyId, elementId));
        if (row == null) {
            throw new IllegalStateException("event for unknown element " + strategyId + "/" + elementId);
        }
        return row;
    }

    void putElement(String strategyId, ElementRow row) {
        ElementKey key = new ElementKey(strategyId, row.elementId());
        elements.put(key, row);
        dirtyElements.add(key);
    }

    /** Adopting an edition adopts its proposed elements: those in memory here, the others in the table at write. */
    void adoptProposedElements(String strategyId) {
        adoptions.add(strategyId);
        Map<ElementKey, ElementRow> adopted = new HashMap<>();
        elements.forEach((key, row) -> {
            if (key.strategyId().equals(strategyId) && row.status() == ElementStatus.PROPOSED) {
                adopted.put(key, row.withStatus(ElementStatus.ADOPTED));
            }
        });
        elements.putAll(adopted);
        dirtyElements.addAll(adopted.keySet());
    }

    void insertReading(ReadingRow row) {
        readings.add(row);
    }

    void insertLink(Link link, Recorded r) {
        links.add(new LinkRow(link, r.change().effectiveDate()));
    }

    void removeLink(String strategyId, String linkId, LocalDate removedOn) {
        removals.add(new LinkRemoval(strategyId, linkId, removedOn));
    }

    void putAnnotation(AnnotationRow row) {
        annotations.add(row);
    }

    void withdrawAnnotation(AnnotationWithdrawal withdrawal) {
        withdrawals.add(withdrawal);
    }
}
