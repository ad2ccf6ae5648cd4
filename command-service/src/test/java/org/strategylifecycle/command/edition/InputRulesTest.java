package org.strategylifecycle.command.edition;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.alignment.RemoveAlignment;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.LinkBasis;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.correction.CorrectElement;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.RetireGoal;
import org.strategylifecycle.api.goal.ReviseGoal;
import org.strategylifecycle.api.initiative.CompleteInitiative;
import org.strategylifecycle.api.initiative.LaunchInitiative;
import org.strategylifecycle.api.initiative.RetireInitiative;
import org.strategylifecycle.api.initiative.ReviseInitiative;
import org.strategylifecycle.api.line.EditionJoinedLine;
import org.strategylifecycle.api.line.EstablishStrategyLine;
import org.strategylifecycle.api.line.StrategyLineEstablished;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.strategylifecycle.api.measure.DefineMeasure;
import org.strategylifecycle.api.measure.RecordMeasureActual;
import org.strategylifecycle.api.measure.ReviseMeasure;
import org.strategylifecycle.api.measure.SetMeasureTarget;
import org.strategylifecycle.api.missionarea.AddMissionArea;
import org.strategylifecycle.api.missionarea.RetireMissionArea;
import org.strategylifecycle.api.missionarea.ReviseMissionArea;
import org.strategylifecycle.api.objective.AdoptObjective;
import org.strategylifecycle.api.objective.ReviseObjective;
import org.strategylifecycle.api.outcome.DefineOutcome;
import org.strategylifecycle.api.outcome.ReviseOutcome;
import org.strategylifecycle.api.statement.RecordStatement;
import org.strategylifecycle.api.statement.RetireStatement;
import org.strategylifecycle.api.statement.ReviseStatement;
import org.strategylifecycle.api.strategy.AdoptStrategy;
import org.strategylifecycle.api.strategy.DraftStrategy;
import org.strategylifecycle.api.strategy.RetireStrategy;
import org.strategylifecycle.api.strategy.SupersedeStrategy;
import org.strategylifecycle.command.fixture.Given;
import org.strategylifecycle.command.fixture.InMemoryAggregates;
import org.strategylifecycle.command.line.StrategyLine;
import org.strategylifecycle.command.measure.Measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.strategylifecycle.api.common.ErrorCode.FIELD_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_PROVENANCE;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_VALUE;
import static org.strategylifecycle.api.common.ErrorCode.RATIONALE_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.TEXT_TOO_LONG;
import static org.strategylifecycle.command.edition.Kind.EXTERNAL;
import static org.strategylifecycle.command.edition.Kind.INFERRED;
import static org.strategylifecycle.command.edition.Kind.PREDECESSOR;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.ADOPTED;
import static org.strategylifecycle.command.fixture.Given.CBP;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.LINE;
import static org.strategylifecycle.command.fixture.Given.P2020;
import static org.strategylifecycle.command.fixture.Given.P2021;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.S2;
import static org.strategylifecycle.command.fixture.Given.SOURCE;
import static org.strategylifecycle.command.fixture.Given.STATED;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.correction;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.initiativeLaunched;
import static org.strategylifecycle.command.fixture.Given.measureDefined;
import static org.strategylifecycle.command.fixture.Given.missionAreaAdded;
import static org.strategylifecycle.command.fixture.Given.objectiveAdopted;
import static org.strategylifecycle.command.fixture.Given.outcomeDefined;
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.statementRecorded;

/**
 * One invalid value for every field a command validates, each refused with its code and nothing
 * recorded. Every row varies one field of an accepted command ({@link #acceptedAsGiven}), so the refusal
 * is the field's alone; {@code null} is tried where a field is required.
 */
class InputRulesTest {

