package org.strategylifecycle.command.edition;

import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.MeasureType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edition cache is bounded by {@link StrategyEdition#approximateBytes()}: each estimate stays
 * within a third of the heap JOL measures the same state to hold, for editions as the command bench
 * grows them (many short elements with readings), as transcribed plans are (long texts with
 * characters beyond Latin-1), and with links, annotations and external identifiers.
 */
class EditionFootprintTest {

    static {
        // JOL finds the fields of records (Element.Reading, the state's keys) only this way on JDK 17+.
        System.setProperty("jol.magicFieldOffset", "true");
    }

    private static final String PARAGRAPH = "Enhance the security of the U.S. border – at and between ports of entry – "
            + "by deploying the personnel, technology and infrastructure the mission needs. ";

    @Test
    void anEmptyEdition() {
        StrategyEdition edition = new StrategyEdition();
        assertWithinAThird(edition.approximateBytes(), GraphLayout.parseInstance(edition).totalSize());
    }

    @Test
    void manyShortElementsWithReadings() {
        EditionState state = drafted();
        for (int goal = 1; goal <= 20; goal++) {
            Element g = element("goal-" + goal, ElementType.GOAL, null);
            state.added(g, String.valueOf(goal), null, "Goal " + goal, null, null);
            for (int objective = 1; objective <= 9; objective++) {
                String id = "goal-" + goal + "-objective-" + objective;
                state.added(element(id, ElementType.OBJECTIVE, g.id()), goal + "." + objective, null,
                        "Objective " + goal + "." + objective, null, null);
                if (objective % 3 == 0) {
                    Element measure = element(id + "-measure", ElementType.MEASURE, id);
                    for (int year = 2021; year <= 2024; year++) {
                        measure.setTarget("FY" + year, new Element.Reading(new BigDecimal("97.5" + year), null));
                        measure.setActual("FY" + year, new Element.Reading(new BigDecimal("96." + year), null));
                    }
                    state.added(measure, null, null, "Measure of " + id, null, null);
                }
            }
        }
        assertWithinAThird(state.approximateBytes(), GraphLayout.parseInstance(state).totalSize());
    }

    @Test
    void elementsWithLongTexts() {
        EditionState state = drafted();
        for (int goal = 1; goal <= 5; goal++) {
            Element g = element("goal-" + goal, ElementType.GOAL, null);
            state.added(g, String.valueOf(goal), "Goal " + goal, "Secure the Border – part " + goal,
                    PARAGRAPH.repeat(goal), PARAGRAPH.repeat(2));
            for (int objective = 1; objective <= 4; objective++) {
                state.added(element("goal-" + goal + "-objective-" + objective, ElementType.OBJECTIVE, g.id()),
                        goal + "." + objective, null, "Objective " + goal + "." + objective, PARAGRAPH.repeat(objective),
                        null);
            }
        }
        assertWithinAThird(state.approximateBytes(), GraphLayout.parseInstance(state).totalSize());
    }

    @Test
    void linksAnnotationsAndExternalIdentifiers() {
        EditionState state = drafted();
        for (int objective = 1; objective <= 30; objective++) {
            String id = "objective-" + objective;
            state.added(element(id, ElementType.OBJECTIVE, null), String.valueOf(objective), null, "Objective " + objective,
                    null, null);
            state.aligned("alignment-" + objective, new EditionState.Alignment(id, new AlignmentTarget(null, null,
                    "DHS Strategic Plan FY2020-2024", "Goal " + objective, "Counter terrorism")), LocalDate.of(2021, 1, objective % 28 + 1));
            state.linked("lineage-" + objective);
            state.annotated("note-" + objective, new Annotation(null, "Printed as 1." + objective + " and 2." + objective,
                    List.of(), "1." + objective, "The table of contents and the heading differ", false, LocalDate.of(2021, 2, 1)));
            state.identified(id, "CBP-2021#O" + objective, LocalDate.of(2021, 3, 1));
        }
        assertWithinAThird(state.approximateBytes(), GraphLayout.parseInstance(state).totalSize());
    }

    @Test
    void everyTextAndReadingOfAnElementCounts() {
        Element element = new Element("e", ElementType.MEASURE, "pp", ElementStatus.ADOPTED, LocalDate.of(2021, 1, 1));
        element.setContent("nnn", "llll", "ttttt", "x".repeat(6), "o".repeat(7));
        element.setMeasure(MeasureType.OUTCOME, "p".repeat(8), "u".repeat(9));
        element.setExternalId("i".repeat(10));
        long texts = 0;
        for (int length = 1; length <= 10; length++) {
            texts += 40 + 2L * length;
        }
        assertThat(element.approximateBytes()).isEqualTo(Footprint.ELEMENT + texts);

        element.setTarget("FY2021", new Element.Reading(new BigDecimal("97.5"), "a target"));
        element.setActual("FY2022", new Element.Reading(new BigDecimal("96.1"), null));
        long readings = Footprint.READING + (40 + 2 * 6) + (40 + 2 * 8) + Footprint.READING + (40 + 2 * 6);
        assertThat(element.approximateBytes()).isEqualTo(Footprint.ELEMENT + texts + readings);
    }

    @Test
    void anElementIsWeighedAgainAfterEachChangeOfWhatItHolds() {
        Element element = new Element("e", ElementType.MEASURE, "pp", ElementStatus.ADOPTED, LocalDate.of(2021, 1, 1));
        long weight = element.approximateBytes();
        assertThat(weight).isEqualTo(Footprint.ELEMENT + (40 + 2) + (40 + 2 * 2));

        element.setContent("nnn", null, null, null, null);
        assertThat(element.approximateBytes()).as("content").isEqualTo(weight += 40 + 2 * 3);
        element.setMeasure(MeasureType.OUTCOME, "pppp", null);
        assertThat(element.approximateBytes()).as("measure").isEqualTo(weight += 40 + 2 * 4);
        element.setExternalId("iiiii");
        assertThat(element.approximateBytes()).as("external id").isEqualTo(weight += 40 + 2 * 5);
        element.setParent("pppppp");
        assertThat(element.approximateBytes()).as("parent").isEqualTo(weight += 2 * 4);
        element.setTarget("FY2021", new Element.Reading(BigDecimal.ONE, null));
        assertThat(element.approximateBytes()).as("target").isEqualTo(weight += Footprint.READING + 40 + 2 * 6);
        element.setActual("FY2021", new Element.Reading(BigDecimal.ONE, "t"));
        assertThat(element.approximateBytes()).as("actual").isEqualTo(weight + Footprint.READING + 40 + 2 * 6 + 40 + 2);
    }

    @Test
    void everyLinkAnnotationAndIdentifierOfAnEditionCounts() {
        EditionState state = drafted();
        state.added(element("objective-1", ElementType.OBJECTIVE, null), "1", null, "Objective 1", null, null);
        long elements = state.approximateBytes();
        state.aligned("alignment-1", new EditionState.Alignment("objective-1", new AlignmentTarget(null, null,
                "DHS Strategic Plan", "Goal 1", "Counter terrorism")), LocalDate.of(2021, 2, 1));
        state.linked("lineage-1");
        state.linked("lineage-2");
        state.annotated("note-1", new Annotation(null, "uu", List.of(), "ccc", "rrrr", false, LocalDate.of(2021, 2, 1)));
        long annotation = Footprint.ANNOTATION + (40 + 2 * 2) + (40 + 2 * 3) + (40 + 2 * 4);
        assertThat(state.approximateBytes()).isEqualTo(elements + Footprint.ALIGNMENT + 3 * Footprint.LINK_ID + annotation);

        long before = state.approximateBytes();
        state.identified("objective-1", "CBP#O1", LocalDate.of(2021, 3, 1));
        assertThat(state.approximateBytes()).as("the entry, and the text on the element")
                .isEqualTo(before + Footprint.EXTERNAL_ID + 40 + 2 * 6);
    }

    @Test
    void everyRememberedRequestOfAnEditionCounts() {
        StrategyEdition none = withRequests(0);
        assertThat(withRequests(3).approximateBytes()).isEqualTo(none.approximateBytes() + 3 * Footprint.REQUEST);
        assertThat(none.approximateBytes()).isEqualTo(Footprint.EDITION + new EditionState().approximateBytes());
    }

    /** An edition as its snapshot holds it, remembering {@code requests} keyed requests. */
    private static StrategyEdition withRequests(int requests) {
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < requests; i++) {
            seen.append(i == 0 ? "" : ",").append("\"editor\\nkey-%d\": {\"hash\": \"h%d\", \"version\": %d}".formatted(i, i, i));
        }
        return EditionSnapshots.edition("s", new EditionState(), seen.toString());
    }

    private static EditionState drafted() {
        EditionState state = new EditionState();
        state.drafted("cbp-2021-2026", null, null, LocalDate.of(2021, 1, 1));
        return state;
    }

    /** Each element with its own dates, as events deserialized one by one give them. */
    private static Element element(String id, ElementType type, String parentId) {
        return new Element(id, type, parentId, ElementStatus.ADOPTED, LocalDate.of(2021, 1, id.length() % 28 + 1));
    }

    private static void assertWithinAThird(long estimated, long measured) {
        assertThat(estimated).as("estimate against JOL's %d bytes", measured)
                .isBetween(measured * 3 / 4, measured * 4 / 3);
    }
}
