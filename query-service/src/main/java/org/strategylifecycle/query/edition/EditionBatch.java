package org.strategylifecycle.query.edition;

import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.query.projection.ReadModel;
import org.strategylifecycle.query.projection.Recorded;
import org.strategylifecycle.query.projection.TableWriter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the editions read model (editions, their elements, and the history of every event)
 * that one unit of work's events change: loaded in two queries before the events apply
 * ({@link #load}), changed in memory in event order, written once per table ({@link EditionTables#write}).
 */
final class EditionBatch implements ReadModel.Batch {

    record ElementKey(String strategyId, String elementId) {
    }

    /** A history row; {@code contentChange}: the element's content after the change is {@code after}. */
    record ChangeRow(Recorded recorded, String strategyId, String elementId, ElementType type, String before,
                     String after, boolean contentChange, Enum<?> statusAfter) {
    }

    private final EditionTables tables;
    private Map<String, StrategyRow> strategies;
    private Map<ElementKey, ElementRow> elements;
    final Set<String> dirtyStrategies = new LinkedHashSet<>();
    final Set<ElementKey> dirtyElements = new LinkedHashSet<>();
    final Set<String> adoptions = new LinkedHashSet<>();
    final List<ChangeRow> changes = new ArrayList<>();

    EditionBatch(EditionTables tables) {
        this.tables = tables;
    }

    /** The editions and elements the events read: a strategy id, or an {@link ElementKey} (with its edition). */
    @Override
    public void load(List<Object> reads) {
        Set<String> strategyIds = new LinkedHashSet<>();
        Set<ElementKey> elementKeys = new LinkedHashSet<>();
        for (Object read : reads) {
            if (read instanceof ElementKey key) {
                strategyIds.add(key.strategyId());
                elementKeys.add(key);
            } else if (read instanceof String strategyId) {
                strategyIds.add(strategyId);
            }
        }
        strategies = tables.strategies(strategyIds);
        elements = tables.elements(elementKeys);
    }

    @Override
    public void write() {
        tables.write(this);
    }

    List<StrategyRow> dirtyStrategyRows() {
        return dirtyStrategies.stream().map(strategies::get).toList();
    }

    List<Map.Entry<String, ElementRow>> dirtyElementRows() {
        return dirtyElements.stream().map(k -> Map.entry(k.strategyId(), elements.get(k))).toList();
    }

    // ----- what the events do, called in event order -----

    /**
     * Appends the event's history row; live subscribers hear of it from there once the transaction commits.
     * {@code statusAfter}: the edition's ({@code StrategyStatus}) or the element's ({@code ElementStatus})
     * status after it, if it set one.
     */
    void record(Recorded r, String strategyId, String elementId, ElementType type, Object before, Object after,
                boolean contentChange, Enum<?> statusAfter) {
        changes.add(new ChangeRow(r, strategyId, elementId, type, TableWriter.json(before), TableWriter.json(after),
                contentChange, statusAfter));
    }

    StrategyRow strategy(String strategyId) {
        return strategies.get(strategyId);
    }

    void putStrategy(StrategyRow row) {
        strategies.put(row.strategyId(), row);
        dirtyStrategies.add(row.strategyId());
    }

    /** An element event, or a link, measure or note of the edition, moves the edition's version too. */
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
}
