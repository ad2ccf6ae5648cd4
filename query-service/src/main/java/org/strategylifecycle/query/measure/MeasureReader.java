package org.strategylifecycle.query.measure;

import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.query.edition.EditionReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an edition's measures (their definitions from the editions read model) with every target and
 * actual from the measure readings, restatements included, in recording order.
 */
@Repository
public class MeasureReader {

    private final MeasureReadings readings;
    private final EditionReader editions;

    MeasureReader(MeasureReadings readings, EditionReader editions) {
        this.readings = readings;
        this.editions = editions;
    }

    /** The edition's measures; the caller checks that the edition exists. */
    public List<MeasureView> measures(String strategyId) {
        Map<String, List<MeasureView.Reading>> targets = new LinkedHashMap<>();
        Map<String, List<MeasureView.Reading>> actuals = new LinkedHashMap<>();
        for (ReadingRow r : readings.of(strategyId)) {
            (r.kind() == ReadingRow.Kind.TARGET ? targets : actuals).computeIfAbsent(r.elementId(), k -> new ArrayList<>())
                    .add(new MeasureView.Reading(r.period(), r.value(), r.text(), r.replaces(), r.effectiveDate(),
                            r.recordedAt(), r.sequenceNumber()));
        }
        return editions.elements(strategyId, ElementType.MEASURE).stream()
                .map(e -> new MeasureView(strategyId, e.elementId(), e.parentId(), e.number(), e.title(), e.measureType(),
                        e.printedType(), e.unit(), e.status().name(),
                        targets.getOrDefault(e.elementId(), List.of()), actuals.getOrDefault(e.elementId(), List.of())))
                .toList();
    }
}
