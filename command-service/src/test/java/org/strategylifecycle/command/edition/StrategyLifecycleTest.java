package org.strategylifecycle.command.edition;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.goal.ReviseGoal;
import org.strategylifecycle.api.line.EditionJoinedLine;
import org.strategylifecycle.api.line.StrategyLineEstablished;
import org.strategylifecycle.api.line.SupersessionRecorded;
import org.strategylifecycle.api.strategy.AdoptStrategy;
import org.strategylifecycle.api.strategy.DraftStrategy;
import org.strategylifecycle.api.strategy.RetireStrategy;
import org.strategylifecycle.api.strategy.StrategyRetired;
import org.strategylifecycle.api.strategy.StrategySuperseded;
import org.strategylifecycle.api.strategy.SupersedeStrategy;
import org.strategylifecycle.command.fixture.Given;
import org.strategylifecycle.command.fixture.InMemoryAggregates;
import org.strategylifecycle.command.line.StrategyLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.ADOPTED;
import static org.strategylifecycle.command.fixture.Given.CBP;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.LINE;
import static org.strategylifecycle.command.fixture.Given.P2020;
import static org.strategylifecycle.command.fixture.Given.P2021;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.S2;
import static org.strategylifecycle.command.fixture.Given.STATED;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.correction;
import static org.strategylifecycle.command.fixture.Given.draft;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.retired;
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.superseded;
import static org.strategylifecycle.command.fixture.Given.withoutRationale;

class StrategyLifecycleTest {

    private static final String SUPERSEDED_ON = "2021-01-01";

    private final InMemoryAggregates<StrategyEdition> otherEditions = new InMemoryAggregates<>(StrategyEdition.class);
    private final InMemoryAggregates<StrategyLine> lines = new InMemoryAggregates<>(StrategyLine.class);
    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture(otherEditions, lines);

    @Test
    void draftingOpensAnEdition() {
        fixture.givenNoPriorActivity()
                .when(draft(S1, null, P2020))
                .expectEvents(drafted())
                .expectResultMessagePayload(new CommandAccepted(S1, 0));
    }

    @Test
    void draftingAsAnEditionOfALineJoinsTheLine() {
        lines.given(LINE, lineEstablished());

        fixture.givenNoPriorActivity()
                .when(draft(S1, LINE, P2020))
                .expectEvents(drafted(S1, LINE, P2020))
                .expectResultMessagePayload(new CommandAccepted(S1, 0));

        assertThat(lines.events(LINE)).containsExactly(lineEstablished(),
                new EditionJoinedLine(LINE, S1, P2020, change(DRAFTED)));
    }

    @Test
    void cannotDraftIntoAnUnknownLine() {
        refused(fixture.givenNoPriorActivity()
                .when(draft(S1, LINE, P2020)), ErrorCode.LINE_NOT_FOUND);
    }

    @Test
    void cannotDraftAnEditionTwice() {
        refused(fixture.given(drafted())
                .when(draft(S1, null, P2020)), ErrorCode.STRATEGY_EXISTS);
    }

    @Test
    void cannotDraftUnderAMalformedId() {
        refused(fixture.givenNoPriorActivity()
                .when(draft("cbp 2020", null, P2020)), ErrorCode.INVALID_ID);
    }

