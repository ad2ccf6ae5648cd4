package org.strategylifecycle.query.measure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.query.edition.EditionReader;

import java.time.LocalDate;
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

    private final JdbcClient jdbc;
    private final EditionReader editions;

    MeasureReader(JdbcClient jdbc, EditionReader editions) {
        this.jdbc = jdbc;
        this.editions = editions;
    }

    /** The edition's measures; the caller checks that the edition exists. */
    public List<MeasureView> measures(String strategyId) {
        Map<String, List<MeasureView.Reading>> targets = new LinkedHashMap<>();
        Map<String, List<MeasureView.Reading>> actuals = new LinkedHashMap<>();
        jdbc.sql("select * from query.measure_reading where strategy_id = :id order by sequence_number")
                .param("id", strategyId)
                .query(rs -> {
                    var reading = new MeasureView.Reading(rs.getString("period"), rs.getBigDecimal("value"),
                            rs.getString("text"), rs.getBoolean("replaces"), rs.getObject("effective_date", LocalDate.class),
                            rs.getTimestamp("recorded_at").toInstant(), rs.getLong("sequence_number"));
                    ("TARGET".equals(rs.getString("reading")) ? targets : actuals)
                            .computeIfAbsent(rs.getString("element_id"), k -> new ArrayList<>()).add(reading);
                });
        return editions.elements(strategyId, ElementType.MEASURE).stream()
                .map(e -> new MeasureView(strategyId, e.elementId(), e.parentId(), e.number(), e.title(), e.measureType(),
                        e.printedType(), e.unit(), e.status().name(),
                        targets.getOrDefault(e.elementId(), List.of()), actuals.getOrDefault(e.elementId(), List.of())))
                .toList();
    }
}
