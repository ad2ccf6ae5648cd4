package org.strategylifecycle.query.dashboard;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotationRecorded;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.strategy.StrategyAdopted;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.api.strategy.StrategySuperseded;
import org.strategylifecycle.query.QueryHttpTestSupport;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's pages over real HTTP on a real PostgreSQL: what scripts (HTTP Basic) and browsers
 * (the login form, its CSRF token and the session) get, who may see which page, refusals as pages
 * with their error code, the Content-Security-Policy, and the summary and provenance the API gained.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardHttpTest extends QueryHttpTestSupport {

    private static final String ID = "dashboard-2024";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @BeforeAll
    void edition() throws Exception {
        publish(ID, 0, new StrategyDrafted(ID, null, "Dashboard Strategy 2024–2028",
                new Organization("DSH", "Dashboard Office", null), new Period("2024–2028", 2024, 2028), false,
                change("2024-01-01")));
        publish(ID, 1, new GoalAdded(ID, "goal-1", "1", "Serve the public", null, null, 1,
                new Change(LocalDate.parse("2024-01-01"), "editor", "as published",
                        new Citation("Dashboard Strategy", "Goals", "4"), ChangeKind.REVISION)));
        publish(ID, 2, new GoalAdded(ID, "goal-2", "2", "Keep records", null, null, 2, change("2024-01-01")));
        publish(ID, 3, new StrategyAdopted(ID, change("2024-02-01")));
        publish(ID, 4, new GoalRevised(ID, "goal-1", "1", "Serve the whole public", null, null,
                new Change(LocalDate.parse("2025-01-01"), "editor", "widened", null, ChangeKind.REVISION)));
        awaitCaughtUp();
    }

    @Test
    void scriptsFetchPagesWithHttpBasicUnderAStrictContentSecurityPolicy() {
        for (String path : new String[]{"/", "/editions/" + ID, "/editions/" + ID + "?asOf=2024-06-01",
                "/editions/" + ID + "/measures", "/editions/" + ID + "/alignments",
                "/editions/" + ID + "/elements/goal-1/lineage", "/compare?from=" + ID + "&to=" + ID + "&fromAsOf=2024-06-01"}) {
            HttpResponse<String> page = get(path, "viewer");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(PageHeaders.POLICY);
            assertThat(page.body()).doesNotContain("<script>").doesNotContain(" style=\"").doesNotContainPattern(" on[a-z]+=\"");
        }
    }

    @Test
    void theEditionPageSaysWhichViewItShows() {
        String now = get("/editions/" + ID, "viewer").body();
        assertThat(now).contains("Serve the whole public", "Now", "No citation", "widened");
        String before = get("/editions/" + ID + "?asOf=2024-06-01", "viewer").body();
        assertThat(before).contains("As of 1 June 2024", "Serve the public", "Stated", "Dashboard Strategy, Goals, p. 4")
                .doesNotContain("Serve the whole public");
        String known = get("/editions/" + ID + "?asOf=2025-06-01&knownAt=2999-01-01T00:00", "viewer").body();
        assertThat(known).contains("As of 1 June 2025, as known at 2999-01-01 00:00:00 UTC", "A fixed view",
                "Serve the whole public").doesNotContain("sse-connect").doesNotContain("hx-trigger");
        assertThat(get("/editions/" + ID + "?knownAt=2000-01-01T00:00:00Z", "viewer").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesShowTheReadingsChosenAndASupersessionsProvenance() throws Exception {
        String notes = "dashboard-notes";
        publish(notes, 0, new StrategyDrafted(notes, null, "Notes Strategy 2020–2023", new Organization("DSH", "Dashboard Office", null),
                new Period("2020–2023", 2020, 2023), false, change("2020-01-01")));
        publish(notes, 1, new GoalAdded(notes, "goal-1", "1", "IT infrastructure", null, null, 1, change("2020-01-01")));
        publish(notes, 2, new StrategyAdopted(notes, change("2020-01-01")));
        publish(notes, 3, new AnnotationRecorded(notes, "reading-goal-1-title",
                new AnnotationSubject(AnnotationSubjectKind.ELEMENT, "goal-1", "title"), "Printed with two capitalisations",
                List.of(new Alternative("IT Infrastructure", new Citation("Notes Strategy", "Contents", "2"))),
                "IT infrastructure", "The heading above the goal", change("2020-01-01")));
        publish(notes, 4, new AnnotationRecorded(notes, "date-adoptedOn",
                new AnnotationSubject(AnnotationSubjectKind.EDITION, notes, "adoptedOn"), "No text prints this date", List.of(),
                "2020-01-01", "Inferred: the first year of its period", change("2020-01-01")));
        publish(notes, 5, new StrategySuperseded(notes, ID, null, LinkProvenance.inferred("the next plan of the office by period"),
                new Change(LocalDate.parse("2024-02-01"), "editor", "followed", null, ChangeKind.REVISION)));
        awaitCaughtUp();

        String page = get("/editions/" + notes, "viewer").body();
        assertThat(page).contains("Reading chosen", "title:", "Printed with two capitalisations", "“<span>IT Infrastructure</span>”",
                "Notes Strategy, Contents, p. 2", "The heading above the goal");
        assertThat(page).contains("Readings chosen for this edition and its links", "adoptedOn:", "No text prints this date",
                "Inferred: the first year of its period");
        assertThat(page).contains("Superseded by", "Dashboard Strategy 2024–2028", "Inferred", "the next plan of the office by period");
        String alignments = get("/editions/" + notes + "/alignments", "viewer").body();
        assertThat(alignments).contains("Links of draft editions are left out", "includeDrafts=true");
        assertThat(get("/editions/" + notes + "/alignments?includeDrafts=true", "viewer").body())
                .contains("Links of draft editions are included and marked");
    }

    @Test
    void refusalsArePagesWithTheirErrorCode() {
        assertRefused(get("/editions/" + ID + "?asOf=2024-13-45", "viewer"), 400, "INVALID_DATE");
        assertRefused(get("/editions/" + ID + "?knownAt=yesterday", "viewer"), 400, "INVALID_DATE");
        assertRefused(get("/editions/nothing-here", "viewer"), 404, "STRATEGY_NOT_FOUND");
        assertRefused(get("/editions/" + ID + "?asOf=2020-01-01", "viewer"), 404, "STRATEGY_NOT_FOUND");
        assertRefused(get("/editions/" + ID + "/elements/nothing/lineage", "viewer"), 404, "ELEMENT_NOT_FOUND");
        assertRefused(get("/compare?from=" + ID + "&to=nothing-here", "viewer"), 404, "STRATEGY_NOT_FOUND");
        assertRefused(get("/editions/" + ID + "/history?cursor=not-one", "auditor"), 400, "INVALID_VALUE");
    }

    @Test
    void historyPagesAreForAuditorsAndAdmins() {
        for (String path : new String[]{"/editions/" + ID + "/history", "/editions/" + ID + "/elements/goal-1/history"}) {
            assertRefused(get(path, "viewer"), 403, "FORBIDDEN");
            assertRefused(get(path, "editor"), 403, "FORBIDDEN");
            HttpResponse<String> history = get(path, "auditor");
            assertThat(history.statusCode()).as(path).isEqualTo(200);
            assertThat(history.body()).contains("Goal revised", "widened",
                    "Serve the <ins><span class=\"visually-hidden\">[added: </span>whole ");
            assertThat(get(path, "admin").statusCode()).isEqualTo(200);
        }
        assertThat(get("/editions/" + ID, "viewer").body()).doesNotContain("/history");
        assertThat(get("/editions/" + ID, "auditor").body()).contains("/editions/" + ID + "/history");
    }

    @Test
    void withoutALoginBrowsersAreSentToTheFormAndScriptsGet401() {
        HttpResponse<String> browser = send(request("/editions/" + ID, null).header("Accept", "text/html,*/*;q=0.8").GET());
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        for (HttpResponse<String> script : new HttpResponse[]{get("/editions/" + ID, null), get("/", "nobody")}) {
            assertThat(script.statusCode()).isEqualTo(401);
            assertThat(script.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(c -> assertThat(c).startsWith("Basic"));
            assertThat(json(script).get("code").asString()).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
        assertThat(get("/dashboard/dashboard.css", null).statusCode()).isEqualTo(200);
        assertThat(get("/webjars/htmx.org/dist/htmx.min.js", null).statusCode()).isEqualTo(200);
        assertThat(get("/webjars/htmx-ext-sse/sse.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormNeedsItsCsrfTokenAndOpensASession() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> form = browser.send(request("/login", null).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();

        HttpResponse<String> forged = browser.send(login("viewer", null), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("FORBIDDEN", "did not come from this site");
        HttpResponse<String> wrong = browser.send(login("viewer:wrong", token.group(1)), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(browser.send(request("/login?error", null).GET().build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("Wrong user name or password");

        HttpResponse<String> signedIn = browser.send(login("auditor", token.group(1)), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> home = browser.send(request("/", null).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Signed in as", "auditor", "Sign out");

        // The session also opens the change stream the page subscribes to (a browser cannot send Basic there).
        HttpResponse<InputStream> stream = browser.send(request("/api/strategies/" + ID + "/changes", null)
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = stream.body()) {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
            assertThat(new String(body.readNBytes(10), StandardCharsets.UTF_8)).startsWith(":");
        }
    }

    @Test
    void theSummaryAndTheProvenanceAreInTheApiToo() {
        JsonNode summary = json(get("/api/strategies/" + ID + "/summary", "viewer"));
        assertThat(summary.get("counts").toString()).contains("\"type\":\"GOAL\",\"status\":\"ADOPTED\",\"count\":2");
        assertThat(summary.get("measures").asInt()).isZero();
        JsonNode before = json(get("/api/strategies/" + ID + "/summary?asOf=2024-01-15", "viewer"));
        assertThat(before.get("counts").toString()).contains("\"status\":\"PROPOSED\",\"count\":2");
        JsonNode provenance = json(get("/api/strategies/" + ID + "/provenance?asOf=2024-06-01", "viewer"));
        assertThat(provenance.toString()).contains("\"elementId\":\"goal-1\",\"basis\":\"STATED\"",
                "\"elementId\":\"goal-2\",\"basis\":\"UNCITED\"");
        JsonNode now = json(get("/api/strategies/" + ID + "/provenance", "viewer"));
        assertThat(now.toString()).contains("\"elementId\":\"goal-1\",\"basis\":\"UNCITED\"", "widened");
        assertThat(get("/api/strategies/nothing/summary", "viewer").statusCode()).isEqualTo(404);
        assertThat(get("/api/strategies/" + ID + "/summary?asOf=bad", "viewer").statusCode()).isEqualTo(400);
    }

    private HttpRequest login(String user, String csrf) {
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        String password = user.contains(":") ? user.substring(user.indexOf(':') + 1) : user;
        String form = "username=" + enc(name) + "&password=" + enc(password) + (csrf == null ? "" : "&_csrf=" + enc(csrf));
        return request("/login", null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void assertRefused(HttpResponse<String> page, int status, String code) {
        assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains(code);
    }
}
