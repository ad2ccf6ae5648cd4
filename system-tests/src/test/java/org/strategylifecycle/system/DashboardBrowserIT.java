package org.strategylifecycle.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard in a real browser: headless Chromium (the operating system's) against both services
 * started as processes on a fresh database with the corpus loaded by the corpus loader's jar, as
 * {@code ./run} does. A person's questions, answered on the pages: the editions by line, the integrity
 * line on two dates, the 2020–2025 to 2024–2028 comparison, OFO's crosswalk to Protecting America, a
 * change appearing without a reload, history kept from viewers, measures as chart and table; every
 * page checked by axe-core for serious or critical accessibility violations, and photographed
 * (target/screenshots). Skipped with the install instruction where no browser is installed, and a
 * failure then when STRATEGY_REQUIRE_BROWSER=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Browser.Required.class)
class DashboardBrowserIT {

    private static final Path ROOT = Path.of(System.getProperty("services.dir", ".."));
    private static final List<String> DOCUMENTS = List.of("ofo-poe-strategic-plan-fy2007-2011", "cbp-strategy-2020-2025",
            "cbp-integrity-accountability-strategy-2023", "cbp-strategy-2024-2028", "opr-strategy-2024-2028");

    private BothServices services;
    private Api editor;
    private Api auditor;
    private final Map<String, List<String>> violations = new TreeMap<>();

    @BeforeAll
    void startWithTheCorpus() throws Exception {
        services = BothServices.start("dashboard");
        editor = new Api(services.command().port(), "editor");
        auditor = new Api(services.query().port(), "auditor");
        loadCorpus();
    }

    @AfterAll
    void stop() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void theHomePageListsTheFiveDocumentsEditionsByLine() {
        try (Browser browser = Browser.open(services.query().port())) {
            browser.signIn("viewer").go("/");
            List<String> links = browser.all("table.editions a").stream().map(a -> a.getAttribute("href")).toList();
            for (String id : DOCUMENTS) {
                assertThat(links).as(id).anySatisfy(href -> assertThat(href).endsWith("/editions/" + id));
            }
            assertThat(browser.text("main")).contains("CBP enterprise strategy", "CBP integrity strategy", "Referenced plan",
                    "Superseded", "Inferred", "Stated");
            check(browser, "home");
        }
    }

    @Test
    void theIntegrityLineShowsThe2014StrategyIn2020AndThe2023OneIn2024() {
        try (Browser browser = Browser.open(services.query().port())) {
            browser.signIn("viewer").go("/");
            // The time control, used as a person would: type a date, submit.
            WebElement date = browser.driver().findElement(By.id("home-as-of"));
            date.sendKeys("06302020");
            date.submit();
            browser.waitUntil(d -> d.getCurrentUrl().contains("asOf=2020-06-30"));
            assertThat(row(browser, "cbp-integrity-strategy-2014")).contains("Adopted, in force");
            assertThat(row(browser, "cbp-integrity-accountability-strategy-2023")).contains("Not yet drafted");
            check(browser, "home-as-of-2020");

            browser.go("/?asOf=2024-06-30");
            assertThat(row(browser, "cbp-integrity-strategy-2014")).contains("Superseded");
            assertThat(row(browser, "cbp-integrity-accountability-strategy-2023")).contains("Adopted, in force");

            browser.go("/editions/cbp-integrity-strategy-2014?asOf=2020-06-30");
            assertThat(browser.text("#view")).contains("As of 30 June 2020");
            assertThat(browser.text(".facts")).contains("Adopted").doesNotContain("Superseded");
            assertThat(browser.text("main")).contains("Prevention", "Detection", "Investigation", "Response");
            check(browser, "edition-integrity-2014-as-of-2020");

            browser.go("/editions/cbp-integrity-strategy-2014?asOf=2024-06-30");
            assertThat(browser.text(".facts")).contains("Superseded");
            browser.go("/editions/cbp-integrity-accountability-strategy-2023?asOf=2024-06-30");
            assertThat(browser.text("#view")).contains("As of 30 June 2024");
            assertThat(browser.text(".facts")).contains("Adopted");
            assertThat(browser.text("main")).contains("Shape, model, and promote a culture reflecting CBP's core values");
            browser.go("/editions/cbp-integrity-accountability-strategy-2023?asOf=2020-06-30");
            assertThat(browser.text("main")).contains("STRATEGY_NOT_FOUND");
        }
    }