    private static final String REVISED = "2021-01-01";
    private static final String BLANK = " \t";
    /** An edition with one element of each kind, an alignment and a retirable goal. */
    private static final List<Object> EDITION = List.of(drafted(S1, LINE, P2020),
            statementRecorded("mission", StatementKind.MISSION), goalAdded("goal-1", "1"), goalAdded("goal-3", "3"),
            missionAreaAdded("area-1.a", "goal-1", "A"), objectiveAdopted("objective-1.1", "goal-1", "1.1"),
            initiativeLaunched("initiative-1.1.1", "objective-1.1", "1.1.1"), outcomeDefined("outcome-1.1.a", "objective-1.1", "a"),
            measureDefined("measure-1", "outcome-1.1.a", "1"),
            new ObjectiveAligned(S1, "alignment-1", "objective-1.1", new AlignmentTarget(null, null, "DHS Strategic Plan", "2.2",
                    null), STATED, change(DRAFTED)));
    private static final List<Object> ADOPTED_EDITION = with(EDITION, adopted());

    /** An accepted command and the history it is accepted on. */
    record Base(List<Object> given, Object command) {
        @Override
        public String toString() {
            return command.getClass().getSimpleName();
        }
    }

    record Row(String name, List<Object> given, Object command, ErrorCode code) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Base DRAFT = new Base(List.of(),
            new DraftStrategy(S1, LINE, "CBP Strategy 2020–2025", CBP, P2020, true, revision(DRAFTED)));
    private static final Base ESTABLISH = new Base(List.of(),
            new EstablishStrategyLine("opr-integrity", "OPR integrity strategy", "OPR", revision(DRAFTED)));
    private static final Base ADOPT = new Base(EDITION, new AdoptStrategy(S1, null, change(ADOPTED)));
    private static final Base RETIRE = new Base(ADOPTED_EDITION, new RetireStrategy(S1, null, revision(REVISED)));
    private static final Base SUPERSEDE = new Base(ADOPTED_EDITION, new SupersedeStrategy(S1, null, S2, STATED, revision(REVISED)));
    private static final Base SUPERSEDE_INFERRED = new Base(ADOPTED_EDITION, new SupersedeStrategy(S1, null, S2,
            new LinkProvenance(LinkBasis.INFERRED, SOURCE, "2021–2026 covers the years after 2020–2025"), revision(REVISED)));
    private static final Base RECORD_STATEMENT = new Base(EDITION, new RecordStatement(S1, null, "vision", StatementKind.VISION,
            "Vision", "Our vision", "To be the most trusted law enforcement agency", null, revision(REVISED)));
    private static final Base REVISE_STATEMENT = new Base(EDITION, new ReviseStatement(S1, null, "mission", "Our mission",
            "Mission", "To protect the American people", revision(REVISED)));
    private static final Base RETIRE_STATEMENT = new Base(EDITION, new RetireStatement(S1, null, "mission", revision(REVISED)));
    private static final Base ADD_GOAL = new Base(EDITION, new AddGoal(S1, null, "goal-2", "2", "Enterprise",
            "Integrate and enhance", "CBP builds the workforce", null, revision(REVISED)));
    private static final Base REVISE_GOAL = new Base(EDITION, new ReviseGoal(S1, null, "goal-1", "9", "Mission and trade",
            "Protect and facilitate", "CBP protects", revision(REVISED)));
    private static final Base RETIRE_GOAL = new Base(EDITION, new RetireGoal(S1, null, "goal-3", revision(REVISED)));
    private static final Base ADD_MISSION_AREA = new Base(EDITION, new AddMissionArea(S1, null, "area-1.b", "goal-1", "B",
            "Counter Crime", "Dismantle criminal organizations", null, revision(REVISED)));
    private static final Base REVISE_MISSION_AREA = new Base(EDITION, new ReviseMissionArea(S1, null, "area-1.a", "Z",
            "Counter Terrorism and Crime", "Prevent attacks", revision(REVISED)));
    private static final Base RETIRE_MISSION_AREA = new Base(EDITION, new RetireMissionArea(S1, null, "area-1.a", revision(REVISED)));
    private static final Base ADOPT_OBJECTIVE = new Base(EDITION, new AdoptObjective(S1, null, "objective-1.2", "goal-1", "1.2",
            "Counter Networks", "Disrupt networks", null, revision(REVISED)));
    private static final Base REVISE_OBJECTIVE = new Base(EDITION, new ReviseObjective(S1, null, "objective-1.1", "area-1.a",
            "1.9", "Secure Trade", "Facilitate lawful trade", revision(REVISED)));
    private static final Base LAUNCH = new Base(EDITION, new LaunchInitiative(S1, null, "initiative-1.1.2", "objective-1.1",
            "1.1.2", "Recruit with data", "Target outreach", null, revision(REVISED)));
    private static final Base REVISE_INITIATIVE = new Base(EDITION, new ReviseInitiative(S1, null, "initiative-1.1.1", "1.1.9",
            "Recruit with data", "Target outreach", revision(REVISED)));
    private static final Base COMPLETE = new Base(EDITION, new CompleteInitiative(S1, null, "initiative-1.1.1", revision(REVISED)));
    private static final Base RETIRE_INITIATIVE = new Base(EDITION,
            new RetireInitiative(S1, null, "initiative-1.1.1", revision(REVISED)));
    private static final Base DEFINE_OUTCOME = new Base(EDITION, new DefineOutcome(S1, null, "outcome-1.1.b", "objective-1.1",
            "b", "Safe travel", "Travel is safe", null, revision(REVISED)));
    private static final Base REVISE_OUTCOME = new Base(EDITION, new ReviseOutcome(S1, null, "outcome-1.1.a", "z", "Safe trade",
            "Trade is safe, secure and compliant", revision(REVISED)));
    private static final Base DEFINE_MEASURE = new Base(EDITION, new DefineMeasure(S1, null, "measure-2", "outcome-1.1.a", "2",
            "Seizures", "Number of seizures", MeasureType.OUTPUT, "Output", "count", null, revision(REVISED)));
    private static final Base REVISE_MEASURE = new Base(EDITION, new ReviseMeasure(S1, null, "measure-1", "3", "Compliance",
            "Share of compliant imports", MeasureType.EFFICIENCY, "Efficiency", "share", revision(REVISED)));
    private static final Base SET_TARGET = new Base(EDITION, new SetMeasureTarget(S1, null, "measure-1", "FY2021",
            new BigDecimal("97.5"), "At least 97.5%", revision(REVISED)));
    private static final Base RECORD_ACTUAL = new Base(EDITION, new RecordMeasureActual(S1, null, "measure-1", "FY2021",
            new BigDecimal("98.1"), "98.1% (preliminary)", revision(REVISED)));
    private static final Base ALIGN_EXTERNAL = new Base(EDITION, new AlignObjective(S1, null, "alignment-2", "objective-1.1",
            EXTERNAL, INFERRED, revision(REVISED)));
    private static final Base ALIGN_ELEMENT = new Base(EDITION, new AlignObjective(S1, null, "alignment-2", "objective-1.1",
            new AlignmentTarget(S1, "area-1.a", null, null, null), STATED, revision(REVISED)));
    private static final Base REMOVE_ALIGNMENT = new Base(EDITION, new RemoveAlignment(S1, null, "alignment-1", revision(REVISED)));
    private static final Base LINK_LINEAGE = new Base(EDITION, new LinkLineage(S1, null, "lineage-1", "goal-1", PREDECESSOR,
            LineageRelation.DERIVES_FROM, STATED, revision(REVISED)));
    private static final Base CORRECT = new Base(EDITION, new CorrectElement(S1, null, "goal-1", "1", "Mission: protect", null,
            "Protect the American people", "CBP protects", correction(REVISED)));
    private static final Base CORRECT_STATEMENT = new Base(EDITION, new CorrectElement(S1, null, "mission", null, "Our mission",
            "Mission", null, null, correction(REVISED)));