    @Test
    void cannotDraftWithoutTitle() {
        refused(fixture.givenNoPriorActivity()
                .when(new DraftStrategy(S1, null, " ", CBP, P2020, false, change(DRAFTED))), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotDraftWithOverlongTitle() {
        refused(fixture.givenNoPriorActivity()
                .when(new DraftStrategy(S1, null, "x".repeat(Texts.TITLE_MAX + 1), CBP, P2020, false, change(DRAFTED))),
                ErrorCode.TEXT_TOO_LONG);
    }

    @Test
    void cannotDraftWithPeriodEndingBeforeItStarts() {
        refused(fixture.givenNoPriorActivity()
                .when(draft(S1, null, new Period("2025–2020", 2025, 2020))), ErrorCode.INVALID_VALUE);
    }

    @Test
    void adoptingADraftPublishesIt() {
        fixture.given(drafted())
                .when(new AdoptStrategy(S1, 0L, change(ADOPTED)))
                .expectEvents(adopted())
                .expectResultMessagePayload(new CommandAccepted(S1, 1));
    }

    @Test
    void adoptingAnAdoptedEditionChangesNothing() {
        changesNothing(fixture.given(drafted(), adopted())
                .when(new AdoptStrategy(S1, null, change("2020-07-01"))), new CommandAccepted(S1, 1));
    }

    @Test
    void cannotAdoptBeforeTheDraft() {
        refused(fixture.given(drafted())
                .when(new AdoptStrategy(S1, null, change("2019-12-31"))), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotAdoptBeforeTheLastChangeOfAProposedElement() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"),
                        new GoalRevised(S1, "goal-1", "1", "Mission", null, null, revision("2020-07-01")))
                .when(new AdoptStrategy(S1, null, change(ADOPTED))), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void adoptionAdoptsTheProposedElementsOnItsDate() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), adopted())
                .when(new ReviseGoal(S1, null, "goal-1", null, "Mission and trade", null, null, revision("2020-03-01"))),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotAdoptSupersededEdition() {
        refused(fixture.given(drafted(), adopted(), superseded())
                .when(new AdoptStrategy(S1, null, change("2021-02-01"))), ErrorCode.EDITION_SUPERSEDED);
    }

    @Test
    void cannotAdoptRetiredEdition() {
        refused(fixture.given(drafted(), retired())
                .when(new AdoptStrategy(S1, null, change("2021-02-01"))), ErrorCode.EDITION_RETIRED);
    }

    @Test
    void retiringAnEditionFreezesIt() {
        fixture.given(drafted(), adopted())
                .when(new RetireStrategy(S1, 1L, revision("2021-01-01")))
                .expectEvents(new StrategyRetired(S1, revision("2021-01-01")))
                .expectResultMessagePayload(new CommandAccepted(S1, 2));
    }

    @Test
    void retiringARetiredEditionChangesNothing() {
        changesNothing(fixture.given(drafted(), adopted(), retired())
                .when(new RetireStrategy(S1, null, revision("2022-01-01"))), new CommandAccepted(S1, 2));
    }

    @Test
    void cannotRetireWithoutRationale() {
        refused(fixture.given(drafted(), adopted())
                .when(new RetireStrategy(S1, null, withoutRationale(revision("2021-01-01")))), ErrorCode.RATIONALE_REQUIRED);
    }

    @Test
    void cannotRetireBeforeTheAdoption() {
        refused(fixture.given(drafted(), adopted())
                .when(new RetireStrategy(S1, null, revision("2020-05-31"))), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotRetireSupersededEdition() {
        refused(fixture.given(drafted(), adopted(), superseded())
                .when(new RetireStrategy(S1, null, revision("2022-01-01"))), ErrorCode.EDITION_SUPERSEDED);
    }

    @Test
    void supersedingRecordsTheSupersessionInEditionAndLine() {
        givenLineWithNewerEdition();

        fixture.given(drafted(S1, LINE, P2020), adopted())
                .when(supersede(STATED, revision(SUPERSEDED_ON)))
                .expectEvents(new StrategySuperseded(S1, S2, LINE, STATED, revision(SUPERSEDED_ON)))
                .expectResultMessagePayload(new CommandAccepted(S1, 2));

        assertThat(lines.events(LINE)).contains(new SupersessionRecorded(LINE, S1, S2, STATED, revision(SUPERSEDED_ON)));
    }

    @Test
    void supersessionMayBeInferred() {
        givenLineWithNewerEdition();
        LinkProvenance inferred = LinkProvenance.inferred("2021–2026 covers the years after 2020–2025");

        fixture.given(drafted(S1, LINE, P2020), adopted())
                .when(supersede(inferred, revision(SUPERSEDED_ON)))
                .expectEvents(new StrategySuperseded(S1, S2, LINE, inferred, revision(SUPERSEDED_ON)));
    }

    @Test
    void cannotSupersedeADraft() {
        givenLineWithNewerEdition();

        refused(fixture.given(drafted(S1, LINE, P2020))
                .when(supersede(STATED, revision(SUPERSEDED_ON))), ErrorCode.STRATEGY_NOT_ADOPTED);
    }

    @Test
    void cannotSupersedeByAnEditionOfAnotherLine() {
        givenLineWithNewerEdition();

        refused(fixture.given(drafted(S1, "opr-integrity", P2020), adopted())
                .when(supersede(STATED, revision(SUPERSEDED_ON))), ErrorCode.NOT_IN_SAME_LINE);
    }

    @Test
    void cannotSupersedeAnEditionOutsideAnyLine() {
        givenLineWithNewerEdition();

        refused(fixture.given(drafted(), adopted())
                .when(supersede(STATED, revision(SUPERSEDED_ON))), ErrorCode.NOT_IN_SAME_LINE);
    }

    @Test
    void cannotSupersedeByAnEarlierEdition() {
        lines.given(LINE, lineEstablished());
        otherEditions.given(S2, drafted(S2, LINE, new Period("2014–2019", 2014, 2019)));

        refused(fixture.given(drafted(S1, LINE, P2020), adopted())
                .when(supersede(STATED, revision(SUPERSEDED_ON))), ErrorCode.SUPERSESSION_NOT_LATER);
    }

    @Test
    void cannotSupersedeByAnEditionOfTheSamePeriod() {
        lines.given(LINE, lineEstablished());
        otherEditions.given(S2, drafted(S2, LINE, P2020));

        refused(fixture.given(drafted(S1, LINE, P2020), adopted())
                .when(supersede(STATED, revision(SUPERSEDED_ON))), ErrorCode.SUPERSESSION_NOT_LATER);
    }

    @Test
    void cannotSupersedeAnEditionByItself() {
        lines.given(LINE, lineEstablished());

        refused(fixture.given(drafted(S1, LINE, P2020), adopted())
                .when(new SupersedeStrategy(S1, null, S1, STATED, revision(SUPERSEDED_ON))), ErrorCode.SUPERSESSION_CYCLE);
    }

    @Test
    void cannotSupersedeByAnUnknownEdition() {
        lines.given(LINE, lineEstablished());

        refused(fixture.given(drafted(S1, LINE, P2020), adopted())
                .when(supersede(STATED, revision(SUPERSEDED_ON))), ErrorCode.STRATEGY_NOT_FOUND);
    }

    @Test
    void cannotSupersedeTwice() {
        givenLineWithNewerEdition();

        refused(fixture.given(drafted(S1, LINE, P2020), adopted(), superseded())
                .when(supersede(STATED, revision("2022-01-01"))), ErrorCode.EDITION_SUPERSEDED);
    }

    @Test
    void cannotSupersedeRetiredEdition() {
        givenLineWithNewerEdition();

        refused(fixture.given(drafted(S1, LINE, P2020), adopted(), retired())
                .when(supersede(STATED, revision("2022-01-01"))), ErrorCode.EDITION_RETIRED);
    }

    @Test
    void cannotSupersedeBeforeTheAdoption() {
        givenLineWithNewerEdition();

        refused(fixture.given(drafted(S1, LINE, P2020), adopted())
                .when(supersede(STATED, revision("2020-05-31"))), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotSupersedeWithoutRationale() {
        givenLineWithNewerEdition();

        refused(fixture.given(drafted(S1, LINE, P2020), adopted())
                .when(supersede(STATED, withoutRationale(revision(SUPERSEDED_ON)))), ErrorCode.RATIONALE_REQUIRED);
    }

    @Test
    void cannotStateASupersessionWithoutCitation() {
        givenLineWithNewerEdition();

        refused(fixture.given(drafted(S1, LINE, P2020), adopted())
                .when(supersede(LinkProvenance.stated(null), revision(SUPERSEDED_ON))), ErrorCode.INVALID_PROVENANCE);
    }

    @Test
    void cannotRecordASupersessionWithoutProvenance() {
        givenLineWithNewerEdition();

        refused(fixture.given(drafted(S1, LINE, P2020), adopted())
                .when(supersede(null, revision(SUPERSEDED_ON))), ErrorCode.INVALID_PROVENANCE);
    }

    @Test
    void cannotInferASupersessionWithoutBasis() {
        givenLineWithNewerEdition();

        refused(fixture.given(drafted(S1, LINE, P2020), adopted())
                .when(supersede(LinkProvenance.inferred(" "), revision(SUPERSEDED_ON))), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void aCorrectionKindDoesNotOpenAFrozenEdition() {
        refused(fixture.given(drafted(), adopted(), superseded())
                .when(new AddGoal(S1, null, "goal-9", "9", "Enterprise", null, null, null, correction("2021-02-01"))),
                ErrorCode.EDITION_SUPERSEDED);
    }

    private void givenLineWithNewerEdition() {
        lines.given(LINE, lineEstablished(),
                new EditionJoinedLine(LINE, S1, P2020, change(DRAFTED)),
                new EditionJoinedLine(LINE, S2, P2021, change(DRAFTED)));
        otherEditions.given(S2, drafted(S2, LINE, P2021));
    }

    private static SupersedeStrategy supersede(LinkProvenance provenance, Change change) {
        return new SupersedeStrategy(S1, null, S2, provenance, change);
    }

    private static StrategyLineEstablished lineEstablished() {
        return new StrategyLineEstablished(LINE, "CBP enterprise strategy", "CBP", change(DRAFTED));
    }
}
