package org.strategylifecycle.command.edition;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.imports.ImportAnswer;
import org.strategylifecycle.api.imports.ImportPlan;
import org.strategylifecycle.api.imports.ImportedPlan;
import org.strategylifecycle.api.line.EditionJoinedLine;
import org.strategylifecycle.api.line.StrategyLineEstablished;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.statement.StatementRecorded;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.command.fixture.Given;
import org.strategylifecycle.command.fixture.InMemoryAggregates;
import org.strategylifecycle.command.idempotency.KeyedRequest;
import org.strategylifecycle.command.line.StrategyLine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.CBP;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.LINE;
import static org.strategylifecycle.command.fixture.Given.P2020;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.drafted;

/**
 * {@code ImportPlan}: one command that drafts the edition and records each element through the
 * edition's own handlers, in one unit of work; a refusal anywhere records nothing.
 */
class ImportPlanTest {

    private static final String DOCUMENT = "CBP Strategy 2020–2025";
    private static final KeyedRequest KEYED = new KeyedRequest("editor", "import-1", "hash-of-the-document");

    private final InMemoryAggregates<StrategyLine> lines = new InMemoryAggregates<>(StrategyLine.class);
    private final FixtureConfiguration<StrategyEdition> fixture =
            Given.editionFixture(new InMemoryAggregates<>(StrategyEdition.class), lines);

    @Test
    void draftsTheEditionAndRecordsEachElementAsItsOwnCommandWould() {
        fixture.givenNoPriorActivity()
                .when(importing(null, List.of(
                        element("Vision", "vision", ElementType.STATEMENT, null, null),
                        element("Goal[1] (goal-1)", "goal-1", ElementType.GOAL, null, "1"),
                        element("Objective objective-1.1", "objective-1.1", ElementType.OBJECTIVE, "goal-1", "1.1")),
                        List.of(new ImportedPlan.Alignment("Objective objective-1.1", "objective-1.1", 1,
                                new AlignmentTarget("dhs-2020", "goal-9", null, null, null), Given.STATED, "DHS Goal 9"))))
                .expectEvents(
                        new StrategyDrafted(S1, null, "CBP Strategy", CBP, P2020, false, imported(null)),
                        new StatementRecorded(S1, "vision", StatementKind.VISION, "Vision", "vision", "vision text", 1,
                                imported("Section vision")),
                        new GoalAdded(S1, "goal-1", "1", "goal-1", "goal-1 text", null, 1, imported("Section goal-1")),
                        new ObjectiveAdopted(S1, "objective-1.1", "goal-1", "1.1", "objective-1.1", "objective-1.1 text", 1,
                                imported("Section objective-1.1")))
                .expectResultMessagePayload(new ImportAnswer(S1, 3, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        List.of(new ImportAnswer.UnresolvedAlignment("objective-1.1", "dhs-2020", "goal-9", "DHS Goal 9")),
                        List.of("a note of the reader")));
    }

    @Test
    void aRefusedElementRecordsNothingAndItsDetailNamesTheElement() {
        refused(fixture.givenNoPriorActivity()
                .when(importing(null, List.of(
                        element("Goal[1] (goal-1)", "goal-1", ElementType.GOAL, null, "1"),
                        element("Objective objective-x", "objective-x", ElementType.OBJECTIVE, "no-such-element", null)),
                        List.of())), ErrorCode.PARENT_NOT_FOUND)
                .expectExceptionMessage(startsWith("Objective objective-x: "));
    }

    @Test
    void aStakeholderAmongTheElementsIsRefused() {
        refused(fixture.givenNoPriorActivity()
                .when(importing(null, List.of(element("Stakeholder[1]", "someone", ElementType.STAKEHOLDER, null, null)),
                        List.of())), ErrorCode.INVALID_VALUE)
                .expectExceptionMessage(startsWith("Stakeholder[1]: "));
    }

