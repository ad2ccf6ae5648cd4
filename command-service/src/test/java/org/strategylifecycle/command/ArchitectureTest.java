package org.strategylifecycle.command;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import org.axonframework.modelling.command.AggregateRoot;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Concepts stay apart, aggregates stay in their two packages, the message API knows no service, and an
 * edition's state and elements are changed through their methods only.
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
