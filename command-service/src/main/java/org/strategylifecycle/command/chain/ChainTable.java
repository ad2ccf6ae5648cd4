package org.strategylifecycle.command.chain;

import javax.sql.DataSource;
import java.util.function.Predicate;

/** The store-wide chain as the chain keeper wrote it (table event_chain, in PostgreSQL in both deployments). */
final class ChainTable {

    private static final String COLUMNS = """
            select l.position, l.global_index, l.event_identifier, l.aggregate_identifier, l.sequence_number,
                   l.event_hash, l.link_hash, %s from event_chain l""";

    private final DataSource dataSource;

    ChainTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void links(Predicate<StoredLink> sink) {
        read(COLUMNS.formatted("null") + " order by l.position", null, sink);
    }

    /** One aggregate's links, each with the link hash before it, so each can be checked on its own. */
    void linksOf(String aggregateIdentifier, Predicate<StoredLink> sink) {
        read(COLUMNS.formatted("p.link_hash") + " left join event_chain p on p.position = l.position - 1"
                + " where l.aggregate_identifier = ? order by l.position", aggregateIdentifier, sink);
    }

    private void read(String sql, String aggregateIdentifier, Predicate<StoredLink> sink) {
        Jdbc.query(dataSource, sql, aggregateIdentifier, rows -> new StoredLink(rows.getLong(1), rows.getLong(2),
                rows.getString(3), rows.getString(4), rows.getLong(5), rows.getString(6), rows.getString(7),
                rows.getString(8)), sink);
    }
}
