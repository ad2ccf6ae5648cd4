package org.strategylifecycle.command.line;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.CommandRepeated;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.line.EditionJoinedLine;
import org.strategylifecycle.api.line.EstablishStrategyLine;
import org.strategylifecycle.api.line.StrategyLineEstablished;
import org.strategylifecycle.api.line.SupersessionRecorded;
import org.strategylifecycle.api.strategy.DraftStrategy;
import org.strategylifecycle.api.strategy.StrategySuperseded;
import org.strategylifecycle.api.strategy.SupersedeStrategy;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.fixture.InMemoryAggregates;
import org.strategylifecycle.command.idempotency.KeyedRequest;
import org.strategylifecycle.command.idempotency.RepeatedRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
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
import static org.strategylifecycle.command.fixture.Given.draft;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.revision;

/** The line, decided through the handler that changes it together with its editions in one unit of work. */
class StrategyLineTest {

    private static final String SUPERSEDED_ON = "2021-01-01";
    private static final StrategyLineEstablished ESTABLISHED =
            new StrategyLineEstablished(LINE, "CBP enterprise strategy", "CBP", change(DRAFTED));
    private static final EditionJoinedLine S1_JOINED = new EditionJoinedLine(LINE, S1, P2020, change(DRAFTED));
    private static final Period P2014 = new Period("2014–2019", 2014, 2019);
    private static final Period P2017 = new Period("2017–2021", 2017, 2021);
    private static final EditionJoinedLine S2_JOINED = new EditionJoinedLine(LINE, S2, P2021, change(DRAFTED));

    private final InMemoryAggregates<StrategyEdition> editions = new InMemoryAggregates<>(StrategyEdition.class);
    private final FixtureConfiguration<StrategyLine> fixture = new AggregateTestFixture<>(StrategyLine.class);

