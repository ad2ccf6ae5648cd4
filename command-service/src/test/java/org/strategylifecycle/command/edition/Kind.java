package org.strategylifecycle.command.edition;

import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.alignment.AlignmentRemoved;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.alignment.RemoveAlignment;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.LinkBasis;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRetired;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.goal.RetireGoal;
import org.strategylifecycle.api.goal.ReviseGoal;
import org.strategylifecycle.api.initiative.CompleteInitiative;
import org.strategylifecycle.api.initiative.InitiativeLaunched;
import org.strategylifecycle.api.initiative.InitiativeRetired;
import org.strategylifecycle.api.initiative.InitiativeRevised;
import org.strategylifecycle.api.initiative.LaunchInitiative;
import org.strategylifecycle.api.initiative.RetireInitiative;
import org.strategylifecycle.api.initiative.ReviseInitiative;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.strategylifecycle.api.measure.DefineMeasure;
import org.strategylifecycle.api.measure.MeasureDefined;
import org.strategylifecycle.api.measure.MeasureRetired;
import org.strategylifecycle.api.measure.MeasureRevised;
import org.strategylifecycle.api.measure.RecordMeasureActual;
import org.strategylifecycle.api.measure.RetireMeasure;
import org.strategylifecycle.api.measure.ReviseMeasure;
import org.strategylifecycle.api.measure.SetMeasureTarget;
import org.strategylifecycle.api.missionarea.AddMissionArea;
import org.strategylifecycle.api.missionarea.MissionAreaAdded;
import org.strategylifecycle.api.missionarea.MissionAreaRetired;
import org.strategylifecycle.api.missionarea.MissionAreaRevised;
import org.strategylifecycle.api.missionarea.RetireMissionArea;
import org.strategylifecycle.api.missionarea.ReviseMissionArea;
import org.strategylifecycle.api.objective.AdoptObjective;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.objective.ObjectiveRetired;
import org.strategylifecycle.api.objective.ObjectiveRevised;
import org.strategylifecycle.api.objective.RetireObjective;
import org.strategylifecycle.api.objective.ReviseObjective;
import org.strategylifecycle.api.outcome.DefineOutcome;
import org.strategylifecycle.api.outcome.OutcomeDefined;
import org.strategylifecycle.api.outcome.OutcomeRetired;
import org.strategylifecycle.api.outcome.OutcomeRevised;
import org.strategylifecycle.api.outcome.RetireOutcome;
import org.strategylifecycle.api.outcome.ReviseOutcome;
import org.strategylifecycle.api.statement.RecordStatement;
import org.strategylifecycle.api.statement.RetireStatement;
import org.strategylifecycle.api.statement.ReviseStatement;
import org.strategylifecycle.api.statement.StatementRecorded;
import org.strategylifecycle.api.statement.StatementRetired;
import org.strategylifecycle.api.statement.StatementRevised;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.command.fixture.Given;
import org.strategylifecycle.command.fixture.InMemoryAggregates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.strategylifecycle.command.fixture.Given.CBP;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.SOURCE;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.revision;

/**
 * One kind of element (or link) of an edition, as the rule matrix drives it: the history it needs before
 * it, and how to build its commands and the events they record. The kinds are one table, {@link #all()};
 * every optional field of what a kind adds is given a value, so that no event field is always null in the
 * tests.
 */
final class Kind {

    /** The day the element, and whatever it hangs on, is recorded (after the draft, before the adoption). */
    static final String ADDED = "2020-03-01";
    static final String DAY_BEFORE = "2020-02-29";
    static final String GOAL = "goal-1";
    static final String OTHER_GOAL = "goal-2";
    static final String OBJECTIVE = "objective-1.1";
    static final String OUTCOME = "outcome-1.1.a";
    /** The edition a lineage link points back to, and its element. */
    static final String PREDECESSOR_EDITION = "integrity-2014";
    static final ElementRef PREDECESSOR = new ElementRef(PREDECESSOR_EDITION, "area-3");
    static final AlignmentTarget EXTERNAL = new AlignmentTarget(null, null, "DHS Strategic Plan 2020–2024", "1.1",
            "Collect, analyze, and share actionable intelligence");
    static final LinkProvenance INFERRED = new LinkProvenance(LinkBasis.INFERRED, SOURCE,
            "Both name the sharing of intelligence on threats");

