package org.strategylifecycle.query.measure;

import org.springframework.jdbc.core.simple.JdbcClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/** Measures of an edition with their targets and actuals per period, restatements included. */
@Tag(name = "Measures", description = "Measures with their targets and actuals per period")
@RestController
class MeasureController {

    private final JdbcClient jdbc;
    private final EditionReader editions;

    MeasureController(JdbcClient jdbc, EditionReader editions) {
        this.jdbc = jdbc;
        this.editions = editions;
    }

    @GetMapping("/api/strategies/{strategyId}/measures")
    @Operation(operationId = "getMeasures", summary = "The measures of an edition with every target and actual",
            description = "Each measure with its targets and actuals as first reported and as later restated, in recording order.")
    @Refuses(STRATEGY_NOT_FOUND)
    List<MeasureView> measures(@PathVariable String strategyId) {
        editions.require(strategyId);
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
