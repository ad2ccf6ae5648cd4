package org.strategylifecycle.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.test.aggregate.ResultValidator;
import org.strategylifecycle.command.fixture.Expect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules for the tests themselves. Kept out of the aggregates' packages so that mutation testing, which
 * runs the tests there, does not run these too: they read class files and exercise no domain code.
 */
@AnalyzeClasses(packages = "org.strategylifecycle.command", importOptions = ImportOption.OnlyIncludeTests.class)
class TestArchitectureTest {

    /** Axon's expectNoEvents() alone passes when the handler throws: a "changes nothing" test built on it cannot fail. */
    @ArchTest
    static final ArchRule noOpCommandsAreExpectedAsAcceptedOrRefused = noClasses()
            .that().doNotBelongToAnyOf(Expect.class).and().doNotHaveSimpleName("ExpectTest")
            .should().callMethod(ResultValidator.class, "expectNoEvents")
            .because("a command that records nothing is expected through Expect.changesNothing or Expect.refused");
}
