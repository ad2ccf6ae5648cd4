package org.strategylifecycle.command;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.Slice;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateRoot;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Concepts stay apart, each in one package with its controller and its decisions, aggregates stay in
 * their two packages, the message API knows no service, and an edition's state and elements are
 * changed through their methods only.
 */
@AnalyzeClasses(packages = "org.strategylifecycle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Set<String> CONCEPTS = Set.of("strategy", "line", "statement", "goal", "missionarea",
            "objective", "initiative", "outcome", "measure", "alignment", "lineage", "correction", "annotation",
            "stakeholder", "identifier");

    /** Each concept's controller shares only the web plumbing (and the aggregates), never another concept. */
    @ArchTest
    static final ArchRule conceptPackagesDoNotDependOnEachOther = slices()
            .matching("org.strategylifecycle.command.(*)..")
            .namingSlices("$1")
            .that(DescribedPredicate.describe("are concept packages",
                    (Slice slice) -> CONCEPTS.contains(slice.getDescription())))
            .should().notDependOnEachOther();

    private static final DescribedPredicate<JavaClass> DECIDES = DescribedPredicate.describe(
            "have command or event-sourcing handlers", (JavaClass c) -> c.getMethods().stream().anyMatch(
                    m -> m.isAnnotatedWith(CommandHandler.class) || m.isAnnotatedWith(EventSourcingHandler.class)));

    private static final DescribedPredicate<JavaClass> CONTROLLER = DescribedPredicate.describe(
            "are controllers", (JavaClass c) -> c.isMetaAnnotatedWith(RestController.class));

    /**
     * A concept's decisions (an edition's aggregate member, a handler that reads another aggregate
     * first) sit in its package beside its controller, so one package holds all of a concept's command
     * side. Not bound to a concept: the aggregate roots, which hold their members, and the edition's
     * memory of keyed requests.
     */
    @ArchTest
    static final ArchRule decisionsSitBesideTheirController = classes()
            .that(DECIDES)
            .and().areNotMetaAnnotatedWith(AggregateRoot.class)
            .and().resideOutsideOfPackage("org.strategylifecycle.command.idempotency")
            .should(new ArchCondition<>("reside in a package with a controller") {
                @Override
                public void check(JavaClass decision, ConditionEvents events) {
                    if (decision.getPackage().getClasses().stream().noneMatch(CONTROLLER)) {
                        events.add(SimpleConditionEvent.violated(decision, decision.getName()
                                + " decides commands in " + decision.getPackageName() + ", which holds no controller"));
                    }
                }
            });

    /** The edition package is the aggregate's root and what its members share; it decides no concept. */
    @ArchTest
    static final ArchRule editionDecidesNoConcept = noClasses()
            .that().resideInAPackage("org.strategylifecycle.command.edition")
            .and().areNotMetaAnnotatedWith(AggregateRoot.class)
            .should(new ArchCondition<>("have command or event-sourcing handlers") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    events.add(new SimpleConditionEvent(c, DECIDES.test(c), c.getName() + " has "
                            + (DECIDES.test(c) ? "" : "no ") + "command or event-sourcing handlers"));
                }
            });

    /**
     * Every concept's controller has the concept's decisions beside it; only an edition's own lifecycle
     * (strategy) is decided by the aggregate root.
     */
    @ArchTest
    static final ArchRule controllersHaveTheirDecisionsBeside = classes()
            .that(CONTROLLER)
            .and(DescribedPredicate.describe("are in a concept package other than strategy", (JavaClass c) ->
                    CONCEPTS.contains(lastSegment(c.getPackageName())) && !c.getPackageName().endsWith(".strategy")))
            .should(new ArchCondition<>("have the concept's decisions in their package") {
                @Override
                public void check(JavaClass controller, ConditionEvents events) {
                    if (controller.getPackage().getClasses().stream().noneMatch(DECIDES)) {
                        events.add(SimpleConditionEvent.violated(controller, controller.getName()
                                + " has no class deciding its commands in " + controller.getPackageName()));
                    }
                }
            });

    /**
     * A concept's decisions take that concept's messages: a handler in {@code command.goal} handles
     * what {@code api.goal} holds, and so on. The line's handlers, which take an edition's commands
     * with the line's, are the exception.
     */
    @ArchTest
    static final ArchRule decisionsTakeTheirConceptsMessages = classes()
            .that(DECIDES)
            .and(DescribedPredicate.describe("are in a concept package other than line", (JavaClass c) ->
                    CONCEPTS.contains(lastSegment(c.getPackageName())) && !c.getPackageName().endsWith(".line")))
            .should(new ArchCondition<>("handle only the messages of their concept") {
                @Override
                public void check(JavaClass decision, ConditionEvents events) {
                    String concept = "org.strategylifecycle.api." + lastSegment(decision.getPackageName());
                    decision.getMethods().stream()
                            .filter(m -> m.isAnnotatedWith(CommandHandler.class) || m.isAnnotatedWith(EventSourcingHandler.class))
                            .filter(m -> !m.getRawParameterTypes().get(0).getPackageName().equals(concept))
                            .forEach(m -> events.add(SimpleConditionEvent.violated(decision, m.getFullName()
                                    + " handles a message of " + m.getRawParameterTypes().get(0).getPackageName()
                                    + ", not of " + concept)));
                }
            });

    @ArchTest
    static final ArchRule onlyEditionAndLineHoldAggregates = classes()
            .that().areMetaAnnotatedWith(AggregateRoot.class)
            .should().resideInAnyPackage("org.strategylifecycle.command.edition", "org.strategylifecycle.command.line");

    private static final String EDITION_STATE = "org.strategylifecycle.command.edition.EditionState";
    private static final String ELEMENT = "org.strategylifecycle.command.edition.Element";

    /** The concept members read and change the edition's state through its methods, never its fields. */
    @ArchTest
    static final ArchRule editionStateFieldsAreItsOwn = noClasses()
            .that().doNotHaveFullyQualifiedName(EDITION_STATE)
            .should().accessFieldWhere(fieldOf(EDITION_STATE));

    /** An element's fields are set by its own methods, which the state and the event-sourcing handlers call. */
    @ArchTest
    static final ArchRule elementFieldsAreSetByElementOnly = noClasses()
            .that().doNotHaveFullyQualifiedName(ELEMENT)
            .should().setFieldWhere(fieldOf(ELEMENT));

    private static String lastSegment(String packageName) {
        return packageName.substring(packageName.lastIndexOf('.') + 1);
    }

    private static DescribedPredicate<JavaFieldAccess> fieldOf(String owner) {
        return DescribedPredicate.describe("a field of " + owner,
                (JavaFieldAccess access) -> access.getTargetOwner().getFullName().equals(owner));
    }

    @ArchTest
    static final ArchRule messageApiKnowsNoService = noClasses()
            .that().resideInAPackage("org.strategylifecycle.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.strategylifecycle.command..",
                    "org.strategylifecycle.query..");
}
