package org.strategylifecycle.command.edition;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.command.edition.Kind.Content;
import org.strategylifecycle.command.fixture.Given;
import org.strategylifecycle.command.fixture.InMemoryAggregates;
import org.strategylifecycle.command.line.StrategyLine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.strategylifecycle.command.edition.Kind.ADDED;
import static org.strategylifecycle.command.edition.Kind.DAY_BEFORE;
import static org.strategylifecycle.command.edition.Kind.EXTERNAL;
import static org.strategylifecycle.command.edition.Kind.INFERRED;
import static org.strategylifecycle.command.edition.Kind.OBJECTIVE;
import static org.strategylifecycle.command.edition.Kind.PREDECESSOR;
import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.STATED;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.retired;
import static org.strategylifecycle.command.fixture.Given.superseded;

/**
 * The rules every kind of element shares, written once: each test is one rule, run over the
 * {@link Kind}s it applies to. {@code ID} is the element under test, added on {@link Kind#ADDED} after
 * what it hangs on; {@code OTHER} a sibling of the same kind.
 */
class RuleMatrixTest {

    private static final String ID = "element-x";
    private static final String OTHER = "element-y";
    private static final String TAKEN = "taken";
    private static final String REVISED = "2021-01-01";

    private final FixtureConfiguration<StrategyEdition> fixture =
            Given.editionFixture(Kind.otherEditions(), new InMemoryAggregates<>(StrategyLine.class));

    static Stream<Kind> kinds() {
        return Kind.all().stream();
    }

    static Stream<Kind> numberedKinds() {
        return kinds().filter(Kind::numbered);
    }

    static Stream<Kind> kindsWithParent() {
        return kinds().filter(k -> k.parentRetired() != null);
    }

    static Stream<Kind> kindsHangingOnAnElement() {
        return kinds().filter(Kind::hangsOnAnElement);
    }

    static Stream<Kind> retirableKinds() {
        return kinds().filter(k -> k.retire(ID, REVISED) != null);
    }

    /** Each kind with each field a revision may change. */
    static Stream<Arguments> revisionFields() {
        return kinds().flatMap(k -> k.revisable().keySet().stream().map(field -> arguments(k, field)));
    }

    /** Each kind with each command that changes an element of it once added. */
    static Stream<Arguments> changes() {
        return kinds().flatMap(k -> k.changes(ID, REVISED).stream().map(c -> arguments(k, c.getClass().getSimpleName())));
    }

    static Stream<Arguments> changesButRetirement() {
        return changes().filter(a -> {
            Object retire = ((Kind) a.get()[0]).retire(ID, REVISED);
            return !a.get()[1].equals(retire.getClass().getSimpleName());
        });
    }

