package org.strategylifecycle.query.diff;

import org.strategylifecycle.query.link.LinkReader;
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
    private final LinkReader links;

    Comparisons(EditionReader editions, LinkReader links) {
        this.editions = editions;
        this.links = links;
    }

    /** Two editions (each now, or as of a date), paired by lineage first. */
    public DiffView editions(String from, String to, LocalDate fromAsOf, LocalDate toAsOf) {
        return editions(from, to, fromAsOf, toAsOf, DiffFilter.NONE);
    }

    /** Two editions, only the entries {@code filter} keeps. */
    public DiffView editions(String from, String to, LocalDate fromAsOf, LocalDate toAsOf, DiffFilter filter) {
        EditionView newer = state(to, toAsOf);
        return Differ.filter(Differ.diff(state(from, fromAsOf), newer, links.lineagePairs(to, from)), newer, filter);
    }

    /** One edition at two dates, only the entries {@code filter} keeps. */
    public DiffView dates(String strategyId, LocalDate from, LocalDate to, DiffFilter filter) {
        EditionView newer = state(strategyId, to);
        return Differ.filter(Differ.diff(state(strategyId, from), newer, Map.of()), newer, filter);
    }

    private EditionView state(String strategyId, LocalDate asOf) {
        return editions.at(editions.require(strategyId), asOf, null);
    }
}
