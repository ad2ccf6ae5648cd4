package org.strategylifecycle.stratml;

import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.stratml.types.Goal;
import org.strategylifecycle.stratml.types.PerformancePlanOrReport;
import org.strategylifecycle.stratml.types.Value;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading StratML into the generated types: both parts, the processing instructions, and what is refused first. */
class StratmlDocumentsTest {

    private static final String CORE = """
              <Name>Agency Plan 2025-2029</Name>
              <StrategicPlanCore>
                <Organization><Name>Example Agency</Name><Acronym>EXA</Acronym></Organization>
                <Value><Name>Integrity</Name><?slc-meta id: value-integrity?></Value>
                <Goal><Name>Goal A</Name><Description>Protect</Description><Identifier>goal-a</Identifier><SequenceIndicator>1</SequenceIndicator>
                  <Objective><Name>Objective A.1</Name></Objective>
                </Goal>
              </StrategicPlanCore>""";

    @Test
    void aPart2DocumentBindsToTheGeneratedTypesAndKeepsItsProcessingInstructions() {
        BoundPlan bound = bind("<PerformancePlanOrReport xmlns=\"" + StratmlDocuments.PART2_NS + "\" Type=\"Strategic_Plan\">"
                + CORE + "</PerformancePlanOrReport>");

        assertPlan(bound.plan());
        Value value = bound.plan().getStrategicPlanCore().getValue().get(0);
        assertThat(bound.processingInstruction(value, "slc-meta")).isEqualTo("id: value-integrity");
        assertThat(bound.processingInstruction(value, "other")).isNull();
    }

    @Test
    void aPart1DocumentIsReadAsThePart2ItIsASubsetOf() {
        BoundPlan bound = bind("<StrategicPlan xmlns=\"" + StratmlDocuments.PART1_NS + "\">" + CORE + "</StrategicPlan>");

        assertPlan(bound.plan());
        assertThat(bound.processingInstruction(bound.plan().getStrategicPlanCore().getValue().get(0), "slc-meta"))
                .isEqualTo("id: value-integrity");
    }

    @Test
    void unsafeMalformedAndInvalidDocumentsAreRefusedBeforeAnyBinding() {
        assertThatThrownBy(() -> StratmlDocuments.read(bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><x/>")))
                .isInstanceOfSatisfying(StrategyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STRATML_UNSAFE));
        assertThatThrownBy(() -> StratmlDocuments.read(bytes("<StrategicPlan xmlns=\"" + StratmlDocuments.PART1_NS + "\">")))
                .isInstanceOfSatisfying(StrategyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STRATML_MALFORMED));
        assertThatThrownBy(() -> StratmlDocuments.read(bytes("<StrategicPlan xmlns=\"" + StratmlDocuments.PART1_NS + "\">"
                + CORE.replace("<Name>Goal A</Name>", "") + "</StrategicPlan>")))
                .isInstanceOfSatisfying(StratmlInvalid.class, e -> assertThat(e.total()).isPositive());
    }

    @Test
    void documentsBeyondTheParsersLimitsAreInvalidNotAFailure() {
        int inner = StratmlDocuments.MAX_DEPTH - 1;
        assertThat(StratmlDocuments.parse(bytes("<r>" + "<x>".repeat(inner) + "</x>".repeat(inner) + "</r>"))
                .getDocumentElement().getLocalName()).isEqualTo("r");
        String deeper = "<r>" + "<x>".repeat(inner + 1) + "</x>".repeat(inner + 1) + "</r>";
        String attributes = "<r" + IntStream.range(0, 10_001).mapToObj(i -> " a" + i + "=\"1\"").collect(Collectors.joining()) + "/>";
        String name = "<" + "n".repeat(1_001) + "/>";
        for (String document : List.of(deeper, attributes, name)) {
            assertThatThrownBy(() -> StratmlDocuments.read(bytes(document)))
                    .isInstanceOfSatisfying(StrategyException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.STRATML_INVALID);
                        assertThat(e.getMessage()).startsWith("line 1, column ").contains("beyond a limit of the XML parser");
                    });
        }
        assertThatThrownBy(() -> StratmlDocuments.read(bytes(deeper))).hasMessageContaining("depth of \"101\"");
    }

    private static void assertPlan(PerformancePlanOrReport plan) {
        assertThat(plan.getName()).isEqualTo("Agency Plan 2025-2029");
        assertThat(plan.getStrategicPlanCore().getOrganization().get(0).getAcronym()).isEqualTo("EXA");
        Goal goal = plan.getStrategicPlanCore().getGoal().get(0);
        assertThat(goal.getIdentifier()).isEqualTo("goal-a");
        assertThat(goal.getSequenceIndicator()).isEqualTo("1");
        assertThat(goal.getObjective()).singleElement().satisfies(o -> assertThat(o.getName()).isEqualTo("Objective A.1"));
    }

    private static BoundPlan bind(String xml) {
        return StratmlDocuments.bind(StratmlDocuments.read(bytes(xml)));
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