    /**
     * An element's content as commands and events carry it. A revision command carries only what it
     * changes ({@link #NONE} with one field set); the event it records carries the full content.
     */
    record Content(String parentId, String number, String label, String title, String text, String overview,
                   MeasureType measureType, String printedType, String unit) {

        static final Content NONE = new Content(null, null, null, null, null, null, null, null, null);

        Content with(String field, Object value) {
            return new Content(field.equals("parentId") ? (String) value : parentId,
                    field.equals("number") ? (String) value : number,
                    field.equals("label") ? (String) value : label,
                    field.equals("title") ? (String) value : title,
                    field.equals("text") ? (String) value : text,
                    field.equals("overview") ? (String) value : overview,
                    field.equals("measureType") ? (MeasureType) value : measureType,
                    field.equals("printedType") ? (String) value : printedType,
                    field.equals("unit") ? (String) value : unit);
        }
    }

    /** A command or event about the element {@code id} with {@code content}, on {@code date}. */
    interface WithContent {
        Object of(String id, Content content, String date);
    }

    /** The event that records the element added. */
    interface Added {
        Object of(String id, Content content, int order, String date);
    }

    /** A command or event about the element {@code id} alone, on {@code date}. */
    interface OfId {
        Object of(String id, String date);
    }

    private final String name;
    private final List<Object> before;
    private final Object parentRetired;
    private final Content content;
    private final WithContent add;
    private final Added added;
    private boolean hangsOnAnElement;
    private ErrorCode underRetiredParent = ErrorCode.PARENT_RETIRED;
    private Map<String, Object> revisable = Map.of();
    private WithContent revise;
    private WithContent revised;
    private List<OfId> moreChanges = List.of();
    private OfId retire;
    private OfId retired;
    private ErrorCode retiredAgain;

    /**
     * @param before        the history before the element: the draft and what it hangs on, recorded on {@link #ADDED}
     * @param parentRetired what the element hangs on, retired on {@link #ADDED}; null where it hangs on the edition only
     * @param content       the element as added: every optional field given a value
     */
    private Kind(String name, List<Object> before, Object parentRetired, Content content, WithContent add, Added added) {
        this.name = name;
        this.before = before;
        this.parentRetired = parentRetired;
        this.content = content;
        this.add = add;
        this.added = added;
        this.hangsOnAnElement = parentRetired != null;
    }

    /** The fields a revision may change, each with a value other than the one {@link #content()} has. */
    private Kind revisedBy(Map<String, Object> fields, WithContent command, WithContent event) {
        this.revisable = fields;
        this.revise = command;
        this.revised = event;
        return this;
    }

    private Kind retiredBy(OfId command, OfId event) {
        this.retire = command;
        this.retired = event;
        return this;
    }

    /** Commands besides a revision and a retirement that change the element once added. */
    private Kind alsoChangedBy(OfId... commands) {
        this.moreChanges = List.of(commands);
        return this;
    }

    private Kind refusedUnderRetiredParentWith(ErrorCode code) {
        this.underRetiredParent = code;
        return this;
    }

    private Kind retiredAgainRefusedWith(ErrorCode code) {
        this.retiredAgain = code;
        return this;
    }

