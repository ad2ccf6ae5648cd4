package org.strategylifecycle.query.diff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.query.edition.EditionView;
import org.strategylifecycle.query.edition.StrategySummaryView;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/** What changed between two editions, or in one edition between two dates; as JSON or as text. */
@Tag(name = "Diffs", description = "What changed between two editions, or in one edition between two dates")
@RestController
class DiffController {

    private static final String DIFF_EDITIONS = """
            Elements paired by lineage link first, then by title, text, id or number where the wording is \
            alike; each change says how they were paired and what changed (ADDED, REMOVED, REWORDED, \
            RENUMBERED, MOVED, RETIRED). As JSON, or as text for people (Accept: text/plain).""";
    private static final String DIFF_DATES = """
            The edition as of `from` against itself as of `to`. As JSON, or as text for people \
            (Accept: text/plain).""";

    private final EditionReader editions;
    private final JdbcClient jdbc;

    DiffController(EditionReader editions, JdbcClient jdbc) {
        this.editions = editions;
        this.jdbc = jdbc;
    }

    @GetMapping(value = "/api/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "diffEditions", summary = "What changed between two editions", description = DIFF_EDITIONS)
    @Refuses(STRATEGY_NOT_FOUND)
    DiffView editions(@Parameter(description = "The earlier edition's id") @RequestParam String from,
                      @Parameter(description = "The later edition's id") @RequestParam String to,
                      @Parameter(description = "The earlier edition as of this effective date (default: now)")
                      @RequestParam(required = false) LocalDate fromAsOf,
                      @Parameter(description = "The later edition as of this effective date (default: now)")
                      @RequestParam(required = false) LocalDate toAsOf) {
        return Differ.diff(state(from, fromAsOf), state(to, toAsOf), lineage(to, from));
    }

    @GetMapping(value = "/api/diff", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(operationId = "diffEditions", summary = "What changed between two editions", description = DIFF_EDITIONS)
    @Refuses(STRATEGY_NOT_FOUND)
    String editionsText(@RequestParam String from, @RequestParam String to,
                        @RequestParam(required = false) LocalDate fromAsOf, @RequestParam(required = false) LocalDate toAsOf) {
        return Differ.text(editions(from, to, fromAsOf, toAsOf));
    }

    @GetMapping(value = "/api/strategies/{strategyId}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "diffDates", summary = "What changed in an edition between two dates", description = DIFF_DATES)
    @Refuses(STRATEGY_NOT_FOUND)
    DiffView dates(@PathVariable String strategyId,
                   @Parameter(description = "The earlier effective date") @RequestParam LocalDate from,
                   @Parameter(description = "The later effective date") @RequestParam LocalDate to) {
        return Differ.diff(state(strategyId, from), state(strategyId, to), Map.of());
    }

    @GetMapping(value = "/api/strategies/{strategyId}/diff", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(operationId = "diffDates", summary = "What changed in an edition between two dates", description = DIFF_DATES)
    @Refuses(STRATEGY_NOT_FOUND)
    String datesText(@PathVariable String strategyId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return Differ.text(dates(strategyId, from, to));
    }

    private EditionView state(String strategyId, LocalDate asOf) {
        StrategySummaryView strategy = editions.require(strategyId);
        EditionView view = asOf == null ? editions.current(strategy) : editions.asOf(strategy, asOf, null);
        if (view == null) {
            throw new StrategyException(ErrorCode.STRATEGY_NOT_FOUND, "edition " + strategyId + " was not yet drafted on " + asOf);
        }
        return view;
    }

    /** Element of {@code successor} → its predecessor element in {@code predecessor}, by lineage links. */
    private Map<String, String> lineage(String successor, String predecessor) {
        Map<String, String> pairs = new HashMap<>();
        jdbc.sql("""
                        select element_id, target_element_id from query.link
                        where link_type = 'LINEAGE' and strategy_id = :to and target_strategy_id = :from""")
                .param("to", successor).param("from", predecessor)
                .query(rs -> {
                    pairs.putIfAbsent(rs.getString("element_id"), rs.getString("target_element_id"));
                });
        return pairs;
    }
}
