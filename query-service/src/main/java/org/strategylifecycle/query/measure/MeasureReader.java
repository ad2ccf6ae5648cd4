package org.strategylifecycle.query.measure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an edition's measures with every target and actual, restatements included, in recording order. */
@Repository
public class MeasureReader {

    private final JdbcClient jdbc;

    MeasureReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql("""
                        select * from query.element where strategy_id = :id and element_type = 'MEASURE'
                        order by parent_id, display_order, element_id""")
                .param("id", strategyId)
                .query((rs, i) -> new MeasureView(strategyId, rs.getString("element_id"), rs.getString("parent_id"),
                        rs.getString("number"), rs.getString("title"), rs.getString("measure_type"),
                        rs.getString("printed_type"), rs.getString("unit"), rs.getString("status"),
                        targets.getOrDefault(rs.getString("element_id"), List.of()),
                        actuals.getOrDefault(rs.getString("element_id"), List.of())))
                .list();
    }
}
