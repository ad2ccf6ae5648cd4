package org.strategylifecycle.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.query.annotation.AnnotationProjection;
import org.strategylifecycle.query.edition.EditionProjection;
import org.strategylifecycle.query.link.LinkProjection;
import org.strategylifecycle.query.measure.MeasureProjection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side's shape: controllers hold no SQL (they ask a reader), and each read model's tables
 * are read only in its own package, so a read model can change its tables, or be rebuilt alone,
 * without a reader elsewhere breaking. The reads across read models that remain are listed in
 * {@link #CROSSING}, each with why; a new one fails here.
 */
@AnalyzeClasses(packages = "org.strategylifecycle.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersHoldNoSql = noClasses()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
            .because("a controller asks a read model's reader; the SQL lives beside the tables it reads");

    /** Each read model's tables, by the package that owns them. */
    private static final Map<String, List<String>> OWNERS = Map.of(
            "edition", EditionProjection.TABLES,
            "link", LinkProjection.TABLES,
            "measure", MeasureProjection.TABLES,
            "annotation", AnnotationProjection.TABLES);

    /** Reads of another read model's tables that remain, as "package reads table", and why. */
    private static final Map<String, String> CROSSING = Map.ofEntries(
            Map.entry("projection reads change", "the shared writer's idempotency probe: every event writes one history row"),
            Map.entry("history reads change", "the history pages walk the editions model's history rows by position up to the settled one: that SQL is their paging"),
            Map.entry("live reads change", "live updates follow the history table in transaction order below the horizon: that SQL is their cursor"),
            Map.entry("edition reads link", "an edition's row is read with its supersession in one query, which every read of an edition starts with (and which validates a kept answer)"));

    private static final Pattern TABLE = Pattern.compile("\\bquery\\.([a-z_]+)\\b");

    @Test
    void eachReadModelsTablesAreReadInItsOwnPackage() throws IOException {
        Map<String, String> owner = new HashMap<>();
        OWNERS.forEach((pkg, tables) -> tables.forEach(t -> owner.put(t, pkg)));
        Path root = Path.of("src/main/java/org/strategylifecycle/query");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file.getParent()).toString().replace('/', '.');
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import ") || line.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = TABLE.matcher(line);
                    while (m.find()) {
                        String table = m.group(1);
                        String tablesOwner = owner.get(table);
                        if (tablesOwner != null && !tablesOwner.equals(pkg)) {
                            found.add(pkg + " reads " + table);
                        }
                    }
                }
            }
        }
        assertThat(found).as("reads of another read model's tables (each in CROSSING, with why)")
                .isEqualTo(new TreeSet<>(CROSSING.keySet()));
    }
}
