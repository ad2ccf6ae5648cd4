package org.strategylifecycle.api;

import org.strategylifecycle.api.alignment.AlignmentRemoved;
import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotationRecorded;
import org.strategylifecycle.api.annotation.AnnotationRevised;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.annotation.AnnotationWithdrawn;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.LinkBasis;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.correction.ElementCorrected;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRetired;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.initiative.InitiativeCompleted;
import org.strategylifecycle.api.initiative.InitiativeLaunched;
import org.strategylifecycle.api.initiative.InitiativeRetired;
import org.strategylifecycle.api.initiative.InitiativeRevised;
import org.strategylifecycle.api.line.EditionJoinedLine;
import org.strategylifecycle.api.line.StrategyLineEstablished;
import org.strategylifecycle.api.line.SupersessionRecorded;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.measure.MeasureActualRecorded;
import org.strategylifecycle.api.measure.MeasureDefined;
import org.strategylifecycle.api.measure.MeasureRetired;
import org.strategylifecycle.api.measure.MeasureRevised;
import org.strategylifecycle.api.measure.MeasureTargetSet;
import org.strategylifecycle.api.missionarea.MissionAreaAdded;
import org.strategylifecycle.api.missionarea.MissionAreaRetired;
import org.strategylifecycle.api.missionarea.MissionAreaRevised;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.objective.ObjectiveRetired;
import org.strategylifecycle.api.objective.ObjectiveRevised;
import org.strategylifecycle.api.outcome.OutcomeDefined;
import org.strategylifecycle.api.outcome.OutcomeRetired;
import org.strategylifecycle.api.outcome.OutcomeRevised;
import org.strategylifecycle.api.identifier.ElementIdentifiedExternally;
import org.strategylifecycle.api.stakeholder.RoleType;
import org.strategylifecycle.api.stakeholder.StakeholderRecorded;
import org.strategylifecycle.api.stakeholder.StakeholderRemoved;
import org.strategylifecycle.api.stakeholder.StakeholderRevised;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.api.stakeholder.StakeholderType;
import org.strategylifecycle.api.statement.StatementRecorded;
import org.strategylifecycle.api.statement.StatementRetired;
import org.strategylifecycle.api.statement.StatementRevised;
import org.strategylifecycle.api.strategy.StrategyAdopted;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.api.strategy.StrategyRetired;
import org.strategylifecycle.api.strategy.StrategySuperseded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One realistic, fully populated instance of every event, drawn from the CBP and OPR plans of the corpus. */
final class EventSamples {

    private static final String CBP_2024 = "cbp-2024";
    private static final Citation SOURCE = new Citation("CBP Strategy 2024–2028", "Goal 2: Enterprise", "14");
    private static final Change CHANGE = new Change(LocalDate.of(2024, 1, 1), "editor", "As published in the plan",
            SOURCE, ChangeKind.REVISION);
    private static final Change CORRECTION = new Change(LocalDate.of(2024, 1, 1), "editor",
            "The title was mistyped when it was recorded", SOURCE, ChangeKind.CORRECTION);
    private static final LinkProvenance STATED = LinkProvenance.stated(SOURCE);
    private static final LinkProvenance INFERRED = new LinkProvenance(LinkBasis.INFERRED, SOURCE,
            "2024–2028 covers the years after 2021–2026");
    private static final AnnotationSubject OUTCOME_TEXT = new AnnotationSubject(AnnotationSubjectKind.ELEMENT,
            "outcome-objective-2.7", "text");
    private static final List<Alternative> PRINTINGS = List.of(
            new Alternative("CBP identifies, segments, and Biometric identification of all arriving and departing travelers enhances security across all environments.",
                    new Citation("CBP Strategy 2024–2028", "Strategic Objective 2.7, Desired outcome", null)),
            new Alternative("Biometric identification of all arriving and departing travelers enhances security across all environments.",
                    new Citation("CBP Strategy 2024–2028", "Strategy 2024–2028 Summary", null)));
    private static final Period PERIOD = new Period("2024–2028", 2024, 2028);