    StrategyLineTest() {
        fixture.registerAnnotatedCommandHandler(new EditionLifecycleHandler(editions.repository(), fixture.getRepository()));
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(KeyedRequest.correlation()));
        fixture.registerCommandHandlerInterceptor(new RepeatedRequests(command ->
                command.getPayload() instanceof EstablishStrategyLine ? fixture.getRepository() : editions.repository()));
    }

    @Test
    void aRepeatedEstablishmentIsAnsweredByTheLineItCreatedAndADifferentOneUnderItsKeyIsRefused() {
        KeyedRequest establishing = new KeyedRequest("editor", "line-1", "hash-of-establish");
        EstablishStrategyLine establish = new EstablishStrategyLine(LINE, "CBP enterprise strategy", "CBP", change(DRAFTED));
        changesNothing(fixture.given(new GenericEventMessage<>(ESTABLISHED, establishing.asMetaData()), S1_JOINED)
                .when(establish, establishing.asMetaData()), new CommandRepeated(0));
        refused(fixture.given(new GenericEventMessage<>(ESTABLISHED, establishing.asMetaData()))
                .when(establish, new KeyedRequest("editor", "line-1", "hash-of-another").asMetaData()), ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void establishingALine() {
        fixture.givenNoPriorActivity()
                .when(new EstablishStrategyLine(LINE, "CBP enterprise strategy", "CBP", change(DRAFTED)))
                .expectEvents(ESTABLISHED)
                .expectResultMessagePayload(new CommandAccepted(LINE, 0));
    }

    @Test
    void cannotEstablishALineTwice() {
        refused(fixture.given(ESTABLISHED)
                .when(new EstablishStrategyLine(LINE, "CBP enterprise strategy", "CBP", change(DRAFTED))), ErrorCode.LINE_EXISTS);
    }

    @Test
    void cannotEstablishALineUnderAMalformedId() {
        refused(fixture.givenNoPriorActivity()
                .when(new EstablishStrategyLine("cbp enterprise", "CBP enterprise strategy", "CBP", change(DRAFTED))),
                ErrorCode.INVALID_ID);
    }

    @Test
    void cannotEstablishALineWithoutTitle() {
        refused(fixture.givenNoPriorActivity()
                .when(new EstablishStrategyLine(LINE, null, "CBP", change(DRAFTED))), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotEstablishALineWithoutOrganization() {
        refused(fixture.givenNoPriorActivity()
                .when(new EstablishStrategyLine(LINE, "CBP enterprise strategy", " ", change(DRAFTED))),
                ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void draftingAnEditionOfTheLineJoinsIt() {
        fixture.given(ESTABLISHED)
                .when(draft(S1, LINE, P2020))
                .expectEvents(S1_JOINED)
                .expectResultMessagePayload(new CommandAccepted(S1, 0));

        assertThat(editions.events(S1)).containsExactly(drafted(S1, LINE, P2020));
    }

    @Test
    void aRefusedDraftDoesNotJoinTheLine() {
        refused(fixture.given(ESTABLISHED)
                .when(new DraftStrategy(S1, LINE, " ", CBP, P2020, false, change(DRAFTED))), ErrorCode.FIELD_REQUIRED);

        assertThat(editions.events(S1)).isEmpty();
    }

    @Test
    void supersedingRecordsTheSupersessionInTheLine() {
        givenAdoptedS1AndDraftedS2();

        fixture.given(ESTABLISHED, S1_JOINED, S2_JOINED)
                .when(supersedeS1ByS2())
                .expectEvents(new SupersessionRecorded(LINE, S1, S2, STATED, revision(SUPERSEDED_ON)))
                .expectResultMessagePayload(new CommandAccepted(S1, 2));

        assertThat(editions.events(S1)).last().isEqualTo(new StrategySuperseded(S1, S2, LINE, STATED, revision(SUPERSEDED_ON)));
    }

    @Test
    void aSupersessionClosingACycleIsRefusedAndTheEditionStaysAdopted() {
        givenAdoptedS1AndDraftedS2();

        refused(fixture.given(ESTABLISHED, S1_JOINED, S2_JOINED,
                        new SupersessionRecorded(LINE, S2, S1, STATED, revision("2020-12-01")))
                .when(supersedeS1ByS2()), ErrorCode.SUPERSESSION_CYCLE);

        assertThat(editions.events(S1)).containsExactly(drafted(S1, LINE, P2020), adopted(S1));
    }

    @Test
    void aSupersessionOfAnEditionTheLineDoesNotHoldIsRefused() {
        givenAdoptedS1AndDraftedS2();

        refused(fixture.given(ESTABLISHED, S2_JOINED)
                .when(supersedeS1ByS2()), ErrorCode.NOT_IN_SAME_LINE);

        assertThat(editions.events(S1)).containsExactly(drafted(S1, LINE, P2020), adopted(S1));
    }

    @Test
    void aSupersessionByAnEditionTheLineDoesNotHoldIsRefused() {
        givenAdoptedS1AndDraftedS2();

        refused(fixture.given(ESTABLISHED, S1_JOINED)
                        .when(supersedeS1ByS2()),
                ErrorCode.NOT_IN_SAME_LINE);

        assertThat(editions.events(S1)).containsExactly(drafted(S1, LINE, P2020), adopted(S1));
    }

    /** The walk up the newer edition's supersessions ends at an edition nothing supersedes, whatever the length. */
    @Test
    void aSupersessionAfterAChainOfThemIsRecorded() {
        editions.given(S1, drafted(S1, LINE, P2020), adopted(S1))
                .given(S2, drafted(S2, LINE, P2021));

        fixture.given(ESTABLISHED, S1_JOINED, S2_JOINED, new EditionJoinedLine(LINE, "cbp-2014", P2014, change(DRAFTED)),
                        new EditionJoinedLine(LINE, "cbp-2017", P2017, change(DRAFTED)),
                        new SupersessionRecorded(LINE, "cbp-2014", "cbp-2017", STATED, revision("2017-01-01")),
                        new SupersessionRecorded(LINE, "cbp-2017", S1, STATED, revision("2020-01-01")))
                .when(supersedeS1ByS2())
                .expectEvents(new SupersessionRecorded(LINE, S1, S2, STATED, revision(SUPERSEDED_ON)));
    }

    private void givenAdoptedS1AndDraftedS2() {
        editions.given(S1, drafted(S1, LINE, P2020), adopted(S1))
                .given(S2, drafted(S2, LINE, P2021));
    }

    private static SupersedeStrategy supersedeS1ByS2() {
        return new SupersedeStrategy(S1, null, S2, STATED, revision(SUPERSEDED_ON));
    }
}