    private Kind hangingOnAnElement() {
        this.hangsOnAnElement = true;
        return this;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The other editions a kind's commands read: the predecessor of a lineage link. */
    static InMemoryAggregates<StrategyEdition> otherEditions() {
        StrategyDrafted drafted = new StrategyDrafted(PREDECESSOR_EDITION, null, "Integrity strategy 2014", CBP,
                new Period("2014", 2014, null), true, change("2014-01-01"));
        return new InMemoryAggregates<>(StrategyEdition.class).given(PREDECESSOR_EDITION, drafted,
                new GoalAdded(PREDECESSOR_EDITION, "area-3", "3", "Detection and Investigation", null, null, 3,
                        change("2014-01-01")));
    }

    List<Object> before() {
        return before;
    }

    Content content() {
        return content;
    }

    Object add(String id, Content content, String date) {
        return add.of(id, content, date);
    }

    Object added(String id, Content content, int order, String date) {
        return added.of(id, content, order, date);
    }

    Object parentRetired() {
        return parentRetired;
    }

    /** Whether it hangs on an element (a parent, an aligned or succeeding element), not only on the edition. */
    boolean hangsOnAnElement() {
        return hangsOnAnElement;
    }

    /** The refusal of an element under a retired parent. */
    ErrorCode underRetiredParent() {
        return underRetiredParent;
    }

    Map<String, Object> revisable() {
        return revisable;
    }

    Object revise(String id, Content delta, String date) {
        return requireRevisable(revise).of(id, delta, date);
    }

    Object revised(String id, Content full, String date) {
        return requireRevisable(revised).of(id, full, date);
    }

    private WithContent requireRevisable(WithContent build) {
        if (build == null) {
            throw new UnsupportedOperationException(name + " takes no revision");
        }
        return build;
    }

    /** The retirement (removal of a link); null where the kind has none. */
    Object retire(String id, String date) {
        return retire == null ? null : retire.of(id, date);
    }

    Object retired(String id, String date) {
        return retired == null ? null : retired.of(id, date);
    }

    /** What retiring a retired one answers: null where it changes nothing. */
    ErrorCode retiredAgain() {
        return retiredAgain;
    }

    /** Each kind of command that changes the element once it is added (one revision for all), on {@code date}. */
    List<Object> changes(String id, String date) {
        List<Object> changes = new ArrayList<>();
        revisable.entrySet().stream().findFirst()
                .ifPresent(first -> changes.add(revise(id, Content.NONE.with(first.getKey(), first.getValue()), date)));
        moreChanges.forEach(change -> changes.add(change.of(id, date)));
        if (retire != null) {
            changes.add(retire(id, date));
        }
        return changes;
    }

    boolean numbered() {
        return revisable.containsKey("number");
    }

    private static Change added() {
        return change(ADDED);
    }

    static GoalAdded goal(String id) {
        return new GoalAdded(S1, id, id.substring(id.length() - 1), "Mission", null, null, 1, added());
    }

    static ObjectiveAdopted objective() {
        return new ObjectiveAdopted(S1, OBJECTIVE, GOAL, "1.1", "Secure and Compliant Trade", null, 1, added());
    }

    static OutcomeDefined outcome() {
        return new OutcomeDefined(S1, OUTCOME, OBJECTIVE, "a", null, "Trade is safe and secure", 1, added());
    }

    /** The draft, a goal and an objective under it: what initiatives, outcomes and links hang on. */
    private static List<Object> underObjective() {
        return List.of(drafted(), goal(GOAL), objective());
    }

    private static GoalRetired goalRetired() {
        return new GoalRetired(S1, GOAL, revision(ADDED));
    }

    private static ObjectiveRetired objectiveRetired() {
        return new ObjectiveRetired(S1, OBJECTIVE, revision(ADDED));
    }

    private static Map<String, Object> values(Object... fieldsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return values;
    }

    static List<Kind> all() {
        return List.of(STATEMENTS, GOALS, MISSION_AREAS, OBJECTIVES, INITIATIVES, OUTCOMES, MEASURES, ALIGNMENTS, LINEAGE);
    }

    private static final Kind STATEMENTS = new Kind("statements", List.of(drafted()), null,
            new Content(null, null, "Mission", "Our mission", "To safeguard America's borders", null, null, null, null),
            (id, c, date) -> new RecordStatement(S1, null, id, StatementKind.MISSION, c.label(), c.title(), c.text(), null,
                    change(date)),
            (id, c, order, date) -> new StatementRecorded(S1, id, StatementKind.MISSION, c.label(), c.title(), c.text(), order,
                    change(date)))
            .revisedBy(values("label", "Purpose", "title", "Our purpose", "text", "To protect the American people"),
                    (id, d, date) -> new ReviseStatement(S1, null, id, d.label(), d.title(), d.text(), revision(date)),
                    (id, c, date) -> new StatementRevised(S1, id, c.label(), c.title(), c.text(), revision(date)))
            .retiredBy((id, date) -> new RetireStatement(S1, null, id, revision(date)),
                    (id, date) -> new StatementRetired(S1, id, revision(date)));

    private static final Kind GOALS = new Kind("goals", List.of(drafted()), null,
            new Content(null, "1", null, "Mission", "Protect the American people", "CBP protects the borders", null, null, null),
            (id, c, date) -> new AddGoal(S1, null, id, c.number(), c.title(), c.text(), c.overview(), null, change(date)),
            (id, c, order, date) -> new GoalAdded(S1, id, c.number(), c.title(), c.text(), c.overview(), order, change(date)))
            .revisedBy(values("number", "9", "title", "Mission and trade", "text", "Protect the American people and trade",
                            "overview", "CBP protects the borders and facilitates trade"),
                    (id, d, date) -> new ReviseGoal(S1, null, id, d.number(), d.title(), d.text(), d.overview(), revision(date)),
                    (id, c, date) -> new GoalRevised(S1, id, c.number(), c.title(), c.text(), c.overview(), revision(date)))
            .retiredBy((id, date) -> new RetireGoal(S1, null, id, revision(date)),
                    (id, date) -> new GoalRetired(S1, id, revision(date)));

    private static final Kind MISSION_AREAS = new Kind("mission areas", List.of(drafted(), goal(GOAL)), goalRetired(),
            new Content(GOAL, "A", null, "Counter Terrorism", "Prevent terrorist attacks", null, null, null, null),
            (id, c, date) -> new AddMissionArea(S1, null, id, c.parentId(), c.number(), c.title(), c.text(), null, change(date)),
            (id, c, order, date) -> new MissionAreaAdded(S1, id, c.parentId(), c.number(), c.title(), c.text(), order,
                    change(date)))
            .revisedBy(values("number", "B", "title", "Counter Terrorism and Crime", "text", "Prevent attacks and crime"),
                    (id, d, date) -> new ReviseMissionArea(S1, null, id, d.number(), d.title(), d.text(), revision(date)),
                    (id, c, date) -> new MissionAreaRevised(S1, id, c.number(), c.title(), c.text(), revision(date)))
            .retiredBy((id, date) -> new RetireMissionArea(S1, null, id, revision(date)),
                    (id, date) -> new MissionAreaRetired(S1, id, revision(date)));

    private static final Kind OBJECTIVES = new Kind("objectives", List.of(drafted(), goal(GOAL), goal(OTHER_GOAL)),
            goalRetired(),
            new Content(GOAL, "1.1", null, "Secure and Compliant Trade", "Facilitate lawful trade", null, null, null, null),
            (id, c, date) -> new AdoptObjective(S1, null, id, c.parentId(), c.number(), c.title(), c.text(), null, change(date)),
            (id, c, order, date) -> new ObjectiveAdopted(S1, id, c.parentId(), c.number(), c.title(), c.text(), order,
                    change(date)))
            .revisedBy(values("parentId", OTHER_GOAL, "number", "1.2", "title", "Secure Trade",
                            "text", "Facilitate lawful trade and protect revenue"),
                    (id, d, date) -> new ReviseObjective(S1, null, id, d.parentId(), d.number(), d.title(), d.text(),
                            revision(date)),
                    (id, c, date) -> new ObjectiveRevised(S1, id, c.parentId(), c.number(), c.title(), c.text(), revision(date)))
            .retiredBy((id, date) -> new RetireObjective(S1, null, id, revision(date)),
                    (id, date) -> new ObjectiveRetired(S1, id, revision(date)));

    private static final Kind INITIATIVES = new Kind("initiatives", underObjective(), objectiveRetired(),
            new Content(OBJECTIVE, "1.1.1", null, "Develop innovative methods to recruit", "Use data to target outreach", null,
                    null, null, null),
            (id, c, date) -> new LaunchInitiative(S1, null, id, c.parentId(), c.number(), c.title(), c.text(), null,
                    change(date)),
            (id, c, order, date) -> new InitiativeLaunched(S1, id, c.parentId(), c.number(), c.title(), c.text(), order,
                    change(date)))
            .revisedBy(values("number", "1.1.2", "title", "Recruit with data", "text", "Use data to target outreach and hiring"),
                    (id, d, date) -> new ReviseInitiative(S1, null, id, d.number(), d.title(), d.text(), revision(date)),
                    (id, c, date) -> new InitiativeRevised(S1, id, c.number(), c.title(), c.text(), revision(date)))
            .alsoChangedBy((id, date) -> new CompleteInitiative(S1, null, id, revision(date)))
            .retiredBy((id, date) -> new RetireInitiative(S1, null, id, revision(date)),
                    (id, date) -> new InitiativeRetired(S1, id, revision(date)));

    private static final Kind OUTCOMES = new Kind("outcomes", underObjective(), objectiveRetired(),
            new Content(OBJECTIVE, "a", null, "Safe trade", "Trade is safe and secure", null, null, null, null),
            (id, c, date) -> new DefineOutcome(S1, null, id, c.parentId(), c.number(), c.title(), c.text(), null, change(date)),
            (id, c, order, date) -> new OutcomeDefined(S1, id, c.parentId(), c.number(), c.title(), c.text(), order,
                    change(date)))
            .revisedBy(values("number", "b", "title", "Compliant trade", "text", "Trade is safe, secure and compliant"),
                    (id, d, date) -> new ReviseOutcome(S1, null, id, d.number(), d.title(), d.text(), revision(date)),
                    (id, c, date) -> new OutcomeRevised(S1, id, c.number(), c.title(), c.text(), revision(date)))
            .retiredBy((id, date) -> new RetireOutcome(S1, null, id, revision(date)),
                    (id, date) -> new OutcomeRetired(S1, id, revision(date)));

    private static final Kind MEASURES = new Kind("measures", List.of(drafted(), goal(GOAL), objective(), outcome()),
            new OutcomeRetired(S1, OUTCOME, revision(ADDED)),
            new Content(OUTCOME, "1", null, "Trade compliance rate", "Percent of imports compliant with trade laws", null,
                    MeasureType.RATE_EFFICIENCY, "Rate/Efficiency", "percent"),
            (id, c, date) -> new DefineMeasure(S1, null, id, c.parentId(), c.number(), c.title(), c.text(), c.measureType(),
                    c.printedType(), c.unit(), null, change(date)),
            (id, c, order, date) -> new MeasureDefined(S1, id, c.parentId(), c.number(), c.title(), c.text(), c.measureType(),
                    c.printedType(), c.unit(), order, change(date)))
            .revisedBy(values("number", "2", "title", "Trade compliance", "text", "Share of imports compliant with trade laws",
                            "measureType", MeasureType.OUTCOME, "printedType", "Outcome", "unit", "share of entries"),
                    (id, d, date) -> new ReviseMeasure(S1, null, id, d.number(), d.title(), d.text(), d.measureType(),
                            d.printedType(), d.unit(), revision(date)),
                    (id, c, date) -> new MeasureRevised(S1, id, c.number(), c.title(), c.text(), c.measureType(),
                            c.printedType(), c.unit(), revision(date)))
            .alsoChangedBy(
                    (id, date) -> new SetMeasureTarget(S1, null, id, "FY2021", new BigDecimal("97.5"), "At least 97.5%",
                            revision(date)),
                    (id, date) -> new RecordMeasureActual(S1, null, id, "FY2021", new BigDecimal("98.1"), "98.1% (preliminary)",
                            revision(date)))
            .retiredBy((id, date) -> new RetireMeasure(S1, null, id, revision(date)),
                    (id, date) -> new MeasureRetired(S1, id, revision(date)));

    /**
     * Alignments of an objective to an external reference; their "parent" is the element aligned. A removed
     * alignment is gone: removing it again finds none (unlike retiring a retired element).
     */
    private static final Kind ALIGNMENTS = new Kind("alignments", underObjective(), objectiveRetired(),
            new Content(OBJECTIVE, null, null, null, null, null, null, null, null),
            (id, c, date) -> new AlignObjective(S1, null, id, c.parentId(), EXTERNAL, INFERRED, change(date)),
            (id, c, order, date) -> new ObjectiveAligned(S1, id, c.parentId(), EXTERNAL, INFERRED, change(date)))
            .refusedUnderRetiredParentWith(ErrorCode.ELEMENT_RETIRED)
            .retiredBy((id, date) -> new RemoveAlignment(S1, null, id, revision(date)),
                    (id, date) -> new AlignmentRemoved(S1, id, OBJECTIVE, revision(date)))
            .retiredAgainRefusedWith(ErrorCode.ALIGNMENT_NOT_FOUND);

    /**
     * Lineage links of an objective to an element of an earlier edition. A link is history: it takes no
     * revision or removal, and may be recorded for a retired element.
     */
    private static final Kind LINEAGE = new Kind("lineage", underObjective(), null,
            new Content(OBJECTIVE, null, null, null, null, null, null, null, null),
            (id, c, date) -> new LinkLineage(S1, null, id, c.parentId(), PREDECESSOR, LineageRelation.DERIVES_FROM, Given.STATED,
                    change(date)),
            (id, c, order, date) -> new LineageLinked(S1, id, c.parentId(), PREDECESSOR, LineageRelation.DERIVES_FROM,
                    Given.STATED, change(date)))
            .hangingOnAnElement();
}
