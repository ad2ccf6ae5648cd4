package org.strategylifecycle.query.diff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.query.edition.EditionView;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Reads the two states a diff compares and the lineage links between them, and diffs them. */
@Component
public class Comparisons {

    private final EditionReader editions;
    private final JdbcClient jdbc;

    Comparisons(EditionReader editions, JdbcClient jdbc) {
        this.editions = editions;
        this.jdbc = jdbc;
    }

    /** Two editions (each now, or as of a date), paired by lineage first. */
    public DiffView editions(String from, String to, LocalDate fromAsOf, LocalDate toAsOf) {
        return editions(from, to, fromAsOf, toAsOf, DiffFilter.NONE);
    }

    /** Two editions, only the entries {@code filter} keeps. */
    public DiffView editions(String from, String to, LocalDate fromAsOf, LocalDate toAsOf, DiffFilter filter) {
        EditionView newer = state(to, toAsOf);
        return Differ.filter(Differ.diff(state(from, fromAsOf), newer, lineage(to, from)), newer, filter);
    }

    /** One edition at two dates, only the entries {@code filter} keeps. */
    public DiffView dates(String strategyId, LocalDate from, LocalDate to, DiffFilter filter) {
        EditionView newer = state(strategyId, to);
        return Differ.filter(Differ.diff(state(strategyId, from), newer, Map.of()), newer, filter);
    }

    private EditionView state(String strategyId, LocalDate asOf) {
        return editions.at(editions.require(strategyId), asOf, null);
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
