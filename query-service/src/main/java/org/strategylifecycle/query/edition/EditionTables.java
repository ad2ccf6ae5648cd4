package org.strategylifecycle.query.edition;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.api.common.StrategyJson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

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

    /**
     * Which of these events have their history row already: they were applied before. An aggregate's
     * events are applied in order and a batch commits whole, so when no history row of an aggregate
     * lies at or after its first event in this batch, none of its events here was applied: one index
     * probe per aggregate answers the usual case (a replay, or a processor keeping up) in any segment,
     * and only a batch that meets rows it wrote before looks its events up one by one.
     */
    Set<String> appliedEvents(List<Recorded> events) {
        Map<String, Long> firsts = new HashMap<>();
        events.forEach(e -> firsts.merge(e.aggregateId(), e.sequenceNumber(), Math::min));
        String[] firstAggregates = firsts.keySet().toArray(String[]::new);
        Long[] firstSequences = Arrays.stream(firstAggregates).map(firsts::get).toArray(Long[]::new);
        Boolean seen = jdbc.query("""
                        select exists (select 1 from unnest(?, ?) as e(aggregate_id, sequence_number)
                          join query.change c on c.aggregate_id = e.aggregate_id and c.sequence_number >= e.sequence_number)""",
                ps -> {
                    ps.setArray(1, array(ps, "varchar", firstAggregates));
                    ps.setArray(2, array(ps, "bigint", firstSequences));
                },
                (ResultSet rs) -> rs.next() && rs.getBoolean(1));
        if (!Boolean.TRUE.equals(seen)) {
            return Set.of();
        }
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
                    text(ps, 1, s.strategyId());
                    text(ps, 2, s.lineId());
                    text(ps, 3, s.title());
                    text(ps, 4, s.organization());
                    text(ps, 5, s.period());
                    ps.setBoolean(6, s.referenced());
                    text(ps, 7, s.status());
                    text(ps, 8, s.supersededBy());
                    date(ps, 9, s.draftedOn());
                    date(ps, 10, s.adoptedOn());
                    date(ps, 11, s.endedOn());
                    ps.setLong(12, s.version());
                    ps.setTimestamp(13, Timestamp.from(s.updatedAt()));
                });
        batch("update query.element set status = 'ADOPTED' where strategy_id = ? and status = 'PROPOSED'",
                List.copyOf(batch.adoptions), 1000, (ps, id) -> text(ps, 1, id));
        List<Map.Entry<String, ElementRow>> elements = batch.dirtyElementRows();
        insert("""
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
        copy("""
                        copy query.measure_reading (strategy_id, sequence_number, element_id, reading, period, value, text,
                            replaces, effective_date, recorded_at) from stdin""",
                batch.readings, (row, r) -> row.add(r.strategyId()).add(r.sequenceNumber()).add(r.elementId())
                        .add(r.reading()).add(r.period()).add(r.value() == null ? null : r.value().toPlainString())
                        .add(r.text()).add(r.replaces()).add(r.effectiveDate()).add(r.recordedAt()));
        batch("""
                        insert into query.link (strategy_id, link_id, link_type, element_id, target_strategy_id,
                            target_element_id, target_document, target_number, target_text, relation, basis, citation,
                            inferred_from, effective_date)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                        on conflict do nothing""",
                batch.links, 1000, (ps, row) -> {
                    Link l = row.link();
                    text(ps, 1, l.strategyId());
                    text(ps, 2, l.linkId());
                    text(ps, 3, l.type());
                    text(ps, 4, l.elementId());
                    text(ps, 5, l.targetStrategyId());
                    text(ps, 6, l.targetElementId());
                    text(ps, 7, l.targetDocument());
                    text(ps, 8, l.targetNumber());
                    text(ps, 9, l.targetText());
                    text(ps, 10, l.relation());
                    text(ps, 11, l.provenance().basis().name());
                    text(ps, 12, json(l.provenance().citation()));
                    text(ps, 13, l.provenance().inferredFrom());
                    date(ps, 14, row.effectiveDate());
                });
        batch("update query.link set removed_on = ? where strategy_id = ? and link_id = ?",
                batch.removals, 1000, (ps, r) -> {
                    date(ps, 1, r.removedOn());
                    text(ps, 2, r.strategyId());
                    text(ps, 3, r.linkId());
                });
        // In event order, so a revision in the same batch lands after its recording; a withdrawal
        // is always an annotation's last event, so withdrawals go last.
        batch("""
                        insert into query.annotation (strategy_id, annotation_id, subject_kind, subject_id, field,
                            uncertainty, alternatives, chosen_reading, reason, effective_date, recorded_at)
                        values (?, ?, ?, ?, ?, ?, cast(? as json), ?, ?, ?, ?)
                        on conflict (strategy_id, annotation_id) do update set uncertainty = excluded.uncertainty,
                            alternatives = excluded.alternatives, chosen_reading = excluded.chosen_reading,
                            reason = excluded.reason, effective_date = excluded.effective_date,
                            recorded_at = excluded.recorded_at""",
                batch.annotations, 1000, (ps, row) -> {
                    AnnotationView n = row.note();
                    ps.setString(1, row.strategyId());
                    ps.setString(2, n.annotationId());
                    ps.setString(3, n.subject().kind().name());
                    ps.setString(4, n.subject().id());
                    ps.setString(5, n.subject().field());
                    ps.setString(6, n.uncertainty());
                    ps.setString(7, json(n.alternatives()));
                    ps.setString(8, n.chosenReading());
                    ps.setString(9, n.reason());
                    date(ps, 10, n.effectiveDate());
                    ps.setTimestamp(11, Timestamp.from(n.recordedAt()));
                });
        batch("update query.annotation set withdrawn_on = ? where strategy_id = ? and annotation_id = ?",
                batch.withdrawals, 1000, (ps, w) -> {
                    date(ps, 1, w.withdrawnOn());
                    ps.setString(2, w.strategyId());
                    ps.setString(3, w.annotationId());
                });
        copy("""
                        copy query.change (aggregate_id, sequence_number, global_index, strategy_id, element_id,
                            element_type, event_type, change_kind, effective_date, recorded_at, actor, rationale, source,
                            content_change, status_after, before, after, chain_hash) from stdin""",
                batch.changes, (row, c) -> {
                    Recorded r = c.recorded();
                    row.add(r.aggregateId()).add(r.sequenceNumber()).add(r.globalIndex()).add(c.strategyId())
                            .add(c.elementId()).add(c.type() == null ? null : c.type().name()).add(r.eventType())
                            .add(r.change().kind().name()).add(r.change().effectiveDate()).add(r.recordedAt())
                            .add(r.change().actor()).add(r.change().rationale()).add(json(r.change().source()))
                            .add(c.contentChange()).add(c.statusAfter()).add(c.before()).add(c.after())
                            .add(r.chainHash());
                });
    }

    /**
     * Appends rows with COPY, PostgreSQL's fastest way in. COPY knows no "on conflict": these rows are
     * keyed on their event, and the batch left out the events applied before ({@link #appliedEvents});
     * should one slip through anyway (a second writer), the unique key fails the batch, which is then
     * retried and finds it applied.
     */
    private <T> void copy(String sql, List<T> rows, BiConsumer<CopyRow, T> writer) {
        if (rows.isEmpty()) {
            return;
        }
        CopyRow text = new CopyRow(rows.size());
        for (T row : rows) {
            writer.accept(text, row);
            text.end();
        }
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, text.stream());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // reading an array: does not happen
            }
        });
    }

    /** COPY's text format: tab-separated, \N for null, backslash escapes. */
    /**
     * COPY's text format, written straight into UTF-8 bytes (the driver would otherwise encode a string
     * of the whole batch once more). Backslash, tab, newline and carriage return are the only bytes
     * COPY needs escaped, and in UTF-8 they never occur inside a multi-byte character.
     */
    private static final class CopyRow {
        private byte[] bytes;
        private int length;
        private boolean first = true;

        /** Room for {@code rows} history-sized rows (about 1.5 KB each), so the buffer seldom grows. */
        CopyRow(int rows) {
            bytes = new byte[Math.max(1 << 12, rows * 2048)];
        }

        CopyRow add(Object value) {
            if (!first) {
                put((byte) '\t');
            }
            first = false;
            if (value == null) {
                put((byte) '\\');
                put((byte) 'N');
                return this;
            }
            byte[] text = (value instanceof Boolean b ? (b ? "t" : "f") : value.toString()).getBytes(StandardCharsets.UTF_8);
            ensure(text.length * 3); // an escape takes two bytes, a NUL three
            for (byte c : text) {
                switch (c) {
                    case 0 -> symbolForNul();
                    case '\\' -> escaped((byte) '\\');
                    case '\t' -> escaped((byte) 't');
                    case '\n' -> escaped((byte) 'n');
                    case '\r' -> escaped((byte) 'r');
                    default -> bytes[length++] = c;
                }
            }
            return this;
        }

        void end() {
            put((byte) '\n');
            first = true;
        }

        InputStream stream() {
            return new ByteArrayInputStream(bytes, 0, length);
        }

        /** U+0000 is the only character whose UTF-8 holds a zero byte: it goes in as U+2400 ({@link ReadModelText}). */
        private void symbolForNul() {
            bytes[length++] = (byte) 0xE2;
            bytes[length++] = (byte) 0x90;
            bytes[length++] = (byte) 0x80;
        }

        private void escaped(byte c) {
            bytes[length++] = '\\';
            bytes[length++] = c;
        }

        private void put(byte c) {
            ensure(2);
            bytes[length++] = c;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    /** A column of a set-based insert: its rows' values as one array parameter. */
    private record Column<T>(String type, Function<T, Object> value) {
    }

    private static <T> Column<T> column(String type, Function<T, Object> value) {
        return new Column<>(type, value);
    }

    /** One statement for all the rows, each column an array that {@code unnest} turns back into rows. */
    @SafeVarargs
    private <T> void insert(String sql, List<T> rows, Column<T>... columns) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.update(sql, ps -> {
            for (int i = 0; i < columns.length; i++) {
                Object[] values = new Object[rows.size()];
                for (int r = 0; r < values.length; r++) {
                    values[r] = columns[i].value().apply(rows.get(r));
                }
                ps.setArray(i + 1, array(ps, columns[i].type(), values));
            }
        });
    }

    private <T> void batch(String sql, Collection<T> rows, int batchSize, ParameterizedPreparedStatementSetter<T> setter) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, batchSize, setter);
        }
    }

    /** Empties every table the projection owns, for a replay from the first event. */
    void deleteAll() {
        jdbc.update("truncate query.change, query.link, query.measure_reading, query.element, query.strategy, query.annotation");
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

    static String json(Object value) {
        return value == null ? null : ReadModelText.ofJson(StrategyJson.mapper().writeValueAsString(value));
    }

    /** Every text parameter goes in as the read models store text ({@link ReadModelText}). */
    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        ps.setString(index, ReadModelText.of(value));
    }

    private static void date(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }

    private static Array array(PreparedStatement ps, String type, Object[] values) throws SQLException {
        if (values instanceof String[] || values.length > 0 && values[0] instanceof String) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof String text) {
                    values[i] = ReadModelText.of(text);
                }
            }
        }
        return ps.getConnection().createArrayOf(type, values);
    }
}
