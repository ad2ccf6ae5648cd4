package org.strategylifecycle.query.edition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.StrategyJson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;

/** The writes of the edition projection: current-state tables and the history, in schema {@code query}. */
@Repository
class EditionTables {

    private final JdbcClient jdbc;

    EditionTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends the history row of an event; false when the event was recorded before (a redelivery),
     * in which case the caller changes nothing else.
     */
    boolean recordChange(Recorded r, String strategyId, String elementId, ElementType type,
                         Object before, Object after, boolean contentChange, String statusAfter) {
        return jdbc.sql("""
                        insert into query.change (aggregate_id, sequence_number, global_index, strategy_id, element_id,
                            element_type, event_type, change_kind, effective_date, recorded_at, actor, rationale, source,
                            content, status_after, before, after)
                        values (:aggregate, :seq, :global, :strategy, :element, :type, :event, :kind, :effective, :recorded,
                            :actor, :rationale, cast(:source as jsonb), cast(:content as jsonb), :status,
                            cast(:before as jsonb), cast(:after as jsonb))
                        on conflict (aggregate_id, sequence_number) do nothing""")
                .param("aggregate", r.aggregateId())
                .param("seq", r.sequenceNumber())
                .param("global", r.globalIndex())
                .param("strategy", strategyId)
                .param("element", elementId)
                .param("type", type == null ? null : type.name())
                .param("event", r.eventType())
                .param("kind", r.change().kind().name())
                .param("effective", r.change().effectiveDate())
                .param("recorded", Timestamp.from(r.recordedAt()))
                .param("actor", r.change().actor())
                .param("rationale", r.change().rationale())
                .param("source", json(r.change().source()))
                .param("content", contentChange ? json(after) : null)
                .param("status", statusAfter)
                .param("before", json(before))
                .param("after", json(after))
                .update() == 1;
    }

    void insertStrategy(String strategyId, String lineId, String title, Object organization, Object period,
                        boolean referenced, LocalDate draftedOn, Recorded r) {
        jdbc.sql("""
                        insert into query.strategy (strategy_id, line_id, title, organization, period, referenced, status,
                            drafted_on, version, updated_at)
                        values (:id, :line, :title, cast(:org as jsonb), cast(:period as jsonb), :referenced, 'DRAFT',
                            :drafted, :version, :updated)""")
                .param("id", strategyId).param("line", lineId).param("title", title)
                .param("org", json(organization)).param("period", json(period)).param("referenced", referenced)
                .param("drafted", draftedOn).param("version", r.sequenceNumber())
                .param("updated", Timestamp.from(r.recordedAt()))
                .update();
    }

    void updateStrategyStatus(String strategyId, String status, LocalDate adoptedOn, LocalDate endedOn,
                              String supersededBy, Recorded r) {
        jdbc.sql("""
                        update query.strategy set status = :status, adopted_on = coalesce(:adopted, adopted_on),
                            ended_on = coalesce(:ended, ended_on), superseded_by = coalesce(:by, superseded_by),
                            version = :version, updated_at = :updated
                        where strategy_id = :id""")
                .param("status", status).param("adopted", adoptedOn, Types.DATE).param("ended", endedOn, Types.DATE)
                .param("by", supersededBy).param("version", r.sequenceNumber())
                .param("updated", Timestamp.from(r.recordedAt())).param("id", strategyId)
                .update();
    }

    /** Records that the edition changed (an element event moves the edition's version too). */
    void touchStrategy(String strategyId, Recorded r) {
        jdbc.sql("update query.strategy set version = :version, updated_at = :updated where strategy_id = :id")
                .param("version", r.sequenceNumber()).param("updated", Timestamp.from(r.recordedAt()))
                .param("id", strategyId).update();
    }

    /** Adopting an edition adopts its proposed elements. */
    void adoptProposedElements(String strategyId) {
        jdbc.sql("update query.element set status = 'ADOPTED' where strategy_id = :id and status = 'PROPOSED'")
                .param("id", strategyId).update();
    }