    @Test
    void theEditionPageShowsItsTreeWithStatusAndProvenance() {
        try (Browser browser = Browser.open(services.query().port())) {
            browser.signIn("viewer").go("/editions/cbp-strategy-2024-2028");
            assertThat(browser.text("#view")).startsWith("Now");
            assertThat(browser.text("main")).contains("Vision", "Mission", "Core Values", "Goal", "Objective",
                    "Secure and Compliant Trade", "Stated", "CBP Strategy 2024–2028");
            assertThat(browser.all("#el-goal-1 .badge")).isNotEmpty();
            // Readings a reader had to choose, on the elements and on the edition's own dates (ADR 18).
            assertThat(browser.text("main")).contains("Reading chosen", "The desired outcome begins with words",
                    "Readings chosen for this edition and its links", "adoptedOn:");
            check(browser, "edition");
            browser.screenshot("edition-phone", 390);
        }
    }

    @Test
    void theComparisonOf2020To2024ShowsWhatWasKeptAndWhatWasRemoved() {
        try (Browser browser = Browser.open(services.query().port())) {
            browser.signIn("viewer").go("/compare?from=cbp-strategy-2020-2025&to=cbp-strategy-2024-2028");
            String kept = section(browser, "kept-heading");
            String removed = section(browser, "removed-heading");
            assertThat(kept).contains("Secure and Compliant Trade", "Renumbered", "Moved");
            assertThat(removed).contains("Counter Network");
            assertThat(kept).doesNotContain("Counter Network");
            assertThat(browser.all("#live del")).isNotEmpty();
            assertThat(browser.all("#live ins")).isNotEmpty();
            check(browser, "compare");
        }
    }

    @Test
    void anOfoObjectivesAlignmentsToProtectingAmericaShow() {
        try (Browser browser = Browser.open(services.query().port())) {
            browser.signIn("viewer").go("/editions/ofo-poe-strategic-plan-fy2007-2011/alignments");
            assertThat(browser.text("table.matrix thead")).contains("Protecting America");
            WebElement row = browser.all("table.matrix tbody tr").stream()
                    .filter(r -> r.findElement(By.tagName("th")).getText().startsWith("1.1 "))
                    .findFirst().orElseThrow();
            assertThat(row.findElements(By.cssSelector("td.cell-stated"))).isNotEmpty();
            assertThat(browser.text("main")).contains("Increase scope and accuracy of information gathered",
                    "Appendix B, OFO/CBP Strategic Goals Crosswalk");
            check(browser, "alignments");

            browser.go("/editions/opr-strategy-2024-2028/alignments");
            assertThat(browser.text("main")).contains("Links of draft editions are left out", "Goal 3, Objective 3",
                    "The OPR cell prints \"Goal 2, Objective 1-3\"");
            check(browser, "alignments-opr");

            browser.go("/editions/cbp-strategy-2020-2025");
            assertThat(browser.text(".facts")).contains("Superseded by", "Inferred");

            browser.go("/editions/cbp-integrity-accountability-strategy-2023/elements/goal-3/lineage");
            assertThat(browser.text("main")).contains("Investigation", "Response", "Inferred");
            assertThat(browser.all("svg.graph")).hasSize(1);
            check(browser, "lineage");
        }
    }

    @Test
    void aCommandSentThroughTheApiAppearsOnAnOpenEditionPageWithoutAReload() throws Exception {
        String id = "dashboard-live-" + System.nanoTime();
        draft(id);
        awaitVersion(id, 0);
        try (Browser browser = Browser.open(services.query().port())) {
            browser.signIn("auditor").go("/editions/" + id);
            browser.waitUntil(d -> browser.text("#live-note").startsWith("Live: connected"));
            browser.script("window.notReloaded = true");
            Api.Answer added = editor.accepted("/api/strategies/" + id + "/goals", """
                    {"elementId": "goal-9", "number": "9", "title": "Seen without a reload", "effectiveDate": "2025-01-01"}""");
            assertThat(added.status()).isEqualTo(201);
            browser.waitUntil(d -> browser.text("main").contains("Seen without a reload"));
            assertThat(browser.script("return window.notReloaded === true")).isEqualTo(true);
            assertThat(browser.text("#live-note")).startsWith("Live: updated at");
            check(browser, "edition-live");
        }
        // A role that may not follow the change stream gets the same page, refreshed by polling, and is told so.
        try (Browser browser = Browser.open(services.query().port())) {
            browser.signIn("viewer").go("/editions/" + id);
            String note = browser.text("#live-note");
            if (viewerMayFollowStreams(id)) {
                browser.waitUntil(d -> browser.text("#live-note").startsWith("Live: connected"));
            } else {
                assertThat(note).contains("checks for changes every minute");
            }
            assertThat(browser.text("main")).contains("Seen without a reload");
        }
    }

