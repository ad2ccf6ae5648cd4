package org.strategylifecycle.query.diff;

import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.query.annotation.AnnotationView;
import org.strategylifecycle.query.edition.EditionView;
import org.strategylifecycle.query.edition.ElementView;
import org.strategylifecycle.query.edition.StrategySummaryView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the diff pairs elements: evidence of sameness differs within one edition and across two. */
class DifferTest {

    private static ElementView objective(String id, String number, String title) {
        return new ElementView(id, ElementType.OBJECTIVE, number, null, title, null, null, null, null, null, null,
                1, ElementStatus.ADOPTED, 0, List.of(), List.of(), List.of(), List.of());
    }

    private static ElementView objective(String id, String number, String title, ElementView... initiatives) {
        return new ElementView(id, ElementType.OBJECTIVE, number, null, title, null, null, null, null, null, null,
                1, ElementStatus.ADOPTED, 0, List.of(), List.of(), List.of(), List.of(initiatives));
    }

    private static ElementView initiative(String id, String title) {
        return new ElementView(id, ElementType.INITIATIVE, null, null, title, null, null, null, null, null, null,
                1, ElementStatus.ADOPTED, 0, List.of(), List.of(), List.of(), List.of());
    }

    private static ElementView statement(String id, String text) {
        return new ElementView(id, ElementType.STATEMENT, null, "Mission", null, text, null, "MISSION", null, null, null,
                1, ElementStatus.ADOPTED, 0, List.of(), List.of(), List.of(), List.of());
    }

    private static EditionView edition(String id, LocalDate asOf, List<ElementView> statements, ElementView... objectives) {
        ElementView goal = new ElementView("goal-1", ElementType.GOAL, "1", null, "Secure the border", null, null, null,
                null, null, null, 1, ElementStatus.ADOPTED, 0, List.of(), List.of(), List.of(), List.of(objectives));
        StrategySummaryView strategy = new StrategySummaryView(id, id, null, null, null, "ADOPTED", false, null,
                null, null, null, 0, null);
        return new EditionView(strategy, asOf, null, 0, statements, List.of(goal), List.of());
    }

    private static List<String> changes(DiffView diff) {
        return diff.changes().stream()
                .map(c -> c.kinds() + " " + c.type() + " " + c.pairedBy() + " "
                        + (c.before() == null ? "-" : c.before().elementId()) + ">"
                        + (c.after() == null ? "-" : c.after().elementId()))
                .toList();
    }

    @Test
    void acrossEditionsTheSameNumberWithUnrelatedWordingIsNotTheSameObjective() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-1.1", "1.1", "Counter Network"));
        EditionView to = edition("plan-2024", null, List.of(),
                objective("objective-1.1", "1.1", "Talent Acquisition and Workforce Development"));