    static final Map<Class<?>, Object> BY_TYPE = List.of(
            new StrategyDrafted(CBP_2024, "cbp-enterprise", "CBP Strategy 2024–2028",
                    new Organization("CBP", "U.S. Customs and Border Protection", "DHS"), PERIOD, false, CHANGE),
            new StrategyAdopted(CBP_2024, CHANGE),
            new StrategySuperseded("cbp-2021", CBP_2024, "cbp-enterprise", STATED, CHANGE),
            new StrategyRetired("cbp-2020", CHANGE),
            new StrategyLineEstablished("cbp-enterprise", "CBP enterprise strategy", "CBP", CHANGE),
            new EditionJoinedLine("cbp-enterprise", CBP_2024, PERIOD, CHANGE),
            new SupersessionRecorded("cbp-enterprise", "cbp-2021", CBP_2024, STATED, CHANGE),
            new StatementRecorded(CBP_2024, "vision", StatementKind.VISION, "Vision", "Our vision",
                    "To be the most trusted law enforcement agency", 1, CHANGE),
            new StatementRevised(CBP_2024, "vision", "Vision", "Our vision",
                    "To be the most trusted and innovative law enforcement agency", CHANGE),
            new StatementRetired(CBP_2024, "vision", CHANGE),
            new GoalAdded(CBP_2024, "goal-2", "2", "Enterprise", "Integrate and enhance enterprise capabilities",
                    "CBP builds the workforce and capabilities the mission needs", 2, CHANGE),
            new GoalRevised(CBP_2024, "goal-2", "2", "Enterprise", "Integrate, enhance and secure enterprise capabilities",
                    "CBP builds the workforce and capabilities the mission needs", CHANGE),
            new GoalRetired(CBP_2024, "goal-2", CHANGE),
            new MissionAreaAdded(CBP_2024, "goal-2-area-a", "goal-2", "A", "Counter Terrorism",
                    "Prevent terrorists and their weapons from entering the United States", 1, CHANGE),
            new MissionAreaRevised(CBP_2024, "goal-2-area-a", "A", "Counter Terrorism and Transnational Crime",
                    "Prevent terrorists and their weapons from entering the United States", CHANGE),
            new MissionAreaRetired(CBP_2024, "goal-2-area-a", CHANGE),
            new ObjectiveAdopted(CBP_2024, "objective-2.5", "goal-2", "2.5", "Secure and Compliant Trade",
                    "Facilitate lawful trade and protect revenue", 5, CHANGE),
            new ObjectiveRevised(CBP_2024, "objective-2.5", "goal-2-area-a", "2.5", "Secure and Compliant Trade",
                    "Facilitate lawful trade, enforce trade laws and protect revenue", CHANGE),
            new ObjectiveRetired(CBP_2024, "objective-2.5", CHANGE),
            new InitiativeLaunched(CBP_2024, "initiative-1.1.1", "objective-1.1", "1.1.1",
                    "Develop innovative methods to recruit", "Use data to target recruitment outreach", 1, CHANGE),
            new InitiativeRevised(CBP_2024, "initiative-1.1.1", "1.1.1", "Develop innovative methods to recruit and hire",
                    "Use data to target recruitment outreach", CHANGE),
            new InitiativeCompleted(CBP_2024, "initiative-1.1.1", CHANGE),
            new InitiativeRetired(CBP_2024, "initiative-1.1.1", CHANGE),
            new OutcomeDefined(CBP_2024, "outcome-2.5.a", "objective-2.5", "a", "Safe trade", "Trade is safe and secure", 1,
                    CHANGE),
            new OutcomeRevised(CBP_2024, "outcome-2.5.a", "a", "Safe trade", "Trade is safe, secure and compliant", CHANGE),
            new OutcomeRetired(CBP_2024, "outcome-2.5.a", CHANGE),
            new MeasureDefined(CBP_2024, "measure-2.5.a.1", "outcome-2.5.a", "1", "Trade compliance rate",
                    "Percent of imports compliant with U.S. trade laws", MeasureType.RATE_EFFICIENCY, "Rate/Efficiency",
                    "percent", 1, CHANGE),
            new MeasureRevised(CBP_2024, "measure-2.5.a.1", "1", "Trade compliance rate",
                    "Percent of imports compliant with U.S. trade laws and regulations", MeasureType.OUTCOME, "Outcome",
                    "percent", CHANGE),
            new MeasureTargetSet(CBP_2024, "measure-2.5.a.1", "FY2025", new BigDecimal("97.5"), "At least 97.5%", true,
                    CHANGE),
            new MeasureActualRecorded(CBP_2024, "measure-2.5.a.1", "FY2025", new BigDecimal("98.1"), "98.1% (preliminary)",
                    true, CHANGE),
            new MeasureRetired(CBP_2024, "measure-2.5.a.1", CHANGE),
            new ObjectiveAligned(CBP_2024, "alignment-2.5-dhs-2.2", "objective-2.5",
                    new AlignmentTarget(null, null, "DHS Strategic Plan FY2020–2024", "2.2",
                            "Facilitate lawful trade and travel"), STATED, CHANGE),
            new AlignmentRemoved(CBP_2024, "alignment-2.5-dhs-2.2", "objective-2.5", CHANGE),
            new LineageLinked("opr-2023", "lineage-goal-3", "goal-3", new ElementRef("opr-2014", "area-3"),
                    LineageRelation.DERIVES_FROM, LinkProvenance.inferred("Goal 3 carries on the 2014 detection mission area"),
                    CHANGE),
            new ElementCorrected(CBP_2024, "goal-2", ElementType.GOAL, "2", "Enterprise", "GOAL 2",
                    "Integrate and enhance enterprise capabilities",
                    "CBP builds the workforce and capabilities the mission needs", CORRECTION),
            new AnnotationRecorded(CBP_2024, "annotation-2.7-outcome", OUTCOME_TEXT,
                    "The objective's desired outcome begins with words that belong to another objective", PRINTINGS,
                    "Biometric identification of all arriving and departing travelers enhances security across all environments.",
                    "The summary table prints the outcome without the stray words, which repeat the start of 2.3's outcome",
                    CHANGE),
            new AnnotationRevised(CBP_2024, "annotation-2.7-outcome", OUTCOME_TEXT,
                    "The objective's desired outcome begins with four words of Objective 2.3's outcome", PRINTINGS,
                    "Biometric identification of all arriving and departing travelers enhances security across all environments.",
                    "The summary table prints the outcome without them", CHANGE),
            new AnnotationWithdrawn(CBP_2024, "annotation-2.7-outcome", OUTCOME_TEXT, CHANGE),
            new StakeholderRecorded(CBP_2024, "stakeholder-trade-partners", "objective-2.5", "Trade partners",
                    "Importers, brokers and carriers", StakeholderType.GENERIC_GROUP,
                    List.of(new StakeholderRole("Partner", "Shares compliance data", List.of(RoleType.PERFORMER, RoleType.BENEFICIARY))),
                    1, CHANGE),
            new StakeholderRevised(CBP_2024, "stakeholder-trade-partners", "Trade partners",
                    "Importers, brokers, carriers and their associations", StakeholderType.ORGANIZATION,
                    List.of(new StakeholderRole("Partner", "Shares compliance data", List.of(RoleType.PERFORMER))), CHANGE),
            new StakeholderRemoved(CBP_2024, "stakeholder-trade-partners", CHANGE),
            new ElementIdentifiedExternally(CBP_2024, "goal-2", "CBPCode#P320-G2", CHANGE)
    ).stream().collect(Collectors.toUnmodifiableMap(Object::getClass, Function.identity()));

    /**
     * More samples of some events, for the values of nested optional fields that {@link #BY_TYPE} leaves
     * null (an alignment target is an element or an external reference; a provenance is stated or
     * inferred), so that each of those fields, too, is given a value in some pinned JSON.
     */
    static final Map<String, Object> VARIANTS = Map.of(
            "ObjectiveAligned-element-target", new ObjectiveAligned(CBP_2024, "alignment-2.5-dhs-2.2", "objective-2.5",
                    new AlignmentTarget("dhs-2020", "dhs-objective-2.2", null, null, null),
                    new LinkProvenance(LinkBasis.INFERRED, SOURCE, "Both objectives name lawful trade"), CHANGE),
            "LineageLinked-stated", new LineageLinked("opr-2023", "lineage-goal-3", "goal-3",
                    new ElementRef("opr-2014", "area-3"), LineageRelation.REPLACES, STATED, CHANGE),
            "StrategySuperseded-inferred", new StrategySuperseded("cbp-2021", CBP_2024, "cbp-enterprise", INFERRED, CHANGE),
            "SupersessionRecorded-inferred", new SupersessionRecorded("cbp-enterprise", "cbp-2021", CBP_2024, INFERRED,
                    CHANGE));

    private EventSamples() {
    }
}