    String strategyStatus(String strategyId) {
        return jdbc.sql("select status from query.strategy where strategy_id = :id")
                .param("id", strategyId).query(String.class).optional().orElse(null);
    }

    Optional<ElementRow> element(String strategyId, String elementId) {
        return jdbc.sql("select * from query.element where strategy_id = :s and element_id = :e")
                .param("s", strategyId).param("e", elementId)
                .query(EditionTables::elementRow).optional();
    }

    void saveElement(String strategyId, ElementRow e) {
        jdbc.sql("""
                        insert into query.element (strategy_id, element_id, element_type, parent_id, number, label, title,
                            text, overview, kind, measure_type, printed_type, unit, display_order, status, version)
                        values (:s, :id, :type, :parent, :number, :label, :title, :text, :overview, :kind, :mtype,
                            :ptype, :unit, :order, :status, :version)
                        on conflict (strategy_id, element_id) do update set parent_id = excluded.parent_id,
                            number = excluded.number, label = excluded.label, title = excluded.title,
                            text = excluded.text, overview = excluded.overview, kind = excluded.kind,
                            measure_type = excluded.measure_type, printed_type = excluded.printed_type,
                            unit = excluded.unit, display_order = excluded.display_order, status = excluded.status,
                            version = excluded.version""")
                .param("s", strategyId).param("id", e.elementId()).param("type", e.type().name())
                .param("parent", e.parentId()).param("number", e.number()).param("label", e.label())
                .param("title", e.title()).param("text", e.text()).param("overview", e.overview())
                .param("kind", e.kind()).param("mtype", e.measureType()).param("ptype", e.printedType())
                .param("unit", e.unit()).param("order", e.order()).param("status", e.status().name())
                .param("version", e.version())
                .update();
    }

    void insertReading(String strategyId, String elementId, String reading, String period, Object value, String text,
                       boolean replaces, Recorded r) {
        jdbc.sql("""
                        insert into query.measure_reading (strategy_id, sequence_number, element_id, reading, period, value,
                            text, replaces, effective_date, recorded_at)
                        values (:s, :seq, :e, :reading, :period, :value, :text, :replaces, :effective, :recorded)
                        on conflict do nothing""")
                .param("s", strategyId).param("seq", r.sequenceNumber()).param("e", elementId)
                .param("reading", reading).param("period", period).param("value", value, Types.NUMERIC)
                .param("text", text).param("replaces", replaces).param("effective", r.change().effectiveDate())
                .param("recorded", Timestamp.from(r.recordedAt()))
                .update();
    }

    void insertLink(Link link, Recorded r) {
        jdbc.sql("""
                        insert into query.link (strategy_id, link_id, link_type, element_id, target_strategy_id,
                            target_element_id, target_document, target_number, target_text, relation, basis, citation,
                            inferred_from, effective_date)
                        values (:s, :id, :type, :e, :ts, :te, :td, :tn, :tt, :relation, :basis, cast(:citation as jsonb),
                            :inferred, :effective)
                        on conflict do nothing""")
                .param("s", link.strategyId()).param("id", link.linkId()).param("type", link.type())
                .param("e", link.elementId()).param("ts", link.targetStrategyId()).param("te", link.targetElementId())
                .param("td", link.targetDocument()).param("tn", link.targetNumber()).param("tt", link.targetText())
                .param("relation", link.relation()).param("basis", link.provenance().basis().name())
                .param("citation", json(link.provenance().citation()))
                .param("inferred", link.provenance().inferredFrom())
                .param("effective", r.change().effectiveDate())
                .update();
    }

    void removeLink(String strategyId, String linkId, LocalDate removedOn) {
        jdbc.sql("update query.link set removed_on = :on where strategy_id = :s and link_id = :id")
                .param("on", removedOn).param("s", strategyId).param("id", linkId).update();
    }

    /** Empties every table the projection owns, for a replay from the first event. */
    void deleteAll() {
        jdbc.sql("truncate query.change, query.link, query.measure_reading, query.element, query.strategy").update();
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
}