        assertThat(changes(Differ.diff(from, to, Map.of()))).containsExactlyInAnyOrder(
                "[REMOVED] OBJECTIVE null objective-1.1>-",
                "[ADDED] OBJECTIVE null ->objective-1.1");
    }

    @Test
    void acrossEditionsTheSameNumberWithAlikeWordingIsAReword() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-1.1", "1.1", "Counter threat networks"));
        EditionView to = edition("plan-2024", null, List.of(), objective("objective-1.1", "1.1", "Counter transnational threat networks"));

        assertThat(changes(Differ.diff(from, to, Map.of())))
                .containsExactly("[REWORDED] OBJECTIVE ID objective-1.1>objective-1.1");
    }

    @Test
    void acrossEditionsTheSameTitleUnderAnotherNumberIsARenumbering() {
        EditionView from = edition("plan-2020", null, List.of(),
                objective("objective-1.1", "1.1", "Counter Network"), objective("objective-1.2", "1.2", "Facilitate trade"));
        EditionView to = edition("plan-2024", null, List.of(),
                objective("objective-1.1", "1.1", "Facilitate trade"), objective("objective-1.3", "1.3", "Counter network"));

        assertThat(changes(Differ.diff(from, to, Map.of()))).containsExactlyInAnyOrder(
                "[RENUMBERED] OBJECTIVE TITLE objective-1.2>objective-1.1",
                "[RENUMBERED, REWORDED] OBJECTIVE TITLE objective-1.1>objective-1.3");
    }

    @Test
    void lineagePairsWhateverTheWording() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-1.1", "1.1", "Counter Network"));
        EditionView to = edition("plan-2024", null, List.of(), objective("objective-2.4", "2.4", "Dismantle criminal organizations"));

        assertThat(changes(Differ.diff(from, to, Map.of("objective-2.4", "objective-1.1"))))
                .containsExactly("[RENUMBERED, REWORDED] OBJECTIVE LINEAGE objective-1.1>objective-2.4");
    }

    @Test
    void theMissionOfTwoEditionsPairsByIdHoweverReworded() {
        EditionView from = edition("plan-2020", null, List.of(statement("mission", "To safeguard America's borders")), new ElementView[0]);
        EditionView to = edition("plan-2024", null, List.of(statement("mission", "Protect the American people")), new ElementView[0]);

        assertThat(changes(Differ.diff(from, to, Map.of()))).containsExactly("[REWORDED] STATEMENT ID mission>mission");
    }

    @Test
    void withinOneEditionTheSameIdIsTheSameElementHoweverReworded() {
        EditionView then = edition("plan-2020", LocalDate.of(2021, 1, 1), List.of(), objective("objective-1.1", "1.1", "Counter Network"));
        EditionView now = edition("plan-2020", null, List.of(), objective("objective-1.1", "1.1", "Talent Acquisition"));

        assertThat(changes(Differ.diff(then, now, Map.of())))
                .containsExactly("[REWORDED] OBJECTIVE ID objective-1.1>objective-1.1");
    }

    private static ElementView element(String id, ElementType type, String number, String title, String text, String overview,
                                       ElementStatus status, ElementView... members) {
        return new ElementView(id, type, number, null, title, text, overview, null, null, null, null, 1, status, 0,
                List.of(), List.of(), List.of(), List.of(members));
    }

    private static ElementView goal(String id, String number, ElementView... objectives) {
        return element(id, ElementType.GOAL, number, "Goal " + number, null, null, ElementStatus.ADOPTED, objectives);
    }

    private static EditionView plan(String id, LocalDate asOf, ElementView... goals) {
        StrategySummaryView strategy = new StrategySummaryView(id, "Plan " + id, null, null, null, "ADOPTED", false, null,
                null, null, null, 0, null);
        return new EditionView(strategy, asOf, null, 0, List.of(), List.of(goals), List.of());
    }

    @Test
    void wordingsAreAlikeFromTwoWordsInFiveOn() {
        ElementView before = objective("a", "1", "Counter threat networks");
        assertThat(Differ.alike(before, objective("b", "1", "counter THREAT, crime-fraud"))).isTrue();
        assertThat(Differ.alike(before, objective("b", "1", "Counter threat crime fraud and waste"))).isFalse();
    }

    @Test
    void elementsWithoutWordsAreNotAlike() {
        assertThat(Differ.alike(objective("a", "1", null), objective("b", "1", " "))).isFalse();
    }

    @Test
    void withinOneEditionAnElementUnderANewIdPairsByNumberThenByTitle() {
        EditionView then = edition("plan-2020", LocalDate.of(2021, 1, 1), List.of(),
                objective("objective-a", "1.1", "Counter Network"), objective("objective-b", "1.2", "Facilitate trade"));
        EditionView now = edition("plan-2020", null, List.of(),
                objective("objective-c", "1.1", "Talent Acquisition"), objective("objective-d", "1.3", "Facilitate trade"));

        assertThat(changes(Differ.diff(then, now, Map.of()))).containsExactly(
                "[REWORDED] OBJECTIVE NUMBER objective-a>objective-c",
                "[RENUMBERED] OBJECTIVE TITLE objective-b>objective-d");
    }

    @Test
    void acrossEditionsTheSameTextUnderAnotherTitlePairs() {
        EditionView from = plan("plan-2020", null, goal("goal-1", "1",
                element("objective-1.1", ElementType.OBJECTIVE, "1.1", "Trade", "Facilitate lawful trade.", null, ElementStatus.ADOPTED)));
        EditionView to = plan("plan-2024", null, goal("goal-1", "1",
                element("objective-2.5", ElementType.OBJECTIVE, "1.1", "Secure trade", "facilitate LAWFUL trade", null,
                        ElementStatus.ADOPTED)));

        assertThat(changes(Differ.diff(from, to, Map.of())))
                .containsExactly("[REWORDED] OBJECTIVE TEXT objective-1.1>objective-2.5");
    }

    @Test
    void acrossEditionsANumberWithAlikeWordingPairsWhenTheIdsDiffer() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-a", "1.1", "Counter threat networks"));
        EditionView to = edition("plan-2024", null, List.of(), objective("objective-b", "1.1", "Counter transnational threat networks"));

        assertThat(changes(Differ.diff(from, to, Map.of())))
                .containsExactly("[REWORDED] OBJECTIVE NUMBER objective-a>objective-b");
    }

    @Test
    void anAfterWithoutTitleDoesNotPairWithABeforeTitledNull() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-a", "1.1", "Null"));
        EditionView to = edition("plan-2024", null, List.of(), objective("objective-b", "2.1", null));

        assertThat(changes(Differ.diff(from, to, Map.of()))).containsExactlyInAnyOrder(
                "[REMOVED] OBJECTIVE null objective-a>-",
                "[ADDED] OBJECTIVE null ->objective-b");
    }

    @Test
    void aBeforeWithoutTitleDoesNotPairWithAnAfterTitledNull() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-a", "1.1", null));
        EditionView to = edition("plan-2024", null, List.of(), objective("objective-b", "2.1", "Null"));

        assertThat(changes(Differ.diff(from, to, Map.of()))).containsExactlyInAnyOrder(
                "[REMOVED] OBJECTIVE null objective-a>-",
                "[ADDED] OBJECTIVE null ->objective-b");
    }

    @Test
    void blankTitlesDoNotPair() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-a", "1.1", " "));
        EditionView to = edition("plan-2024", null, List.of(), objective("objective-b", "2.1", "\t"));

        assertThat(changes(Differ.diff(from, to, Map.of()))).containsExactlyInAnyOrder(
                "[REMOVED] OBJECTIVE null objective-a>-",
                "[ADDED] OBJECTIVE null ->objective-b");
    }

    @Test
    void titlesPairWhateverTheirPunctuationAndCase() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-a", "1.1", "“Counter Network”"));
        EditionView to = edition("plan-2024", null, List.of(), objective("objective-b", "2.1", "counter network"));

        assertThat(changes(Differ.diff(from, to, Map.of())))
                .containsExactly("[RENUMBERED, REWORDED] OBJECTIVE TITLE objective-a>objective-b");
    }

    @Test
    void twoElementsWithOneTitlePairOnce() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-a", "1.1", "Counter Network"));
        EditionView to = edition("plan-2024", null, List.of(),
                objective("objective-b", "1.1", "Counter Network"), objective("objective-c", "1.2", "Counter Network"));

        assertThat(changes(Differ.diff(from, to, Map.of()))).containsExactlyInAnyOrder(
                "[ADDED] OBJECTIVE null ->objective-c");
    }

    @Test
    void anUnchangedElementIsNotAChange() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-1.1", "1.1", "Counter Network"));
        EditionView to = edition("plan-2020", LocalDate.of(2021, 1, 1), List.of(), objective("objective-1.1", "1.1", "Counter Network"));

        assertThat(Differ.diff(from, to, Map.of()).changes()).isEmpty();
    }

    @Test
    void aChangedTextOrOverviewIsARewording() {
        EditionView then = plan("plan-2020", LocalDate.of(2020, 1, 1),
                element("goal-1", ElementType.GOAL, "1", "Mission", "Protect", "Overview", ElementStatus.ADOPTED),
                element("goal-2", ElementType.GOAL, "2", "Enterprise", "Integrate", "Overview", ElementStatus.ADOPTED));
        EditionView now = plan("plan-2020", null,
                element("goal-1", ElementType.GOAL, "1", "Mission", "Protect and facilitate", "Overview", ElementStatus.ADOPTED),
                element("goal-2", ElementType.GOAL, "2", "Enterprise", "Integrate", "A new overview", ElementStatus.ADOPTED));

        assertThat(changes(Differ.diff(then, now, Map.of()))).containsExactly(
                "[REWORDED] GOAL ID goal-1>goal-1",
                "[REWORDED] GOAL ID goal-2>goal-2");
    }

    @Test
    void anElementUnderAnotherParentMovedAndARetiredOneRetired() {
        ElementView objective = element("objective-1.1", ElementType.OBJECTIVE, "1.1", "Trade", null, null, ElementStatus.ADOPTED);
        ElementView retired = element("objective-1.2", ElementType.OBJECTIVE, "1.2", "Travel", null, null, ElementStatus.RETIRED);
        ElementView active = element("objective-1.2", ElementType.OBJECTIVE, "1.2", "Travel", null, null, ElementStatus.ADOPTED);
        EditionView then = plan("plan-2020", LocalDate.of(2020, 1, 1), goal("goal-1", "1", objective, active), goal("goal-2", "2"));
        EditionView now = plan("plan-2020", null, goal("goal-1", "1", retired), goal("goal-2", "2", objective));

        DiffView diff = Differ.diff(then, now, Map.of());

        assertThat(changes(diff)).containsExactly(
                "[RETIRED] OBJECTIVE ID objective-1.2>objective-1.2",
                "[MOVED] OBJECTIVE ID objective-1.1>objective-1.1");
        assertThat(diff.changes().get(1).after())
                .isEqualTo(new DiffView.Element("objective-1.1", "1.1", "Trade", null, "2", "ADOPTED", List.of()));
        assertThat(diff.from()).isEqualTo(new DiffView.Side("plan-2020", "Plan plan-2020", LocalDate.of(2020, 1, 1)));
    }

    @Test
    void aRetiredElementThatStaysRetiredIsNotAChange() {
        ElementView retired = element("objective-1.2", ElementType.OBJECTIVE, "1.2", "Travel", null, null, ElementStatus.RETIRED);
        EditionView then = plan("plan-2020", LocalDate.of(2020, 1, 1), goal("goal-1", "1", retired));
        EditionView now = plan("plan-2020", null, goal("goal-1", "1", retired));

        assertThat(Differ.diff(then, now, Map.of()).changes()).isEmpty();
    }

    @Test
    void theTextFormHasOneLineAChange() {
        EditionView from = plan("plan-2020", null, goal("goal-1", "1",
                objective("objective-1.1", "1.1", "Counter Network"),
                element("objective-1.2", ElementType.OBJECTIVE, null, null, "Facilitate trade", null, ElementStatus.ADOPTED)));
        EditionView to = plan("plan-2024", LocalDate.of(2024, 6, 1), goal("goal-1", "1",
                objective("objective-1.3", "1.3", "Counter network"),
                element("objective-9", ElementType.OBJECTIVE, null, "Recruit", null, null, ElementStatus.ADOPTED)));

        assertThat(Differ.text(Differ.diff(from, to, Map.of()))).isEqualTo("""
                From Plan plan-2020 (plan-2020, now)
                To   Plan plan-2024 (plan-2024, as of 2024-06-01)
                RENUMBERED+REWORDED OBJECTIVE 1.1 "Counter Network" -> 1.3 "Counter network" [paired by title]
                REMOVED OBJECTIVE "Facilitate trade"
                ADDED OBJECTIVE "Recruit"
                """);
    }

    @Test
    void aFilterKeepsTheRemovedInitiativesThatShareNoTitleWordWithAnyObjectiveOfTheNewerEdition() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-1.1", "1.1", "Counter Network",
                initiative("initiative-1.1.1", "Take action with our partners against threat networks"),
                initiative("initiative-1.1.2", "Grow and sustain the capabilities of the counter network"),
                initiative("initiative-1.1.3", "Simplify and refine trade processes")));
        EditionView to = edition("plan-2024", null, List.of(),
                objective("objective-2.5", "2.5", "Secure and Compliant Trade"),
                objective("objective-2.4", "2.4", "Transnational Organized Crime Deterrence of Networks"));
        DiffView diff = Differ.diff(from, to, Map.of());

        DiffView kept = Differ.filter(diff, to, new DiffFilter(DiffView.Kind.REMOVED, ElementType.INITIATIVE, ElementType.OBJECTIVE));

        // "networks" and "trade" are title words of new objectives; "counter network" shares none but "network" ≠ "networks".
        assertThat(changes(kept)).containsExactly("[REMOVED] INITIATIVE null initiative-1.1.2>-");
    }

    @Test
    void functionWordsAreNoSharedWords() {
        assertThat(Differ.contentWords("Secure and Compliant Trade")).containsExactlyInAnyOrder("secure", "compliant", "trade");
        assertThat(Differ.contentWords("The Office of the Commissioner")).containsExactlyInAnyOrder("office", "commissioner");
    }

    @Test
    void aFilterByKindOrTypeAloneKeepsThoseEntries() {
        EditionView from = edition("plan-2020", null, List.of(), objective("objective-1.1", "1.1", "Counter Network",
                initiative("initiative-1.1.1", "Take action against threat networks")));
        EditionView to = edition("plan-2024", null, List.of(), objective("objective-2.5", "2.5", "Secure and Compliant Trade"));
        DiffView diff = Differ.diff(from, to, Map.of());

        assertThat(changes(Differ.filter(diff, to, new DiffFilter(DiffView.Kind.ADDED, null, null))))
                .containsExactly("[ADDED] OBJECTIVE null ->objective-2.5");
        assertThat(changes(Differ.filter(diff, to, new DiffFilter(null, ElementType.INITIATIVE, null))))
                .containsExactly("[REMOVED] INITIATIVE null initiative-1.1.1>-");
        assertThat(Differ.filter(diff, to, DiffFilter.NONE)).isSameAs(diff);
    }

    @Test
    void aWordFilterReadsAPairedElementsNewerWordingAndTheTextOfWhatHasNoTitle() {
        EditionView from = edition("plan-2020", LocalDate.of(2021, 1, 1), List.of(), objective("objective-1.1", "1.1", "Counter Network",
                initiative("initiative-1.1.1", "Patrol the border"),
                initiative("initiative-1.1.2", "Screen cargo"),
                element("initiative-1.1.3", ElementType.INITIATIVE, null, null, "Vet travelers", null, ElementStatus.ADOPTED)));
        EditionView to = edition("plan-2020", null, List.of(),
                objective("objective-1.1", "1.1", "Counter Network", initiative("initiative-1.1.2", "Screen trade cargo")),
                element("objective-1.2", ElementType.OBJECTIVE, "1.2", null, "Welcome travelers", null, ElementStatus.ADOPTED),
                objective("objective-1.3", "1.3", "Facilitate trade"));
        DiffView diff = Differ.diff(from, to, Map.of());

        DiffView kept = Differ.filter(diff, to, new DiffFilter(null, ElementType.INITIATIVE, ElementType.OBJECTIVE));

        // The goal's "border" is no objective's word; "trade" is in 1.1.2's newer title; 1.2 and 1.1.3 share "travelers" by text.
        assertThat(changes(kept)).containsExactly("[REMOVED] INITIATIVE null initiative-1.1.1>-");
    }

    @Test
    void theTextFormNamesWhatAnElementsAnnotationsAreAbout() {
        ElementView annotated = new ElementView("objective-1.1", ElementType.OBJECTIVE, "1.1", null, "Counter network", null,
                null, null, null, null, null, 1, ElementStatus.ADOPTED, 0, List.of(), List.of(),
                List.of(annotation("annotation-1", "title"), annotation("annotation-2", null)), List.of());
        EditionView from = edition("plan-2020", LocalDate.of(2021, 1, 1), List.of(), objective("objective-1.1", "1.1", "Counter Network"));
        EditionView to = edition("plan-2020", null, List.of(), annotated);

        assertThat(Differ.text(Differ.diff(from, to, Map.of()))).isEqualTo("""
                From plan-2020 (plan-2020, as of 2021-01-01)
                To   plan-2020 (plan-2020, now)
                REWORDED OBJECTIVE 1.1 "Counter Network" -> 1.1 "Counter network" [annotated: title; annotation-2] [paired by id]
                """);
    }

    private static AnnotationView annotation(String id, String field) {
        return new AnnotationView(id, new AnnotationSubject(AnnotationSubjectKind.ELEMENT, "objective-1.1", field),
                "Which capitals the title is printed with", List.of(), "Counter network", "The summary table prints it so",
                LocalDate.of(2024, 6, 1), null);
    }
}
