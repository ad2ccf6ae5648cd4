package org.strategylifecycle.query.edition;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.StrategyJson;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of the edition projection, in schema {@code query}: the few set-based reads a batch of
 * events needs, and its writes as JDBC batches (one round trip per table and batch).
 */
@Repository
class EditionTables {

    private final JdbcTemplate jdbc;

    EditionTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these events have their history row already: they were applied before. */
    Set<String> appliedEvents(List<Recorded> events) {
        String[] aggregates = events.stream().map(Recorded::aggregateId).toArray(String[]::new);
        Long[] sequences = events.stream().map(Recorded::sequenceNumber).toArray(Long[]::new);
        Set<String> applied = new HashSet<>();
        jdbc.query("""
                        select c.aggregate_id, c.sequence_number from query.change c
                        join unnest(?, ?) as e(aggregate_id, sequence_number)
                          on c.aggregate_id = e.aggregate_id and c.sequence_number = e.sequence_number""",
                ps -> {
                    ps.setArray(1, array(ps, "varchar", aggregates));
                    ps.setArray(2, array(ps, "bigint", sequences));
                },
                (ResultSet rs) -> {
                    applied.add(rs.getString(1) + '\u0000' + rs.getLong(2));
                });
        return applied;
    }

    Map<String, StrategyRow> strategies(Collection<String> strategyIds) {
        Map<String, StrategyRow> rows = new HashMap<>();
        if (!strategyIds.isEmpty()) {
            String[] ids = strategyIds.toArray(String[]::new);
            jdbc.query("select * from query.strategy where strategy_id = any(?)",
                    ps -> ps.setArray(1, array(ps, "varchar", ids)),
                    (ResultSet rs) -> {
                        StrategyRow row = new StrategyRow(rs.getString("strategy_id"), rs.getString("line_id"),
                                rs.getString("title"), rs.getString("organization"), rs.getString("period"),
                                rs.getBoolean("referenced"), rs.getString("status"), rs.getString("superseded_by"),
                                rs.getObject("drafted_on", LocalDate.class), rs.getObject("adopted_on", LocalDate.class),
                                rs.getObject("ended_on", LocalDate.class), rs.getLong("version"),
                                rs.getTimestamp("updated_at").toInstant());
                        rows.put(row.strategyId(), row);
                    });
        }
        return rows;
    }

    Map<EditionBatch.ElementKey, ElementRow> elements(Collection<EditionBatch.ElementKey> keys) {
        Map<EditionBatch.ElementKey, ElementRow> rows = new HashMap<>();
        if (!keys.isEmpty()) {
            String[] strategies = keys.stream().map(EditionBatch.ElementKey::strategyId).toArray(String[]::new);
            String[] elements = keys.stream().map(EditionBatch.ElementKey::elementId).toArray(String[]::new);
            jdbc.query("""
                            select e.* from query.element e
                            join unnest(?, ?) as k(strategy_id, element_id)
                              on e.strategy_id = k.strategy_id and e.element_id = k.element_id""",
                    ps -> {
                        ps.setArray(1, array(ps, "varchar", strategies));
                        ps.setArray(2, array(ps, "varchar", elements));
                    },
                    (ResultSet rs) -> {
                        rows.put(new EditionBatch.ElementKey(rs.getString("strategy_id"), rs.getString("element_id")),
                                elementRow(rs, 0));
                    });
        }
        return rows;
    }