    @Test
    void aViewerCannotSeeHistoryAnAuditorCan() {
        String history = "/editions/cbp-strategy-2024-2028/history";
        try (Browser browser = Browser.open(services.query().port())) {
            browser.signIn("viewer").go("/editions/cbp-strategy-2024-2028");
            assertThat(browser.all("a[href$='/history']")).isEmpty();
            browser.go(history);
            assertThat(browser.text("h1")).isEqualTo("Forbidden");
            assertThat(browser.text("main")).contains("FORBIDDEN").doesNotContain("Objective adopted");
            assertThat(browser.all(".feed")).as("the activity feed is history too").isEmpty();
            check(browser, "history-forbidden-for-viewer");
            browser.signOut();

            browser.signIn("auditor").go("/editions/cbp-strategy-2024-2028");
            browser.driver().findElement(By.linkText("History")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith(history));
            assertThat(browser.text("main")).contains("Objective adopted", "Revision", "editor", "Effective", "Recorded");
            check(browser, "history");
            browser.go("/");
            assertThat(browser.all(".feed li")).isNotEmpty();
            browser.go("/editions/cbp-strategy-2024-2028/elements/goal-1/history");
            assertThat(browser.text("h1")).startsWith("History of");
        }
    }

    @Test
    void measuresShowTargetsAndActualsAsFirstReportedAndRestatedAsChartAndTable() throws Exception {
        String id = "dashboard-measures-" + System.nanoTime();
        String base = "/api/strategies/" + id;
        draft(id);
        editor.accepted(base + "/goals", """
                {"elementId": "goal-1", "number": "1", "title": "Move trade", "effectiveDate": "2025-01-01"}""");
        editor.accepted(base + "/measures", """
                {"elementId": "m-1", "parentId": "goal-1", "number": "M1", "title": "Containers cleared within a day",
                 "measureType": "OUTCOME", "printedType": "Outcome", "unit": "%", "effectiveDate": "2025-01-01"}""");
        editor.accepted(base + "/measures", """
                {"elementId": "m-2", "parentId": "goal-1", "number": "M2", "title": "Partner satisfaction",
                 "measureType": "QUALITATIVE", "effectiveDate": "2025-01-01"}""");
        for (String[] r : new String[][]{{"targets", "FY2025", "90"}, {"targets", "FY2026", "92"}, {"targets", "FY2027", "95"},
                {"actuals", "FY2025", "88"}, {"actuals", "FY2026", "93.5"}, {"actuals", "FY2025", "89.5"}}) {
            editor.accepted(base + "/measures/m-1/" + r[0], """
                    {"period": "%s", "value": %s, "effectiveDate": "2025-01-01", "rationale": "as reported"}""".formatted(r[1], r[2]));
        }
        Api.Answer last = editor.accepted(base + "/measures/m-1/actuals", """
                {"period": "FY2026", "value": 93, "effectiveDate": "2026-02-01", "rationale": "restated after audit"}""");
        awaitVersion(id, last.version());
        try (Browser browser = Browser.open(services.query().port())) {
            browser.signIn("viewer").go("/editions/" + id + "/measures");
            WebElement measure = browser.driver().findElement(By.id("el-m-1"));
            assertThat(measure.findElements(By.cssSelector("svg.chart polyline"))).hasSize(2);
            assertThat(measure.findElements(By.cssSelector("svg.chart circle.marker-actual-first"))).hasSize(2);
            String table = measure.findElement(By.tagName("table")).getText();
            assertThat(table).contains("FY2025 90 88 89.5", "FY2026 92 93.5 93 2026-02-01", "FY2027 95");
            assertThat(browser.driver().findElement(By.id("el-m-2")).getText()).contains("No targets or actuals recorded");
            check(browser, "measures");

            browser.go("/editions/ofo-poe-strategic-plan-fy2007-2011/measures");
            assertThat(browser.text("main")).contains("None of these measures has a target or an actual recorded");
            check(browser, "measures-without-readings");
        }
    }