    /** A command sent on the bus by another client than the HTTP edge may lack what the id and the answer need. */
    @Test
    void anIncompletePlanIsRefused() {
        ImportPlan complete = importing(null, List.of(), List.of());
        ImportedPlan plan = complete.plan();
        refused(fixture.givenNoPriorActivity().when(new ImportPlan(S1, null, null, plan)), ErrorCode.FIELD_REQUIRED);
        refused(fixture.givenNoPriorActivity().when(new ImportPlan(S1, null, complete.change(), new ImportedPlan(plan.name(),
                null, CBP, P2020, false, null, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of()))),
                ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void joinsTheLineItNamesAsADraftDoes() {
        lines.given(LINE, new StrategyLineEstablished(LINE, "CBP enterprise strategy", "CBP", change(DRAFTED)));

        fixture.givenNoPriorActivity()
                .when(importing(LINE, List.of(), List.of()))
                .expectEvents(new StrategyDrafted(S1, LINE, "CBP Strategy", CBP, P2020, false, imported(null)));

        assertThat(lines.events(LINE)).last().isEqualTo(new EditionJoinedLine(LINE, S1, P2020, imported(null)));
    }

    @Test
    void cannotImportIntoAnUnknownLineOrOverAnEdition() {
        refused(fixture.givenNoPriorActivity().when(importing(LINE, List.of(), List.of())), ErrorCode.LINE_NOT_FOUND)
                .expectExceptionMessage(startsWith("the plan: "));
        refused(fixture.given(drafted()).when(importing(null, List.of(), List.of())), ErrorCode.STRATEGY_EXISTS);
    }

    /** The key's first import is answered again, derived from the plan, with the version it answered; nothing is recorded. */
    @Test
    void aRepeatedKeyedImportRecordsNothingAndAnswersAsTheFirst() {
        ImportPlan command = importing(null, List.of(element("Goal[1] (goal-1)", "goal-1", ElementType.GOAL, null, "1")),
                List.of());
        GenericEventMessage<StrategyDrafted> draftedWithKey = new GenericEventMessage<>(
                new StrategyDrafted(S1, null, "CBP Strategy", CBP, P2020, false, imported(null)), KEYED.asMetaData());
        GenericEventMessage<GoalAdded> goalWithKey = new GenericEventMessage<>(
                new GoalAdded(S1, "goal-1", "1", "goal-1", "goal-1 text", null, 1, imported("Section goal-1")), KEYED.asMetaData());

        changesNothing(fixture.given(draftedWithKey, goalWithKey).when(command, KEYED.asMetaData()),
                new ImportAnswer(S1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of("a note of the reader")));
    }

    @Test
    void anotherImportUnderTheKeyIsRefused() {
        GenericEventMessage<StrategyDrafted> draftedWithKey = new GenericEventMessage<>(
                new StrategyDrafted(S1, null, "CBP Strategy", CBP, P2020, false, imported(null)), KEYED.asMetaData());

        refused(fixture.given(draftedWithKey).when(importing(null, List.of(), List.of()),
                new KeyedRequest("editor", "import-1", "hash-of-another-document").asMetaData()), ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }

    private static ImportPlan importing(String lineId, List<ImportedPlan.Element> elements, List<ImportedPlan.Alignment> alignments) {
        return new ImportPlan(S1, lineId, imported(null), new ImportedPlan("CBP Strategy", null, CBP, P2020, false,
                elements, List.of(), alignments, List.of(), List.of(), List.of(), Map.of(), List.of("a note of the reader")));
    }

    /** An element as the reader gives it: titled by its id, its text the id's, its section named after it. */
    private static ImportedPlan.Element element(String where, String id, ElementType type, String parentId, String number) {
        boolean statement = type == ElementType.STATEMENT;
        return new ImportedPlan.Element(where, id, type, parentId, number, id, id + " text", null,
                statement ? StatementKind.VISION : null, statement ? "Vision" : null, null, null, null, "Section " + id, null);
    }

    private static Change imported(String section) {
        return new Change(LocalDate.parse(DRAFTED), "editor", "Imported from StratML", new Citation(DOCUMENT, section, null),
                ChangeKind.REVISION);
    }
}
