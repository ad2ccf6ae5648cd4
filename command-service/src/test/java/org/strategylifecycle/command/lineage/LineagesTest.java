package org.strategylifecycle.command.lineage;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.fixture.Given;
import org.strategylifecycle.command.fixture.InMemoryAggregates;
import org.strategylifecycle.command.line.StrategyLine;

import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.SAME_EDITION;
import static org.strategylifecycle.command.fixture.Given.STATED;
import static org.strategylifecycle.command.fixture.Given.TWO_OBJECTIVES;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.superseded;

class LineagesTest {

    private static final String LINKED = "2020-02-01";
    private static final String OBJECTIVE = "objective-1.1";
    private static final String INTEGRITY_2014 = "integrity-2014";

    private final InMemoryAggregates<StrategyEdition> otherEditions = new InMemoryAggregates<>(StrategyEdition.class);
    private final FixtureConfiguration<StrategyEdition> fixture =
            Given.editionFixture(otherEditions, new InMemoryAggregates<>(StrategyLine.class));

    @Test
    void linkingAGoalToTheMissionAreaItDerivesFrom() {
        givenIntegrityStrategy2014();
        ElementRef predecessor = new ElementRef(INTEGRITY_2014, "area-3");

        fixture.given(TWO_OBJECTIVES)
                .when(linkLineage("lineage-1", "goal-1", predecessor))
                .expectEvents(new LineageLinked(S1, "lineage-1", "goal-1", predecessor, LineageRelation.DERIVES_FROM, STATED,
                        change(LINKED)))
                .expectResultMessagePayload(new CommandAccepted("lineage-1", 5));
    }

    @Test
    void cannotLinkLineageOfAnElementBeforeTheDayItWasAdded() {
        givenIntegrityStrategy2014();

        refused(fixture.given(TWO_OBJECTIVES)
                        .when(new LinkLineage(S1, null, "lineage-1", "goal-1", new ElementRef(INTEGRITY_2014, "area-3"),
                                LineageRelation.DERIVES_FROM, STATED, change("2019-12-31"))),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotLinkLineageWithinAnEdition() {
        refused(fixture.given(TWO_OBJECTIVES)
                .when(linkLineage("lineage-1", "goal-1", new ElementRef(S1, "goal-2"))), ErrorCode.LINEAGE_WITHIN_EDITION);
    }

    @Test
    void cannotLinkLineageToAnUnknownElement() {
        givenIntegrityStrategy2014();

        refused(fixture.given(TWO_OBJECTIVES)
                .when(linkLineage("lineage-1", "goal-1", new ElementRef(INTEGRITY_2014, "area-9"))),
                ErrorCode.LINEAGE_PREDECESSOR_NOT_FOUND);
    }

    @Test
    void cannotLinkLineageToAnUnknownEdition() {
        refused(fixture.given(TWO_OBJECTIVES)
                .when(linkLineage("lineage-1", "goal-1", new ElementRef(INTEGRITY_2014, "area-3"))),
                ErrorCode.LINEAGE_PREDECESSOR_NOT_FOUND);
    }

    @Test
    void cannotLinkLineageWithoutPredecessor() {
        refused(fixture.given(TWO_OBJECTIVES)
                .when(linkLineage("lineage-1", "goal-1", null)), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotLinkLineageWithoutRelation() {
        givenIntegrityStrategy2014();

        refused(fixture.given(TWO_OBJECTIVES)
                .when(new LinkLineage(S1, null, "lineage-1", "goal-1", new ElementRef(INTEGRITY_2014, "area-3"), null, STATED,
                        change(LINKED))), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotStateLineageWithoutCitation() {
        givenIntegrityStrategy2014();

        refused(fixture.given(TWO_OBJECTIVES)
                .when(new LinkLineage(S1, null, "lineage-1", "goal-1", new ElementRef(INTEGRITY_2014, "area-3"),
                        LineageRelation.REPLACES, LinkProvenance.stated(null), change(LINKED))), ErrorCode.INVALID_PROVENANCE);
    }

    @Test
    void cannotLinkLineageUnderATakenId() {
        givenIntegrityStrategy2014();

        refused(fixture.given(TWO_OBJECTIVES)
                .andGiven(aligned("alignment-1", SAME_EDITION))
                .when(linkLineage("alignment-1", "goal-1", new ElementRef(INTEGRITY_2014, "area-3"))),
                ErrorCode.ELEMENT_ID_TAKEN);
    }

    @Test
    void cannotLinkLineageOfAnUnknownElement() {
        givenIntegrityStrategy2014();

        refused(fixture.given(TWO_OBJECTIVES)
                .when(linkLineage("lineage-1", "goal-9", new ElementRef(INTEGRITY_2014, "area-3"))), ErrorCode.ELEMENT_NOT_FOUND);
    }

    @Test
    void cannotLinkLineageInASupersededEdition() {
        givenIntegrityStrategy2014();

        refused(fixture.given(TWO_OBJECTIVES)
                .andGiven(adopted(), superseded())
                .when(linkLineage("lineage-1", "goal-1", new ElementRef(INTEGRITY_2014, "area-3"))),
                ErrorCode.EDITION_SUPERSEDED);
    }

    private void givenIntegrityStrategy2014() {
        otherEditions.given(INTEGRITY_2014,
                drafted(INTEGRITY_2014, null, new Period("2014", 2014, null)),
                new GoalAdded(INTEGRITY_2014, "area-3", "3", "Detection and Investigation", null, null, 3, change("2014-01-01")));
    }

    private static ObjectiveAligned aligned(String alignmentId, AlignmentTarget target) {
        return new ObjectiveAligned(S1, alignmentId, OBJECTIVE, target, STATED, change(LINKED));
    }

    private static LinkLineage linkLineage(String lineageId, String elementId, ElementRef predecessor) {
        return new LinkLineage(S1, null, lineageId, elementId, predecessor, LineageRelation.DERIVES_FROM, STATED, change(LINKED));
    }
}