    @Test
    void theLoginPageAndItsRefusalsAreAccessible() {
        try (Browser browser = Browser.open(services.query().port())) {
            browser.go("/editions/cbp-strategy-2024-2028");
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/login"));
            check(browser, "login");
            browser.driver().findElement(By.id("username")).sendKeys("viewer");
            browser.driver().findElement(By.id("password")).sendKeys("wrong");
            browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("error"));
            assertThat(browser.text("main")).contains("Wrong user name or password");
            browser.signIn("viewer");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/editions/cbp-strategy-2024-2028");
        }
        assertThat(violations).as("serious or critical accessibility violations by page").allSatisfy(
                (page, found) -> assertThat(found).as(page).isEmpty());
    }

    /** Photographs the page and has axe-core check it; a page with serious violations fails its test. */
    private void check(Browser browser, String page) {
        browser.screenshot(page);
        List<String> found = browser.seriousAccessibilityViolations();
        violations.put(page, found);
        assertThat(found).as("axe-core: serious or critical violations on " + page).isEmpty();
    }

    private static String row(Browser browser, String strategyId) {
        return browser.all("table.editions tbody tr").stream()
                .filter(r -> !r.findElements(By.cssSelector("a[href*='/editions/" + strategyId + "']")).isEmpty()
                        && r.findElement(By.tagName("a")).getAttribute("href").contains("/editions/" + strategyId))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + strategyId)).getText();
    }

    private static String section(Browser browser, String headingId) {
        return browser.driver().findElement(By.id(headingId)).findElement(By.xpath("..")).getText();
    }

    private void draft(String id) {
        editor.accepted("/api/strategies", """
                {"strategyId": "%s", "title": "Dashboard test plan %s", "organization": {"code": "TST", "name": "Test Office"},
                 "period": {"label": "2025–2027", "fromYear": 2025, "toYear": 2027}, "effectiveDate": "2025-01-01"}"""
                .formatted(id, id));
    }

    private void awaitVersion(String id, long version) {
        await(id + " at version " + version + " in the read model").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> auditor.get("/api/strategies/" + id + "?minVersion=" + version).status() == 200);
    }

    /** Whether the security rules let a viewer subscribe to an edition's change stream (being decided elsewhere). */
    private boolean viewerMayFollowStreams(String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + services.query().port()
                        + "/api/strategies/" + id + "/changes"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode() == 200;
    }

    /** The corpus, loaded by the corpus loader's own jar, as ./run loads it; then the read side caught up. */
    private void loadCorpus() throws Exception {
        Path jar = ROOT.resolve("corpus-loader/target/corpus-loader.jar");
        Path log = Path.of(System.getProperty("logs.dir", "target/service-logs")).resolve("dashboard-corpus-loader.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process loader = new ProcessBuilder(java, "-Xmx128m", "-jar", jar.toString(), "--corpus", ROOT.resolve("corpus").toString(),
                "--url", "http://localhost:" + services.command().port())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!loader.waitFor(5, TimeUnit.MINUTES) || loader.exitValue() != 0) {
            loader.destroyForcibly();
            throw new IllegalStateException("the corpus did not load; see " + log);
        }
        List<String> missing = new ArrayList<>(DOCUMENTS);
        await("the corpus's editions").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            missing.removeIf(id -> auditor.get("/api/strategies/" + id).status() == 200
                    && !"DRAFT".equals(auditor.read("/api/strategies/" + id).path("strategy").path("status").asString()));
            assertThat(missing).as("editions the read side has not caught up with").isEmpty();
        });
        // The last steps of the corpus are links; wait until the read side has applied every event.
        long head = auditor.read("/api/activity?limit=1").get(0).path("position").asLong();
        await("every event applied").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> auditor.read("/api/strategies/cbp-strategy-2024-2028").path("position").asLong() >= head);
    }
}
