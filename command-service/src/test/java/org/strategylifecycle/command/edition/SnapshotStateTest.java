package org.strategylifecycle.command.edition;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.stakeholder.RoleType;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.api.stakeholder.StakeholderType;
import org.strategylifecycle.eventstore.EventStoreSetup;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strategylifecycle.command.fixture.Given.revision;

/**
 * An edition's state read back from the JSON a snapshot holds (the event store's serializer) decides
 * as the state it was written from: the indexes it derives again (numbers, display order, active
 * members, alignments) and what it holds (ids taken, readings, alignment dates). The HTTP test
 * (SnapshotHttpTest) does the same for whole editions loaded through Axon.
 */
class SnapshotStateTest {

    private static final Serializer SERIALIZER = EventStoreSetup.serializer();
    private static final LocalDate ADDED = LocalDate.of(2020, 1, 1);
    private static final AlignmentTarget DHS = new AlignmentTarget(null, null, "DHS Plan", "2.1", "Secure");

    @Test
    void stateReadBackFromItsJsonDecidesAsTheOriginal() {
        EditionState written = state();
        EditionState read = roundTrip(written);

        assertThat(json(read)).isEqualTo(json(written));
        assertThat(List.of("goal-1", "obj-1", "obj-2", "m-1", "sh-1")).allMatch(read::hasElement);
        assertThat(json(read)).containsSubsequence("\"elements\":{\"goal-1\":{", "\"obj-1\":{", "\"obj-2\":{",
                "\"m-1\":{", "\"sh-1\":{");
        Element stakeholder = read.element("sh-1", ElementType.STAKEHOLDER);
        assertThat(stakeholder.roles()).containsExactly(new StakeholderRole("Partner", "Works with us", List.of(RoleType.PERFORMER)));
        assertThat(stakeholder.stakeholderType()).isEqualTo(StakeholderType.ORGANIZATION);
        assertThat(read.isTaken("CountyCode#P320-G1")).isTrue();
        assertThat(read.resolve("CountyCode#P320-G1")).isEqualTo("goal-1");
        assertThat(read.element("goal-1", ElementType.GOAL).externalId()).isEqualTo("CountyCode#P320-G1");
        assertThat(read.isAligned("obj-1", DHS)).isTrue();
        assertThat(read.isAligned("obj-2", DHS)).isFalse();
        assertThat(read.isTaken("al-1")).isTrue();
        assertThat(read.isTaken("lineage-1")).isTrue();
        assertThat(read.isTaken("note-1")).isTrue();
        assertThat(read.nextOrder(ElementType.OBJECTIVE, "goal-1", null)).isEqualTo(3);
        Element measure = read.element("m-1", ElementType.MEASURE);
        assertThat(measure.target("FY2021")).isEqualTo(new Element.Reading(new BigDecimal("97.50"), null));
        assertThat(measure.actual("FY2021")).isEqualTo(new Element.Reading(new BigDecimal("96.1"), "est."));
        assertThat(read.element("obj-2", ElementType.OBJECTIVE).added()).isEqualTo(ADDED);

        assertThatThrownBy(() -> read.requireNumberFree(ElementType.OBJECTIVE, "goal-1", "1.1", null))
                .isInstanceOfSatisfying(StrategyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NUMBER_TAKEN));
        read.requireNumberFree(ElementType.OBJECTIVE, "goal-1", "1.1", "obj-1");
        assertThatThrownBy(() -> read.retirable("goal-1", ElementType.GOAL, revision("2021-06-01")))
                .isInstanceOfSatisfying(StrategyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CHILDREN_NOT_RETIRED));
        assertThatThrownBy(() -> read.requireRemovable("al-1", LocalDate.of(2020, 12, 31)))
                .isInstanceOfSatisfying(StrategyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS));
        read.requireRemovable("al-1", LocalDate.of(2021, 1, 1));
    }

    @Test
    void removedAlignmentStaysRemovedAndItsIdTaken() {
        EditionState written = state();
        written.alignmentRemoved("al-1");
        EditionState read = roundTrip(written);

        assertThat(read.isAligned("obj-1", DHS)).isFalse();
        assertThat(read.isTaken("al-1")).isTrue();
        assertThat(json(read)).isEqualTo(json(written));
    }

    private static EditionState state() {
        EditionState state = new EditionState();
        state.drafted("s-1", null, null, ADDED);
        state.adopted(ADDED);
        state.added(new Element("goal-1", ElementType.GOAL, null, ElementStatus.ADOPTED, ADDED));
        for (String id : List.of("obj-1", "obj-2")) {
            Element objective = new Element(id, ElementType.OBJECTIVE, "goal-1", ElementStatus.ADOPTED, ADDED);
            state.added(objective);
            state.setContent(objective, id.equals("obj-1") ? "1.1" : "1.2", null, "Objective " + id, null, null);
        }
        Element measure = new Element("m-1", ElementType.MEASURE, "obj-2", ElementStatus.ADOPTED, ADDED);
        measure.setTarget("FY2021", new Element.Reading(new BigDecimal("97.50"), null));
        measure.setActual("FY2021", new Element.Reading(new BigDecimal("96.1"), "est."));
        state.added(measure);
        state.aligned("al-1", new EditionState.Alignment("obj-1", DHS), LocalDate.of(2021, 1, 1));
        state.linked("lineage-1");
        state.annotated("note-1", new Annotation(null, "Printed twice", List.of(), "1", "The heading",
                false, ADDED));
        Element stakeholder = new Element("sh-1", ElementType.STAKEHOLDER, "goal-1", ElementStatus.ADOPTED, ADDED);
        stakeholder.setStakeholder(StakeholderType.ORGANIZATION,
                List.of(new StakeholderRole("Partner", "Works with us", List.of(RoleType.PERFORMER))));
        state.added(stakeholder);
        state.identified("goal-1", "CountyCode#P320-G1", ADDED);
        return state;
    }

    private static EditionState roundTrip(EditionState state) {
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(state, byte[].class);
        return SERIALIZER.deserialize(serialized);
    }

    private static String json(EditionState state) {
        return new String(SERIALIZER.serialize(state, byte[].class).getData(), StandardCharsets.UTF_8);
    }
}