    private static final String LONG_ID = "x".repeat(Texts.ID_MAX + 1);

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture(
            Kind.otherEditions().given(S2, drafted(S2, LINE, P2021)),
            new InMemoryAggregates<>(StrategyLine.class).given(LINE,
                    new StrategyLineEstablished(LINE, "CBP enterprise strategy", "CBP", change(DRAFTED)),
                    new EditionJoinedLine(LINE, S1, P2020, change(DRAFTED)),
                    new EditionJoinedLine(LINE, S2, P2021, change(DRAFTED))));

    static Stream<Base> bases() {
        return Stream.of(DRAFT, ESTABLISH, ADOPT, RETIRE, SUPERSEDE, SUPERSEDE_INFERRED, RECORD_STATEMENT, REVISE_STATEMENT,
                RETIRE_STATEMENT, ADD_GOAL, REVISE_GOAL, RETIRE_GOAL, ADD_MISSION_AREA, REVISE_MISSION_AREA, RETIRE_MISSION_AREA,
                ADOPT_OBJECTIVE, REVISE_OBJECTIVE, LAUNCH, REVISE_INITIATIVE, COMPLETE, RETIRE_INITIATIVE, DEFINE_OUTCOME,
                REVISE_OUTCOME, DEFINE_MEASURE, REVISE_MEASURE, SET_TARGET, RECORD_ACTUAL, ALIGN_EXTERNAL, ALIGN_ELEMENT,
                REMOVE_ALIGNMENT, LINK_LINEAGE, CORRECT, CORRECT_STATEMENT);
    }