    /** Each kind with each way its id can already be taken: by an element, an alignment, a lineage link. */
    static Stream<Arguments> takenIds() {
        List<Object> takers = List.of(Kind.goal(TAKEN),
                new ObjectiveAligned(S1, TAKEN, OBJECTIVE, EXTERNAL, INFERRED, change(ADDED)),
                new LineageLinked(S1, TAKEN, OBJECTIVE, PREDECESSOR, LineageRelation.REPLACES, STATED, change(ADDED)));
        return kinds().flatMap(k -> takers.stream().map(taker -> arguments(k, taker.getClass().getSimpleName(), taker)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void addingRecordsTheElementWithEveryFieldGiven(Kind kind) {
        fixture.given(kind.before())
                .when(kind.add(ID, kind.content(), ADDED))
                .expectEvents(kind.added(ID, kind.content(), 1, ADDED))
                .expectResultMessagePayload(new CommandAccepted(ID, kind.before().size()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void cannotAddToASupersededEdition(Kind kind) {
        refused(fixture.given(with(kind.before(), adopted(), superseded())).when(kind.add(ID, kind.content(), REVISED)),
                ErrorCode.EDITION_SUPERSEDED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void cannotAddToARetiredEdition(Kind kind) {
        refused(fixture.given(with(kind.before(), adopted(), retired())).when(kind.add(ID, kind.content(), REVISED)),
                ErrorCode.EDITION_RETIRED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void cannotAddUnderAMalformedId(Kind kind) {
        refused(fixture.given(kind.before()).when(kind.add("element x", kind.content(), ADDED)), ErrorCode.INVALID_ID);
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("takenIds")
    void cannotAddUnderATakenId(Kind kind, String takenBy, Object taker) {
        refused(fixture.given(with(kind.before(), taker)).when(kind.add(TAKEN, kind.content(), ADDED)),
                ErrorCode.ELEMENT_ID_TAKEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsWithParent")
    void cannotAddUnderARetiredParent(Kind kind) {
        refused(fixture.given(with(kind.before(), kind.parentRetired())).when(kind.add(ID, kind.content(), ADDED)),
                kind.underRetiredParent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsHangingOnAnElement")
    void cannotBeDatedBeforeWhatItHangsOnWasAdded(Kind kind) {
        refused(fixture.given(kind.before()).when(kind.add(ID, kind.content(), DAY_BEFORE)),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberedKinds")
    void cannotAddUnderANumberASiblingHas(Kind kind) {
        Content numbered7 = kind.content().with("number", "7");
        refused(fixture.given(with(kind.before(), kind.added(OTHER, numbered7, 1, ADDED))).when(kind.add(ID, numbered7, ADDED)),
                ErrorCode.NUMBER_TAKEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberedKinds")
    void cannotRenumberToANumberASiblingHas(Kind kind) {
        refused(fixture.given(with(kind.before(), kind.added(OTHER, kind.content().with("number", "7"), 1, ADDED),
                                kind.added(ID, kind.content(), 2, ADDED)))
                        .when(kind.revise(ID, Content.NONE.with("number", "7"), REVISED)),
                ErrorCode.NUMBER_TAKEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberedKinds")
    void aRenumberedElementFreesItsFormerNumber(Kind kind) {
        fixture.given(with(kind.before(), kind.added(ID, kind.content(), 1, ADDED),
                        kind.revised(ID, kind.content().with("number", "9"), REVISED)))
                .when(kind.add(OTHER, kind.content(), REVISED))
                .expectEvents(kind.added(OTHER, kind.content(), 2, REVISED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberedKinds")
    void aRenumberedElementHoldsItsNewNumber(Kind kind) {
        refused(fixture.given(with(kind.before(), kind.added(ID, kind.content(), 1, ADDED),
                                kind.revised(ID, kind.content().with("number", "9"), REVISED)))
                        .when(kind.add(OTHER, kind.content().with("number", "9"), REVISED)),
                ErrorCode.NUMBER_TAKEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberedKinds")
    void aRetiredElementFreesItsNumber(Kind kind) {
        fixture.given(with(kind.before(), kind.added(ID, kind.content(), 1, ADDED), kind.retired(ID, REVISED)))
                .when(kind.add(OTHER, kind.content(), REVISED))
                .expectEvents(kind.added(OTHER, kind.content(), 2, REVISED));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("revisionFields")
    void aRevisionOfOneFieldRecordsTheFullContent(Kind kind, String field) {
        Object value = kind.revisable().get(field);
        fixture.given(with(kind.before(), kind.added(ID, kind.content(), 1, ADDED)))
                .when(kind.revise(ID, Content.NONE.with(field, value), REVISED))
                .expectEvents(kind.revised(ID, kind.content().with(field, value), REVISED))
                .expectResultMessagePayload(new CommandAccepted(ID, kind.before().size() + 1));
    }

    /** The revision handler stored what it recorded: saying it again changes nothing. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("revisionFields")
    void repeatingARevisionChangesNothing(Kind kind, String field) {
        Object value = kind.revisable().get(field);
        changesNothing(fixture.given(with(kind.before(), kind.added(ID, kind.content(), 1, ADDED),
                                kind.revised(ID, kind.content().with(field, value), REVISED)))
                        .when(kind.revise(ID, Content.NONE.with(field, value), "2022-01-01")),
                new CommandAccepted(ID, kind.before().size() + 1));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("changes")
    void cannotChangeAnElementBeforeTheDayItWasAdded(Kind kind, String command) {
        refused(fixture.given(with(kind.before(), kind.added(ID, kind.content(), 1, ADDED))).when(changeOf(kind, command, DAY_BEFORE)),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("changes")
    void changingAnElementOnTheDayItWasAddedIsAccepted(Kind kind, String command) {
        fixture.given(with(kind.before(), kind.added(ID, kind.content(), 1, ADDED)))
                .when(changeOf(kind, command, ADDED))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new CommandAccepted(ID, kind.before().size() + 1));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("changes")
    void cannotChangeAnElementOfASupersededEdition(Kind kind, String command) {
        refused(fixture.given(with(kind.before(), kind.added(ID, kind.content(), 1, ADDED), adopted(), superseded()))
                        .when(changeOf(kind, command, "2022-01-01")),
                ErrorCode.EDITION_SUPERSEDED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retirableKinds")
    void retiringRecordsIt(Kind kind) {
        fixture.given(with(kind.before(), kind.added(ID, kind.content(), 1, ADDED)))
                .when(kind.retire(ID, REVISED))
                .expectEvents(kind.retired(ID, REVISED))
                .expectResultMessagePayload(new CommandAccepted(ID, kind.before().size() + 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retirableKinds")
    void retiringTwice(Kind kind) {
        ResultValidator<StrategyEdition> result =
                fixture.given(with(kind.before(), kind.added(ID, kind.content(), 1, ADDED), kind.retired(ID, REVISED)))
                        .when(kind.retire(ID, "2022-01-01"));
        if (kind.retiredAgain() == null) {
            changesNothing(result, new CommandAccepted(ID, kind.before().size() + 1));
        } else {
            refused(result, kind.retiredAgain());
        }
    }

    /** Every change but a retirement (see {@link #retiringTwice}) is refused once the element is retired. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("changesButRetirement")
    void cannotChangeARetiredElement(Kind kind, String command) {
        refused(fixture.given(with(kind.before(), kind.added(ID, kind.content(), 1, ADDED), kind.retired(ID, REVISED)))
                        .when(changeOf(kind, command, "2022-01-01")),
                ErrorCode.ELEMENT_RETIRED);
    }

    private static Object changeOf(Kind kind, String command, String date) {
        return kind.changes(ID, date).stream()
                .filter(c -> c.getClass().getSimpleName().equals(command))
                .findFirst().orElseThrow();
    }

    private static List<Object> with(List<Object> history, Object... more) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return all;
    }
}