    /** Writes a batch's rows: editions first (elements refer to them), the history last. */
    void write(EditionBatch batch) {
        batch("""
                        insert into query.strategy (strategy_id, line_id, title, organization, period, referenced, status,
                            superseded_by, drafted_on, adopted_on, ended_on, version, updated_at)
                        values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (strategy_id) do update set line_id = excluded.line_id, title = excluded.title,
                            organization = excluded.organization, period = excluded.period,
                            referenced = excluded.referenced, status = excluded.status,
                            superseded_by = excluded.superseded_by, drafted_on = excluded.drafted_on,
                            adopted_on = excluded.adopted_on, ended_on = excluded.ended_on, version = excluded.version,
                            updated_at = excluded.updated_at""",
                batch.dirtyStrategyRows(), 1000, (ps, s) -> {
                    ps.setString(1, s.strategyId());
                    ps.setString(2, s.lineId());
                    ps.setString(3, s.title());
                    ps.setString(4, s.organization());
                    ps.setString(5, s.period());
                    ps.setBoolean(6, s.referenced());
                    ps.setString(7, s.status());
                    ps.setString(8, s.supersededBy());
                    date(ps, 9, s.draftedOn());
                    date(ps, 10, s.adoptedOn());
                    date(ps, 11, s.endedOn());
                    ps.setLong(12, s.version());
                    ps.setTimestamp(13, Timestamp.from(s.updatedAt()));
                });
        batch("update query.element set status = 'ADOPTED' where strategy_id = ? and status = 'PROPOSED'",
                List.copyOf(batch.adoptions), 1000, (ps, id) -> ps.setString(1, id));
        batch("""
                        insert into query.element (strategy_id, element_id, element_type, parent_id, number, label, title,
                            text, overview, kind, measure_type, printed_type, unit, display_order, status, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (strategy_id, element_id) do update set parent_id = excluded.parent_id,
                            number = excluded.number, label = excluded.label, title = excluded.title,
                            text = excluded.text, overview = excluded.overview, kind = excluded.kind,
                            measure_type = excluded.measure_type, printed_type = excluded.printed_type,
                            unit = excluded.unit, display_order = excluded.display_order, status = excluded.status,
                            version = excluded.version""",
                batch.dirtyElementRows(), 1000, (ps, entry) -> {
                    ElementRow e = entry.getValue();
                    ps.setString(1, entry.getKey());
                    ps.setString(2, e.elementId());
                    ps.setString(3, e.type().name());
                    ps.setString(4, e.parentId());
                    ps.setString(5, e.number());
                    ps.setString(6, e.label());
                    ps.setString(7, e.title());
                    ps.setString(8, e.text());
                    ps.setString(9, e.overview());
                    ps.setString(10, e.kind());
                    ps.setString(11, e.measureType());
                    ps.setString(12, e.printedType());
                    ps.setString(13, e.unit());
                    ps.setInt(14, e.order());
                    ps.setString(15, e.status().name());
                    ps.setLong(16, e.version());
                });
        batch("""
                        insert into query.measure_reading (strategy_id, sequence_number, element_id, reading, period, value,
                            text, replaces, effective_date, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                batch.readings, 1000, (ps, r) -> {
                    ps.setString(1, r.strategyId());
                    ps.setLong(2, r.sequenceNumber());
                    ps.setString(3, r.elementId());
                    ps.setString(4, r.reading());
                    ps.setString(5, r.period());
                    ps.setBigDecimal(6, r.value());
                    ps.setString(7, r.text());
                    ps.setBoolean(8, r.replaces());
                    date(ps, 9, r.effectiveDate());
                    ps.setTimestamp(10, Timestamp.from(r.recordedAt()));
                });
        batch("""
                        insert into query.link (strategy_id, link_id, link_type, element_id, target_strategy_id,
                            target_element_id, target_document, target_number, target_text, relation, basis, citation,
                            inferred_from, effective_date)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                        on conflict do nothing""",
                batch.links, 1000, (ps, row) -> {
                    Link l = row.link();
                    ps.setString(1, l.strategyId());
                    ps.setString(2, l.linkId());
                    ps.setString(3, l.type());
                    ps.setString(4, l.elementId());
                    ps.setString(5, l.targetStrategyId());
                    ps.setString(6, l.targetElementId());
                    ps.setString(7, l.targetDocument());
                    ps.setString(8, l.targetNumber());
                    ps.setString(9, l.targetText());
                    ps.setString(10, l.relation());
                    ps.setString(11, l.provenance().basis().name());
                    ps.setString(12, json(l.provenance().citation()));
                    ps.setString(13, l.provenance().inferredFrom());
                    date(ps, 14, row.effectiveDate());
                });
        batch("update query.link set removed_on = ? where strategy_id = ? and link_id = ?",
                batch.removals, 1000, (ps, r) -> {
                    date(ps, 1, r.removedOn());
                    ps.setString(2, r.strategyId());
                    ps.setString(3, r.linkId());
                });
        batch("""
                        insert into query.change (aggregate_id, sequence_number, global_index, strategy_id, element_id,
                            element_type, event_type, change_kind, effective_date, recorded_at, actor, rationale, source,
                            content, status_after, before, after)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?,
                            cast(? as jsonb), cast(? as jsonb))
                        on conflict (aggregate_id, sequence_number) do nothing""",
                batch.changes, 1000, (ps, c) -> {
                    Recorded r = c.recorded();
                    ps.setString(1, r.aggregateId());
                    ps.setLong(2, r.sequenceNumber());
                    ps.setLong(3, r.globalIndex());
                    ps.setString(4, c.strategyId());
                    ps.setString(5, c.elementId());
                    ps.setString(6, c.type() == null ? null : c.type().name());
                    ps.setString(7, r.eventType());
                    ps.setString(8, r.change().kind().name());
                    date(ps, 9, r.change().effectiveDate());
                    ps.setTimestamp(10, Timestamp.from(r.recordedAt()));
                    ps.setString(11, r.change().actor());
                    ps.setString(12, r.change().rationale());
                    ps.setString(13, json(r.change().source()));
                    ps.setString(14, c.content());
                    ps.setString(15, c.statusAfter());
                    ps.setString(16, c.before());
                    ps.setString(17, c.after());
                });
    }

    private <T> void batch(String sql, Collection<T> rows, int batchSize, ParameterizedPreparedStatementSetter<T> setter) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, batchSize, setter);
        }
    }

    /** Empties every table the projection owns, for a replay from the first event. */
    void deleteAll() {
        jdbc.update("truncate query.change, query.link, query.measure_reading, query.element, query.strategy");
    }

    static ElementRow elementRow(ResultSet rs, int row) throws SQLException {
        return new ElementRow(rs.getString("element_id"), ElementType.valueOf(rs.getString("element_type")),
                rs.getString("parent_id"), rs.getString("number"), rs.getString("label"), rs.getString("title"),
                rs.getString("text"), rs.getString("overview"), rs.getString("kind"), rs.getString("measure_type"),
                rs.getString("printed_type"), rs.getString("unit"), rs.getInt("display_order"),
                ElementStatus.valueOf(rs.getString("status")), rs.getLong("version"));
    }

    static String json(Object value) {
        return value == null ? null : StrategyJson.mapper().writeValueAsString(value);
    }

    private static void date(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }

    private static Array array(PreparedStatement ps, String type, Object[] values) throws SQLException {
        return ps.getConnection().createArrayOf(type, values);
    }
}