    static Stream<Row> invalidValues() {
        return Stream.of(
                // the change every command carries, on one of them
                row(ADD_GOAL, "change", null, FIELD_REQUIRED),
                row(ADD_GOAL, "change.effectiveDate", null, FIELD_REQUIRED),
                row(ADD_GOAL, "change.actor", null, FIELD_REQUIRED),
                row(ADD_GOAL, "change.actor", "x".repeat(Texts.ACTOR_MAX + 1), TEXT_TOO_LONG),
                row(ADD_GOAL, "change.rationale", BLANK, FIELD_REQUIRED),
                row(ADD_GOAL, "change.rationale", "x".repeat(Texts.RATIONALE_MAX + 1), TEXT_TOO_LONG),
                row(ADD_GOAL, "change.source.document", null, FIELD_REQUIRED),
                row(ADD_GOAL, "change.source.section", BLANK, FIELD_REQUIRED),
                row(ADD_GOAL, "change.source.page", "1".repeat(Texts.NUMBER_MAX + 1), TEXT_TOO_LONG),
                row(ADD_GOAL, "change.kind", null, FIELD_REQUIRED),
                // editions and lines
                row(DRAFT, "strategyId", "cbp 2020", INVALID_ID),
                row(DRAFT, "lineId", "cbp/enterprise", INVALID_ID),
                row(DRAFT, "title", null, FIELD_REQUIRED),
                row(DRAFT, "organization", null, FIELD_REQUIRED),
                row(DRAFT, "organization.code", BLANK, FIELD_REQUIRED),
                row(DRAFT, "organization.name", "x".repeat(Texts.TITLE_MAX + 1), TEXT_TOO_LONG),
                row(DRAFT, "organization.parentCode", BLANK, FIELD_REQUIRED),
                row(DRAFT, "period", null, FIELD_REQUIRED),
                row(DRAFT, "period.fromYear", null, FIELD_REQUIRED),
                row(DRAFT, "period.label", null, FIELD_REQUIRED),
                row(DRAFT, "period.fromYear", 1899, INVALID_VALUE),
                row(DRAFT, "period", new Period("2201–", 2201, null), INVALID_VALUE),
                row(DRAFT, "period.toYear", 2019, INVALID_VALUE),
                row(DRAFT, "change.actor", BLANK, FIELD_REQUIRED),
                row(ESTABLISH, "lineId", "opr integrity", INVALID_ID),
                row(ESTABLISH, "title", null, FIELD_REQUIRED),
                row(ESTABLISH, "organizationCode", "x".repeat(Texts.LABEL_MAX + 1), TEXT_TOO_LONG),
                row(ESTABLISH, "change", null, FIELD_REQUIRED),
                row(ADOPT, "change", null, FIELD_REQUIRED),
                row(RETIRE, "change.rationale", null, RATIONALE_REQUIRED),
                row(SUPERSEDE, "supersededBy", "cbp 2021", INVALID_ID),
                row(SUPERSEDE, "provenance", null, INVALID_PROVENANCE),
                row(SUPERSEDE, "provenance.basis", null, INVALID_PROVENANCE),
                row(SUPERSEDE, "provenance.citation", null, INVALID_PROVENANCE),
                row(SUPERSEDE, "provenance.citation.document", null, FIELD_REQUIRED),
                row(SUPERSEDE, "change.rationale", BLANK, RATIONALE_REQUIRED),
                row(SUPERSEDE_INFERRED, "provenance.inferredFrom", null, FIELD_REQUIRED),
                row(SUPERSEDE_INFERRED, "provenance.citation.section", BLANK, FIELD_REQUIRED),
                // statements
                row(RECORD_STATEMENT, "elementId", null, FIELD_REQUIRED),
                row(RECORD_STATEMENT, "kind", null, FIELD_REQUIRED),
                row(RECORD_STATEMENT, "label", null, FIELD_REQUIRED),
                row(RECORD_STATEMENT, "label", "x".repeat(Texts.LABEL_MAX + 1), TEXT_TOO_LONG),
                row(RECORD_STATEMENT, "title", BLANK, FIELD_REQUIRED),
                row(RECORD_STATEMENT, "text", null, FIELD_REQUIRED),
                row(REVISE_STATEMENT, "elementId", "mission statement", INVALID_ID),
                row(REVISE_STATEMENT, "label", BLANK, FIELD_REQUIRED),
                row(REVISE_STATEMENT, "title", "x".repeat(Texts.TITLE_MAX + 1), TEXT_TOO_LONG),
                row(REVISE_STATEMENT, "text", BLANK, FIELD_REQUIRED),
                row(REVISE_STATEMENT, "change.rationale", null, RATIONALE_REQUIRED),
                row(RETIRE_STATEMENT, "elementId", null, FIELD_REQUIRED),
                row(RETIRE_STATEMENT, "change.rationale", null, RATIONALE_REQUIRED),
                // goals and mission areas
                row(ADD_GOAL, "elementId", LONG_ID, TEXT_TOO_LONG),
                row(ADD_GOAL, "number", "1".repeat(Texts.NUMBER_MAX + 1), TEXT_TOO_LONG),
                row(ADD_GOAL, "title", null, FIELD_REQUIRED),
                row(ADD_GOAL, "statement", BLANK, FIELD_REQUIRED),
                row(ADD_GOAL, "overview", "x".repeat(Texts.TEXT_MAX + 1), TEXT_TOO_LONG),
                row(REVISE_GOAL, "number", BLANK, FIELD_REQUIRED),
                row(REVISE_GOAL, "title", "x".repeat(Texts.TITLE_MAX + 1), TEXT_TOO_LONG),
                row(REVISE_GOAL, "statement", BLANK, FIELD_REQUIRED),
                row(REVISE_GOAL, "overview", BLANK, FIELD_REQUIRED),
                row(RETIRE_GOAL, "elementId", "goal 3", INVALID_ID),
                row(ADD_MISSION_AREA, "goalId", "goal 1", INVALID_ID),
                row(ADD_MISSION_AREA, "number", BLANK, FIELD_REQUIRED),
                row(ADD_MISSION_AREA, "title", null, FIELD_REQUIRED),
                row(ADD_MISSION_AREA, "statement", "x".repeat(Texts.TEXT_MAX + 1), TEXT_TOO_LONG),
                row(REVISE_MISSION_AREA, "number", "1".repeat(Texts.NUMBER_MAX + 1), TEXT_TOO_LONG),
                row(REVISE_MISSION_AREA, "title", BLANK, FIELD_REQUIRED),
                row(REVISE_MISSION_AREA, "statement", BLANK, FIELD_REQUIRED),
                row(RETIRE_MISSION_AREA, "elementId", BLANK, FIELD_REQUIRED),
                // objectives and initiatives
                row(ADOPT_OBJECTIVE, "parentId", null, FIELD_REQUIRED),
                row(ADOPT_OBJECTIVE, "number", BLANK, FIELD_REQUIRED),
                row(ADOPT_OBJECTIVE, "title", "x".repeat(Texts.TITLE_MAX + 1), TEXT_TOO_LONG),
                row(ADOPT_OBJECTIVE, "statement", BLANK, FIELD_REQUIRED),
                row(REVISE_OBJECTIVE, "parentId", "area 1.a", INVALID_ID),
                row(REVISE_OBJECTIVE, "number", BLANK, FIELD_REQUIRED),
                row(REVISE_OBJECTIVE, "title", BLANK, FIELD_REQUIRED),
                row(REVISE_OBJECTIVE, "statement", "x".repeat(Texts.TEXT_MAX + 1), TEXT_TOO_LONG),
                row(LAUNCH, "parentId", null, FIELD_REQUIRED),
                row(LAUNCH, "number", "1".repeat(Texts.NUMBER_MAX + 1), TEXT_TOO_LONG),
                row(LAUNCH, "title", null, FIELD_REQUIRED),
                row(LAUNCH, "statement", BLANK, FIELD_REQUIRED),
                row(REVISE_INITIATIVE, "number", BLANK, FIELD_REQUIRED),
                row(REVISE_INITIATIVE, "title", "x".repeat(Texts.TEXT_MAX + 1), TEXT_TOO_LONG),
                row(REVISE_INITIATIVE, "statement", BLANK, FIELD_REQUIRED),
                row(COMPLETE, "elementId", "initiative 1.1.1", INVALID_ID),
                row(COMPLETE, "change", null, FIELD_REQUIRED),
                row(COMPLETE, "change.rationale", null, RATIONALE_REQUIRED),
                row(RETIRE_INITIATIVE, "elementId", "-initiative", INVALID_ID),
                // outcomes and measures
                row(DEFINE_OUTCOME, "parentId", "objective 1.1", INVALID_ID),
                row(DEFINE_OUTCOME, "number", BLANK, FIELD_REQUIRED),
                row(DEFINE_OUTCOME, "title", "x".repeat(Texts.TITLE_MAX + 1), TEXT_TOO_LONG),
                row(DEFINE_OUTCOME, "statement", null, FIELD_REQUIRED),
                row(REVISE_OUTCOME, "number", BLANK, FIELD_REQUIRED),
                row(REVISE_OUTCOME, "title", BLANK, FIELD_REQUIRED),
                row(REVISE_OUTCOME, "statement", "x".repeat(Texts.TEXT_MAX + 1), TEXT_TOO_LONG),
                row(DEFINE_MEASURE, "parentId", null, FIELD_REQUIRED),
                row(DEFINE_MEASURE, "number", BLANK, FIELD_REQUIRED),
                row(DEFINE_MEASURE, "title", null, FIELD_REQUIRED),
                row(DEFINE_MEASURE, "statement", "x".repeat(Texts.TEXT_MAX + 1), TEXT_TOO_LONG),
                row(DEFINE_MEASURE, "printedType", BLANK, FIELD_REQUIRED),
                row(DEFINE_MEASURE, "unit", "x".repeat(Texts.LABEL_MAX + 1), TEXT_TOO_LONG),
                row(REVISE_MEASURE, "number", BLANK, FIELD_REQUIRED),
                row(REVISE_MEASURE, "title", BLANK, FIELD_REQUIRED),
                row(REVISE_MEASURE, "statement", BLANK, FIELD_REQUIRED),
                row(REVISE_MEASURE, "printedType", "x".repeat(Texts.LABEL_MAX + 1), TEXT_TOO_LONG),
                row(REVISE_MEASURE, "unit", BLANK, FIELD_REQUIRED),
                row(SET_TARGET, "period", null, FIELD_REQUIRED),
                row(SET_TARGET, "period", "FY".repeat(11), TEXT_TOO_LONG),
                row(SET_TARGET, "text", BLANK, FIELD_REQUIRED),
                row(SET_TARGET, "value", new BigDecimal("0." + "1".repeat(Measures.MAX_DIGITS)), INVALID_VALUE),
                row(SET_TARGET, "value", new BigDecimal("1E+" + Measures.MAX_DIGITS), INVALID_VALUE),
                row(RECORD_ACTUAL, "period", BLANK, FIELD_REQUIRED),
                row(RECORD_ACTUAL, "text", "x".repeat(Texts.TEXT_MAX + 1), TEXT_TOO_LONG),
                row(RECORD_ACTUAL, "value", new BigDecimal("-" + "9".repeat(500) + "." + "1".repeat(Measures.MAX_DIGITS - 499)),
                        INVALID_VALUE),
                row(RECORD_ACTUAL, "change.rationale", null, RATIONALE_REQUIRED),
                // alignments
                row(ALIGN_EXTERNAL, "alignmentId", "alignment 2", INVALID_ID),
                row(ALIGN_EXTERNAL, "elementId", null, FIELD_REQUIRED),
                row(ALIGN_EXTERNAL, "target", null, FIELD_REQUIRED),
                row(ALIGN_EXTERNAL, "target.document", null, FIELD_REQUIRED),
                row(ALIGN_EXTERNAL, "target.number", "1".repeat(Texts.NUMBER_MAX + 1), TEXT_TOO_LONG),
                row(ALIGN_EXTERNAL, "target.text", BLANK, FIELD_REQUIRED),
                row(ALIGN_EXTERNAL, "provenance", null, INVALID_PROVENANCE),
                row(ALIGN_EXTERNAL, "provenance.basis", null, INVALID_PROVENANCE),
                row(ALIGN_EXTERNAL, "provenance.inferredFrom", BLANK, FIELD_REQUIRED),
                row(ALIGN_EXTERNAL, "provenance.citation.document", null, FIELD_REQUIRED),
                row(ALIGN_ELEMENT, "target.strategyId", "cbp 2020", INVALID_ID),
                row(ALIGN_ELEMENT, "target.strategyId", null, FIELD_REQUIRED),
                row(ALIGN_ELEMENT, "target.elementId", null, FIELD_REQUIRED),
                row(ALIGN_ELEMENT, "target.elementId", "area 1.a", INVALID_ID),
                row(ALIGN_ELEMENT, "target.document", "DHS Strategic Plan", INVALID_VALUE),
                row(ALIGN_ELEMENT, "target.number", "1.1", INVALID_VALUE),
                row(ALIGN_ELEMENT, "target.text", "Collect intelligence", INVALID_VALUE),
                row(ALIGN_ELEMENT, "provenance.citation", null, INVALID_PROVENANCE),
                row(REMOVE_ALIGNMENT, "alignmentId", "alignment 1", INVALID_ID),
                row(REMOVE_ALIGNMENT, "change.rationale", null, RATIONALE_REQUIRED),
                // lineage
                row(LINK_LINEAGE, "lineageId", "lineage 1", INVALID_ID),
                row(LINK_LINEAGE, "elementId", "goal 1", INVALID_ID),
                row(LINK_LINEAGE, "predecessor", null, FIELD_REQUIRED),
                row(LINK_LINEAGE, "predecessor.strategyId", "integrity 2014", INVALID_ID),
                row(LINK_LINEAGE, "predecessor.elementId", null, FIELD_REQUIRED),
                row(LINK_LINEAGE, "relation", null, FIELD_REQUIRED),
                row(LINK_LINEAGE, "provenance.basis", null, INVALID_PROVENANCE),
                // corrections
                row(CORRECT, "elementId", "goal 1", INVALID_ID),
                row(CORRECT, "number", "1".repeat(Texts.NUMBER_MAX + 1), TEXT_TOO_LONG),
                row(CORRECT, "title", BLANK, FIELD_REQUIRED),
                row(CORRECT, "text", "x".repeat(Texts.TEXT_MAX + 1), TEXT_TOO_LONG),
                row(CORRECT, "overview", BLANK, FIELD_REQUIRED),
                row(CORRECT, "change.rationale", null, RATIONALE_REQUIRED),
                row(CORRECT_STATEMENT, "label", BLANK, FIELD_REQUIRED),
                row(CORRECT_STATEMENT, "label", "x".repeat(Texts.LABEL_MAX + 1), TEXT_TOO_LONG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void acceptedAsGiven(Base base) {
        fixture.given(base.given()).when(base.command()).expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void refusedWithNothingRecorded(Row row) {
        refused(fixture.given(row.given()).when(row.command()), row.code());
    }

    private static Row row(Base base, String path, Object value, ErrorCode code) {
        String shown = String.valueOf(value).length() > 20 ? String.valueOf(value).length() + " characters" : String.valueOf(value);
        return new Row(base + "." + path + " = " + shown.replace("\t", "\\t") + " → " + code, base.given(),
                Records.with(base.command(), path, value), code);
    }

    private static List<Object> with(List<Object> history, Object... more) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return all;
    }
}
