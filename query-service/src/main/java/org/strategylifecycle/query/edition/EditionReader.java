package org.strategylifecycle.query.edition;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.strategylifecycle.query.annotation.AnnotationReader;
import org.strategylifecycle.query.annotation.AnnotationView;
import org.strategylifecycle.query.projection.BatchedWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.LinkBasis;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.query.config.TrackingPositions;
import org.strategylifecycle.query.measure.MeasureReadings;
import org.strategylifecycle.query.measure.ReadingRow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads editions: now, from the current-state tables; or as of an effective date as known at a
 * recorded time, by folding the history rows that qualify (docs/adr/0006).
 */
@Repository
public class EditionReader {

    private final JdbcClient jdbc;
    private final TrackingPositions positions;
    private final AnnotationReader notes;
    private final MeasureReadings readings;
    /**
     * Content rows of the history, parsed, by their key: a history row is written once and never
     * changed (a rebuild writes the same row again from the same event), so an element's content
     * parsed for one date serves every other date and time its row is the last before. Bounded by
     * {@code strategy.edition-answers.content-rows}; Caffeine keeps the most used.
     */
    private final Cache<RowKey, ElementRow> contentRows;

    EditionReader(JdbcClient jdbc, TrackingPositions positions, AnnotationReader notes, MeasureReadings readings,
                  @Value("${strategy.edition-answers.content-rows}") long contentRows) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.notes = notes;
        this.readings = readings;
        this.contentRows = Caffeine.newBuilder().maximumSize(contentRows).build();
    }

    /** An edition's row with its supersession's link, if any (an edition is superseded at most once). */
    private static final String SUMMARY = """
            select s.*, l.basis as supersession_basis, l.citation::text as supersession_citation,
                   l.inferred_from as supersession_inferred_from, l.effective_date as supersession_effective_date
            from query.strategy s
            left join query.link l on l.strategy_id = s.strategy_id and l.link_type = 'SUPERSESSION'""";

    public List<StrategySummaryView> strategies() {
        return jdbc.sql(SUMMARY + " order by (s.period ->> 'fromYear')::int, s.strategy_id")
                .query(EditionReader::summary).list();
    }

    public Optional<StrategySummaryView> strategy(String strategyId) {
        return jdbc.sql(SUMMARY + " where s.strategy_id = :id").param("id", strategyId)
                .query(EditionReader::summary).optional();
    }

    /** The edition, or STRATEGY_NOT_FOUND: the one check every query of an edition starts with. */
    public StrategySummaryView require(String strategyId) {
        return strategy(strategyId)
                .orElseThrow(() -> new StrategyException(ErrorCode.STRATEGY_NOT_FOUND, "no edition " + strategyId));
    }

    /** The last event-store position the read models reflect, over all segments of the projection. */
    public long position() {
        return positions.position(BatchedWriter.GROUP);
    }

    /** {@link #position()}, and whether the read models are being rebuilt. */
    TrackingPositions.Progress progress() {
        return positions.progress(BatchedWriter.GROUP);
    }

    /**
     * The edition now (both null), as of an effective date, as known at a recorded time, or both;
     * STRATEGY_NOT_FOUND when it was not yet drafted on that date or not yet recorded at that time.
     */
    public EditionView at(StrategySummaryView strategy, LocalDate asOf, Instant knownAt) {
        return at(strategy, asOf, knownAt, position());
    }

    /** {@link #at}, saying it reflects {@code position} (the read models' position the caller read, or a mark). */
    EditionView at(StrategySummaryView strategy, LocalDate asOf, Instant knownAt, long position) {
        if (asOf == null && knownAt == null) {
            return current(strategy, position);
        }
        EditionView view = asOf(strategy, asOf, knownAt, position);
        if (view == null) {
            throw new StrategyException(ErrorCode.STRATEGY_NOT_FOUND, "edition " + strategy.strategyId()
                    + " was not yet drafted on that date, or not yet recorded at that time");
        }
        return view;
    }

    /** The statuses of these editions, and the numbers, full numbers and titles of their current elements. */
    public ElementNames names(Set<String> strategyIds) {
        return ElementNames.of(jdbc, strategyIds);
    }

    /** The current elements of one type of an edition, by parent, then in their order. */
    public List<ElementRow> elements(String strategyId, ElementType type) {
        return jdbc.sql("""
                        select * from query.element where strategy_id = :id and element_type = :type
                        order by parent_id, display_order, element_id""")
                .param("id", strategyId).param("type", type.name()).query(EditionTables::elementRow).list();
    }

    public EditionView current(StrategySummaryView strategy) {
        return current(strategy, position());
    }

    private EditionView current(StrategySummaryView strategy, long position) {
        List<ElementRow> elements = jdbc.sql("select * from query.element where strategy_id = :id")
                .param("id", strategy.strategyId()).query(EditionTables::elementRow).list();
        List<AnnotationView> annotations = notes.inForce(strategy.strategyId());
        return tree(strategy, null, null, position, elements, readings.of(strategy.strategyId()), annotations);
    }

    /**
     * What a question as of a date, as known at a time, sees of an edition: the latest effective date
     * and the latest recorded time of its history rows up to the date and the time. A row qualifies by
     * its effective date and its recorded time, and each of those is one of the edition's, so two
     * questions that see the same pair fold exactly the same rows (readings and notes are rows of the
     * same events): their answers differ only in the date and time they repeat. Null parts: no row is
     * that early.
     */
    Seen seen(String strategyId, LocalDate asOf, Instant knownAt) {
        return jdbc.sql("""
                        select max(effective_date) filter (where effective_date <= :date),
                               max(recorded_at) filter (where recorded_at <= :known)
                        from query.change where strategy_id = :id""")
                .param("id", strategyId).param("date", HistoryRows.date(asOf))
                .param("known", HistoryRows.known(knownAt))
                .query((rs, n) -> {
                    Timestamp recorded = rs.getTimestamp(2);
                    return new Seen(rs.getObject(1, LocalDate.class), recorded == null ? null : recorded.toInstant());
                })
                .single();
    }

    /** The latest effective date and recorded time a question sees of an edition's history ({@link #seen}). */
    record Seen(LocalDate effective, Instant recorded) {
        boolean any() {
            return effective != null && recorded != null;
        }
    }

    /**
     * The fold reads only the columns it needs, and no content: it notes, per element, the last
     * content-bearing row that qualifies (earlier ones are overwritten by it) and the status after it.
     * A second query then reads those rows' documents by their keys, so PostgreSQL converts, and the
     * service parses, a few hundred documents for an edition with thousands of changes. Targets and
     * actuals come from their own table, which keeps every reading with its effective date and
     * recorded time: the same rows as the history's, without a document to open.
     */
    public EditionView asOf(StrategySummaryView current, LocalDate asOf, Instant knownAt) {
        return asOf(current, asOf, knownAt, position());
    }

    private EditionView asOf(StrategySummaryView current, LocalDate asOf, Instant knownAt, long position) {
        LocalDate date = HistoryRows.date(asOf);
        Instant knownBy = HistoryRows.knownBy(knownAt);
        Timestamp known = Timestamp.from(knownBy);
        Map<String, Folded> elements = new LinkedHashMap<>();
        StrategySummaryView[] strategy = {null};
        jdbc.sql("""
                        select aggregate_id, element_id, element_type, event_type, status_after, sequence_number,
                            effective_date, content_change
                        from query.change
                        where strategy_id = :id and effective_date <= :date and recorded_at <= :known
                          and event_type not in ('MeasureTargetSet', 'MeasureActualRecorded', 'AnnotationRecorded',
                                                 'AnnotationRevised', 'AnnotationWithdrawn')
                        order by effective_date, global_index""")
                .param("id", current.strategyId()).param("date", date).param("known", known)
                .query(rs -> {
                    String elementId = rs.getString(2);
                    String status = rs.getString(5);
                    if (elementId == null && status != null) {
                        strategy[0] = lifecycle(strategy[0] == null ? current : strategy[0], current,
                                rs.getString(4), status, rs);
                    } else if (rs.getString(3) != null) {
                        Folded folded = elements.get(elementId);
                        if (rs.getBoolean(8)) {
                            elements.put(elementId, new Folded(new RowKey(rs.getString(1), rs.getLong(6)), status));
                        } else if (folded != null && status != null) {
                            elements.put(elementId, folded.withStatus(status));
                        }
                    }
                });
        if (strategy[0] == null) {
            return null;
        }
        Map<RowKey, ElementRow> contents = contents(elements.values());
        boolean adopted = !"DRAFT".equals(strategy[0].status());
        List<ElementRow> rows = elements.values().stream()
                // A row missing here was deleted between the two queries by a rebuild (admin/Projections).
                .filter(e -> contents.containsKey(e.key()))
                .map(e -> e.row(contents.get(e.key())))
                .map(e -> adopted && e.status() == ElementStatus.PROPOSED ? e.withStatus(ElementStatus.ADOPTED) : e)
                .toList();
        return tree(strategy[0], asOf, knownAt, position, rows, readings.asOf(current.strategyId(), date, knownBy),
                annotationsAsOf(current.strategyId(), date, known));
    }

    /**
     * The notes as of an effective date, as known at a time: the annotation events that qualify, in
     * the fold's order; each recording or revision holds the whole note, a withdrawal removes it.
     */
    private List<AnnotationView> annotationsAsOf(String strategyId, LocalDate date, Timestamp known) {
        Map<String, AnnotationView> notes = new LinkedHashMap<>();
        jdbc.sql("""
                        select event_type, after::text as note from query.change
                        where strategy_id = :id and effective_date <= :date and recorded_at <= :known
                          and event_type in ('AnnotationRecorded', 'AnnotationRevised', 'AnnotationWithdrawn')
                        order by effective_date, global_index""")
                .param("id", strategyId).param("date", date).param("known", known)
                .query(rs -> {
                    AnnotationView note = StrategyJson.mapper().readValue(rs.getString("note"), AnnotationView.class);
                    if ("AnnotationWithdrawn".equals(rs.getString("event_type"))) {
                        notes.remove(note.annotationId());
                    } else {
                        notes.put(note.annotationId(), note);
                    }
                });
        return notes.values().stream().sorted(Comparator.comparing(AnnotationView::annotationId)).toList();
    }

    /**
     * The folded elements' last content rows, parsed: those kept from earlier answers, and the others'
     * documents read by their keys. An edition's elements are events of the edition, so this is one
     * scan of the primary key over one aggregate's sequence numbers; a row of another aggregate that
     * the two lists would pair by chance is not one of the keys, and is left out.
     */
    private Map<RowKey, ElementRow> contents(Collection<Folded> elements) {
        Map<RowKey, ElementRow> contents = new HashMap<>();
        Set<RowKey> missing = new HashSet<>();
        for (Folded e : elements) {
            ElementRow row = contentRows.getIfPresent(e.key());
            if (row == null) {
                missing.add(e.key());
            } else {
                contents.put(e.key(), row);
            }
        }
        if (missing.isEmpty()) {
            return contents;
        }
        jdbc.sql("""
                        select aggregate_id, sequence_number, after::text as content from query.change
                        where aggregate_id = any(:aggregates::varchar[]) and sequence_number = any(:sequences::bigint[])""")
                .param("aggregates", missing.stream().map(RowKey::aggregateId).distinct().toArray(String[]::new))
                .param("sequences", missing.stream().map(RowKey::sequenceNumber).toArray(Long[]::new))
                .query(rs -> {
                    RowKey key = new RowKey(rs.getString(1), rs.getLong(2));
                    if (missing.contains(key)) {
                        ElementRow row = StrategyJson.mapper().readValue(rs.getString(3), ElementRow.class);
                        contentRows.put(key, row);
                        contents.put(key, row);
                    }
                });
        return contents;
    }

    /** A history row's key: its event's aggregate and sequence number. */
    private record RowKey(String aggregateId, long sequenceNumber) {
    }

    /**
     * An element in the fold: the key of its last content row so far and the status after it (that
     * row's, or a later status change's; null: the content's own).
     */
    private record Folded(RowKey key, String status) {
        Folded withStatus(String newStatus) {
            return new Folded(key, newStatus);
        }

        ElementRow row(ElementRow content) {
            return status == null ? content : content.withStatus(ElementStatus.valueOf(status));
        }
    }

    /**
     * The edition's row after one of its lifecycle events. A supersession is final, so the successor
     * and the supersession's details are the current row's.
     */
    private static StrategySummaryView lifecycle(StrategySummaryView s, StrategySummaryView current,
                                                 String event, String status, ResultSet rs) throws SQLException {
        LocalDate effective = rs.getObject("effective_date", LocalDate.class);
        long version = rs.getLong("sequence_number");
        return switch (event) {
            case "StrategyDrafted" -> s.withLifecycle(status, null, null, null, version, null);
            case "StrategyAdopted" -> s.withLifecycle(status, effective, null, null, version, null);
            case "StrategySuperseded" -> s.withLifecycle(status, s.adoptedOn(), effective, current.supersededBy(),
                    version, current.supersession());
            default -> s.withLifecycle(status, s.adoptedOn(), effective, s.supersededBy(), version, s.supersession());
        };
    }

    /** What the tree is built from besides its elements: readings per measure, notes per element. */
    private record Extras(Map<String, Map<String, ReadingView>> targets, Map<String, Map<String, ReadingView>> actuals,
                          Map<String, List<AnnotationView>> notes) {
    }

    private EditionView tree(StrategySummaryView strategy, LocalDate asOf, Instant knownAt, long position,
                             List<ElementRow> elements, List<ReadingRow> readings, List<AnnotationView> annotations) {
        Map<String, List<ElementRow>> byParent = new HashMap<>();
        elements.forEach(e -> byParent.computeIfAbsent(e.parentId() == null ? "" : e.parentId(), k -> new ArrayList<>()).add(e));
        Set<String> shown = new HashSet<>();
        elements.forEach(e -> shown.add(e.elementId()));
        Map<String, List<AnnotationView>> onElements = new HashMap<>();
        List<AnnotationView> others = new ArrayList<>();
        // A note on an element this view does not show (not drafted yet) stays visible with the edition's own.
        for (AnnotationView note : annotations) {
            if (note.subject().kind() == AnnotationSubjectKind.ELEMENT && shown.contains(note.subject().id())) {
                onElements.computeIfAbsent(note.subject().id(), k -> new ArrayList<>()).add(note);
            } else {
                others.add(note);
            }
        }
        Extras extras = new Extras(latestPerPeriod(readings, ReadingRow.Kind.TARGET),
                latestPerPeriod(readings, ReadingRow.Kind.ACTUAL), onElements);
        List<ElementView> roots = members("", byParent, extras);
        return new EditionView(strategy, asOf, knownAt, position,
                roots.stream().filter(e -> e.type() == ElementType.STATEMENT).toList(),
                roots.stream().filter(e -> e.type() != ElementType.STATEMENT && e.type() != ElementType.STAKEHOLDER).toList(),
                List.copyOf(others), stakeholders("", byParent, extras));
    }

    private List<ElementView> members(String parentId, Map<String, List<ElementRow>> byParent, Extras extras) {
        return views(parentId, byParent, extras, false);
    }

    /** The stakeholders of an element, or of the organization ({@code ""}), apart from its members. */
    private List<ElementView> stakeholders(String parentId, Map<String, List<ElementRow>> byParent, Extras extras) {
        return views(parentId, byParent, extras, true);
    }

    private List<ElementView> views(String parentId, Map<String, List<ElementRow>> byParent, Extras extras,
                                    boolean stakeholders) {
        return byParent.getOrDefault(parentId, List.of()).stream()
                .filter(e -> (e.type() == ElementType.STAKEHOLDER) == stakeholders)
                .sorted(Comparator.comparingInt(ElementRow::order).thenComparing(ElementRow::elementId))
                .map(e -> new ElementView(e.elementId(), e.type(), e.number(), e.label(), e.title(), e.text(),
                        e.overview(), e.kind(), e.measureType(), e.printedType(), e.unit(), e.order(), e.status(),
                        e.version(), periods(extras.targets().get(e.elementId())),
                        periods(extras.actuals().get(e.elementId())),
                        List.copyOf(extras.notes().getOrDefault(e.elementId(), List.of())),
                        stakeholders ? List.of() : members(e.elementId(), byParent, extras), e.externalId(),
                        e.stakeholderType(), e.roles(), stakeholders ? List.of() : stakeholders(e.elementId(), byParent, extras)))
                .toList();
    }

    /**
     * The id of the element {@code id} names in the edition: its own id, or else the element that carries
     * it as external identifier (ADR 20); {@code id} itself when neither is known.
     */
    public String resolve(String strategyId, String id) {
        return element(strategyId, id).orElse(id);
    }

    /** The id of the element {@code id} names in the edition, as {@link #resolve} finds it; empty when neither is known. */
    public Optional<String> element(String strategyId, String id) {
        return jdbc.sql("""
                        select element_id from query.element where strategy_id = :s and element_id = :id
                        union all
                        select element_id from query.element where strategy_id = :s and external_id = :id
                        limit 1""")
                .param("s", strategyId).param("id", id).query(String.class).optional();
    }

    public boolean elementExists(String strategyId, String elementId) {
        return jdbc.sql("select count(*) from query.element where strategy_id = :s and element_id = :e")
                .param("s", strategyId).param("e", elementId).query(Long.class).single() > 0;
    }

    /** The latest reading per period, in the order the readings were recorded. */
    private static Map<String, Map<String, ReadingView>> latestPerPeriod(List<ReadingRow> readings, ReadingRow.Kind kind) {
        Map<String, Map<String, ReadingView>> result = new HashMap<>();
        readings.stream().filter(r -> r.kind() == kind)
                .forEach(r -> result.computeIfAbsent(r.elementId(), k -> new LinkedHashMap<>()).put(r.period(),
                        new ReadingView(r.period(), r.value(), r.text(), r.replaces(), r.effectiveDate(), r.recordedAt())));
        return result;
    }

    private static List<ReadingView> periods(Map<String, ReadingView> readings) {
        return readings == null ? List.of() : readings.values().stream()
                .sorted(Comparator.comparing(ReadingView::period)).toList();
    }

    static StrategySummaryView summary(ResultSet rs, int row) throws SQLException {
        return new StrategySummaryView(rs.getString("strategy_id"), rs.getString("title"),
                StrategyJson.mapper().readValue(rs.getString("organization"), Organization.class),
                StrategyJson.mapper().readValue(rs.getString("period"), Period.class),
                rs.getString("line_id"), rs.getString("status"), rs.getBoolean("referenced"),
                rs.getString("superseded_by"), rs.getObject("drafted_on", LocalDate.class),
                rs.getObject("adopted_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                rs.getLong("version"), supersession(rs));
    }

    private static StrategySummaryView.Supersession supersession(ResultSet rs) throws SQLException {
        String basis = rs.getString("supersession_basis");
        if (basis == null || rs.getString("superseded_by") == null) {
            return null;
        }
        String citation = rs.getString("supersession_citation");
        return new StrategySummaryView.Supersession(rs.getString("superseded_by"),
                rs.getObject("supersession_effective_date", LocalDate.class),
                new LinkProvenance(LinkBasis.valueOf(basis),
                        citation == null ? null : StrategyJson.mapper().readValue(citation, Citation.class),
                        rs.getString("supersession_inferred_from")));
    }
}
