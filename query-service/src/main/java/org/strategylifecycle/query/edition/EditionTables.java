package org.strategylifecycle.query.edition;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.api.common.StrategyStatus;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.query.projection.Recorded;
import org.strategylifecycle.query.projection.TableWriter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.strategylifecycle.query.projection.TableWriter.array;
import static org.strategylifecycle.query.projection.TableWriter.column;
import static org.strategylifecycle.query.projection.TableWriter.date;
import static org.strategylifecycle.query.projection.TableWriter.json;
import static org.strategylifecycle.query.projection.TableWriter.text;

/**
 * The SQL of the editions read model, in schema {@code query}: the two set-based reads a batch of
 * events needs, and its writes, one round trip per table and batch ({@link TableWriter}).
 */
@Repository
class EditionTables {

    private final TableWriter tables;
    private final JdbcTemplate jdbc;

    EditionTables(TableWriter tables) {
        this.tables = tables;
        this.jdbc = tables.jdbc();
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
                                rs.getBoolean("referenced"), StrategyStatus.valueOf(rs.getString("status")), rs.getString("superseded_by"),
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
        tables.batch("""
                        insert into query.strategy (strategy_id, line_id, title, organization, period, referenced, status,
                            superseded_by, drafted_on, adopted_on, ended_on, version, updated_at)
                        values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (strategy_id) do update set line_id = excluded.line_id, title = excluded.title,
                            organization = excluded.organization, period = excluded.period,
                            referenced = excluded.referenced, status = excluded.status,
                            superseded_by = excluded.superseded_by, drafted_on = excluded.drafted_on,
                            adopted_on = excluded.adopted_on, ended_on = excluded.ended_on, version = excluded.version,
                            updated_at = excluded.updated_at""",
                batch.dirtyStrategyRows(), (ps, s) -> {
                    text(ps, 1, s.strategyId());
                    text(ps, 2, s.lineId());
                    text(ps, 3, s.title());
                    text(ps, 4, s.organization());
                    text(ps, 5, s.period());
                    ps.setBoolean(6, s.referenced());
                    text(ps, 7, s.status().name());
                    text(ps, 8, s.supersededBy());
                    date(ps, 9, s.draftedOn());
                    date(ps, 10, s.adoptedOn());
                    date(ps, 11, s.endedOn());
                    ps.setLong(12, s.version());
                    ps.setTimestamp(13, Timestamp.from(s.updatedAt()));
                });
        tables.batch("update query.element set status = 'ADOPTED' where strategy_id = ? and status = 'PROPOSED'",
                List.copyOf(batch.adoptions), (ps, id) -> text(ps, 1, id));
        List<Map.Entry<String, ElementRow>> elements = batch.dirtyElementRows();
        tables.upsert("""
                        insert into query.element (strategy_id, element_id, element_type, parent_id, number, label, title,
                            text, overview, kind, measure_type, printed_type, unit, display_order, status, version,
                            stakeholder_type, roles, external_id)
                        select s, i, t, p, n, l, ti, tx, o, k, m, pt, u, d, st, v, sk, r::json, x
                        from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                            ?::varchar[], ?::text[], ?::text[], ?::text[], ?::varchar[], ?::varchar[], ?::varchar[],
                            ?::varchar[], ?::integer[], ?::varchar[], ?::bigint[], ?::varchar[], ?::text[], ?::varchar[])
                            as batch(s, i, t, p, n, l, ti, tx, o, k, m, pt, u, d, st, v, sk, r, x)
                        on conflict (strategy_id, element_id) do update set parent_id = excluded.parent_id,
                            number = excluded.number, label = excluded.label, title = excluded.title,
                            text = excluded.text, overview = excluded.overview, kind = excluded.kind,
                            measure_type = excluded.measure_type, printed_type = excluded.printed_type,
                            unit = excluded.unit, display_order = excluded.display_order, status = excluded.status,
                            version = excluded.version, stakeholder_type = excluded.stakeholder_type,
                            roles = excluded.roles, external_id = excluded.external_id""",
                elements,
                column("varchar", Map.Entry::getKey),
                column("varchar", e -> e.getValue().elementId()),
                column("varchar", e -> e.getValue().type().name()),
                column("varchar", e -> e.getValue().parentId()),
                column("varchar", e -> e.getValue().number()),
                column("varchar", e -> e.getValue().label()),
                column("text", e -> e.getValue().title()),
                column("text", e -> e.getValue().text()),
                column("text", e -> e.getValue().overview()),
                column("varchar", e -> e.getValue().kind()),
                column("varchar", e -> e.getValue().measureType()),
                column("varchar", e -> e.getValue().printedType()),
                column("varchar", e -> e.getValue().unit()),
                column("integer", e -> e.getValue().order()),
                column("varchar", e -> e.getValue().status().name()),
                column("bigint", e -> e.getValue().version()),
                column("varchar", e -> e.getValue().stakeholderType()),
                column("text", e -> json(e.getValue().roles())),
                column("varchar", e -> e.getValue().externalId()));
        tables.copy("""
                        copy query.change (aggregate_id, sequence_number, global_index, strategy_id, element_id,
                            element_type, event_type, change_kind, effective_date, recorded_at, actor, rationale, source,
                            content_change, status_after, before, after, chain_hash) from stdin""",
                batch.changes, (row, c) -> {
                    Recorded r = c.recorded();
                    row.add(r.aggregateId()).add(r.sequenceNumber()).add(r.globalIndex()).add(c.strategyId())
                            .add(c.elementId()).add(c.type() == null ? null : c.type().name()).add(r.eventType())
                            .add(r.change().kind().name()).add(r.change().effectiveDate()).add(r.recordedAt())
                            .add(r.change().actor()).add(r.change().rationale()).add(json(r.change().source()))
                            .add(c.contentChange()).add(c.statusAfter() == null ? null : c.statusAfter().name()).add(c.before()).add(c.after())
                            .add(r.chainHash());
                });
    }

    static ElementRow elementRow(ResultSet rs, int row) throws SQLException {
        return new ElementRow(rs.getString("element_id"), ElementType.valueOf(rs.getString("element_type")),
                rs.getString("parent_id"), rs.getString("number"), rs.getString("label"), rs.getString("title"),
                rs.getString("text"), rs.getString("overview"), rs.getString("kind"), rs.getString("measure_type"),
                rs.getString("printed_type"), rs.getString("unit"), rs.getInt("display_order"),
                ElementStatus.valueOf(rs.getString("status")), rs.getLong("version"), rs.getString("stakeholder_type"),
                roles(rs.getString("roles")), rs.getString("external_id"));
    }

    private static List<StakeholderRole> roles(String json) {
        return json == null ? null : List.of(StrategyJson.mapper().readValue(json, StakeholderRole[].class));
    }
}
