package org.strategylifecycle.command.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An edition's whole life over HTTP, each answer checked for its status and the edition's new version. */
class StrategyLifecycleHttpTest extends HttpTestSupport {

    private static final String RATIONALE = "\"rationale\": \"as printed in the plan\"";

    private String strategy;
    private long version;

    @Test
    void editionInALineIsDraftedFilledAndAdopted() {
        String line = unique("line");
        Api.Answer established = editor.post("/api/lines", """
                {"lineId": "%s", "title": "CBP enterprise strategy", "organizationCode": "CBP", "effectiveDate": "2020-01-01"}"""
                .formatted(line));
        assertThat(established.status()).isEqualTo(201);
        assertThat(established.header("Location")).isEqualTo(QUERY_URL + "/api/lines/" + line);
        assertThat(established.id()).isEqualTo(line);

        Api.Answer drafted = editor.post("/api/strategies", """
                {"lineId": "%s", "title": "CBP Strategy 2020–2025", "organization": %s,
                 "period": {"label": "2020–2025", "fromYear": 2020, "toYear": 2025}, "effectiveDate": "2020-01-01",
                 "source": {"document": "CBP Strategy 2020–2025", "section": "Cover", "page": "1"}}"""
                .formatted(line, ORGANIZATION));
        assertThat(drafted.status()).isEqualTo(201);
        strategy = drafted.id();
        assertThat(strategy).hasSize(36);
        assertThat(drafted.header("Location")).isEqualTo(QUERY_URL + "/api/strategies/" + strategy);
        assertThat(drafted.version()).isZero();
        assertThat(drafted.header("ETag")).isEqualTo("\"0\"");

        String goal = created("/goals", """
                {"elementId": "goal-1", "number": "1", "title": "Mission", "statement": "Protect the American people",
                 "overview": "Overview", "effectiveDate": "2020-01-01"}""");
        String area = created("/mission-areas", """
                {"goalId": "goal-1", "number": "A", "title": "Border security", "effectiveDate": "2020-01-01"}""");
        String objective = created("/objectives", """
                {"elementId": "obj-1-1", "parentId": "%s", "number": "1.1", "title": "Secure the border",
                 "effectiveDate": "2020-01-01"}""".formatted(area));
        created("/objectives", """
                {"elementId": "obj-1-2", "parentId": "goal-1", "number": "1.2", "title": "Facilitate trade",
                 "statement": "Trade moves", "order": 2, "effectiveDate": "2020-01-01"}""");
        String vision = created("/statements", """
                {"kind": "ASPIRATION", "label": "Aspiration", "text": "The most trusted agency", "effectiveDate": "2020-01-01"}""");
        assertThat(goal).isEqualTo("goal-1");
        assertThat(objective).isEqualTo("obj-1-1");

        accepted("/adopt", "{\"effectiveDate\": \"2020-03-01\"}");

        String launched = created("/initiatives", """
                {"parentId": "obj-1-1", "number": "1.1.1", "title": "Hire officers", "effectiveDate": "2020-04-01"}""");
        String dropped = created("/initiatives", """
                {"parentId": "obj-1-1", "number": "1.1.2", "title": "Build a wall", "effectiveDate": "2020-04-01"}""");
        accepted("/initiatives/" + launched + "/revise", """
                {"title": "Hire and retain officers", "effectiveDate": "2020-05-01", %s}""".formatted(RATIONALE));
        accepted("/initiatives/" + launched + "/complete", "{\"effectiveDate\": \"2021-01-01\", %s}".formatted(RATIONALE));
        accepted("/initiatives/" + dropped + "/retire", "{\"effectiveDate\": \"2021-01-01\", %s}".formatted(RATIONALE));

        String outcome = created("/outcomes", """
                {"parentId": "obj-1-2", "statement": "Trade is safe and secure", "effectiveDate": "2020-04-01"}""");
        String measure = created("/measures", """
                {"parentId": "%s", "number": "M1", "title": "Compliance rate", "measureType": "RATE_EFFICIENCY",
                 "printedType": "Rate/Efficiency", "unit": "percent", "effectiveDate": "2020-04-01"}""".formatted(outcome));
        accepted("/measures/" + measure + "/targets", """
                {"period": "FY2021", "value": 97.5, "effectiveDate": "2020-04-01", %s}""".formatted(RATIONALE));
        accepted("/measures/" + measure + "/actuals", """
                {"period": "FY2021", "value": 96.1, "effectiveDate": "2021-10-01", %s}""".formatted(RATIONALE));
        accepted("/measures/" + measure + "/actuals", """
                {"period": "FY2021", "value": 96.4, "effectiveDate": "2021-11-01", "rationale": "restated"}""");
        accepted("/measures/" + measure + "/revise", """
                {"unit": "percent of entries", "effectiveDate": "2021-11-01", %s}""".formatted(RATIONALE));

        String alignment = created("/alignments", """
                {"elementId": "obj-1-2", "target": {"strategyId": "%s", "elementId": "goal-1"},
                 "provenance": {"basis": "INFERRED", "inferredFrom": "the objective sits under the goal"},
                 "effectiveDate": "2021-01-01"}""".formatted(strategy));
        created("/alignments", """
                {"alignmentId": "to-dhs", "elementId": "obj-1-1",
                 "target": {"document": "DHS Strategic Plan 2020–2024", "number": "2.1", "text": "Secure the border"},
                 "provenance": {"basis": "STATED", "citation": {"document": "CBP Strategy 2020–2025", "page": "40"}},
                 "effectiveDate": "2021-01-01"}""");
        accepted("/alignments/" + alignment + "/remove", "{\"effectiveDate\": \"2021-02-01\", %s}".formatted(RATIONALE));

        accepted("/goals/goal-1/revise", """
                {"title": "Mission: protect and facilitate", "effectiveDate": "2021-03-01", %s}""".formatted(RATIONALE));
        accepted("/mission-areas/" + area + "/revise", """
                {"statement": "Secure the borders", "effectiveDate": "2021-03-01", %s}""".formatted(RATIONALE));
        accepted("/objectives/obj-1-2/revise", """
                {"parentId": "%s", "number": "A.2", "effectiveDate": "2021-03-01", %s}""".formatted(area, RATIONALE));
        accepted("/outcomes/" + outcome + "/revise", """
                {"title": "Safe trade", "effectiveDate": "2021-03-01", %s}""".formatted(RATIONALE));
        accepted("/statements/" + vision + "/revise", """
                {"text": "The most trusted law enforcement agency", "effectiveDate": "2021-03-01", %s}""".formatted(RATIONALE));
        accepted("/elements/goal-1/correct", """
                {"overview": "Overview as printed", "effectiveDate": "2020-01-01", "rationale": "typo when recorded"}""");
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8') from domain_event_entry
                where aggregate_identifier = ? and sequence_number = ?""", String.class, strategy, version))
                .contains("\"kind\":\"CORRECTION\"", "\"actor\":\"editor\"");

        accepted("/measures/" + measure + "/retire", "{\"effectiveDate\": \"2022-01-01\", %s}".formatted(RATIONALE));
        accepted("/outcomes/" + outcome + "/retire", "{\"effectiveDate\": \"2022-01-01\", %s}".formatted(RATIONALE));
        accepted("/statements/" + vision + "/retire", "{\"effectiveDate\": \"2022-01-01\", %s}".formatted(RATIONALE));
        accepted("/retire", "{\"effectiveDate\": \"2022-06-01\", \"rationale\": \"withdrawn\"}");

        Api.Answer frozen = editor.post("/api/strategies/" + strategy + "/goals/goal-1/revise", """
                {"title": "Too late", "effectiveDate": "2022-07-01", %s}""".formatted(RATIONALE));
        assertThat(frozen.status()).isEqualTo(422);
        assertThat(frozen.code()).isEqualTo("EDITION_RETIRED");
        accepted("/elements/obj-1-1/correct", """
                {"title": "Secure the borders", "effectiveDate": "2020-01-01", "rationale": "misread when recorded"}""");
    }

    @Test
    void laterEditionOfTheLineLinksToTheEarlierAndSupersedesIt() {
        String line = unique("line");
        assertThat(editor.post("/api/lines", """
                {"lineId": "%s", "title": "CBP enterprise strategy", "organizationCode": "CBP", "effectiveDate": "2020-01-01"}"""
                .formatted(line)).status()).isEqualTo(201);
        String earlier = draft(line, 2020, 2025);
        String earlierGoal = goal(earlier, "1", "2020-01-01");
        assertThat(editor.post("/api/strategies/" + earlier + "/adopt", "{\"effectiveDate\": \"2020-03-01\"}").status())
                .isEqualTo(200);

        strategy = draft(line, 2021, 2026);
        version = 0;
        String goal = created("/goals", """
                {"number": "1", "title": "Counter terrorism", "effectiveDate": "2021-01-01"}""");
        created("/alignments", """
                {"elementId": "%s", "target": {"strategyId": "%s", "elementId": "%s"},
                 "provenance": {"basis": "STATED", "citation": {"document": "CBP Strategy 2021–2026", "section": "Appendix A"}},
                 "effectiveDate": "2021-01-01"}""".formatted(goal, earlier, earlierGoal));
        created("/lineage", """
                {"elementId": "%s", "predecessor": {"strategyId": "%s", "elementId": "%s"}, "relation": "DERIVES_FROM",
                 "provenance": {"basis": "INFERRED", "inferredFrom": "same title and number"}, "effectiveDate": "2021-01-01"}"""
                .formatted(goal, earlier, earlierGoal));

        Api.Answer superseded = editor.post("/api/strategies/" + earlier + "/supersede", """
                {"supersededBy": "%s", "provenance": {"basis": "STATED", "citation": {"document": "CBP Strategy 2021–2026", "page": "3"}},
                 "effectiveDate": "2021-01-01", "rationale": "the 2021 edition replaces it"}""".formatted(strategy),
                "If-Match", "\"2\"");
        assertThat(superseded.status()).as(superseded.toString()).isEqualTo(200);
        assertThat(superseded.id()).isEqualTo(earlier);
        assertThat(superseded.version()).isEqualTo(3);
        assertThat(superseded.header("ETag")).isEqualTo("\"3\"");

        Api.Answer revision = editor.post("/api/strategies/" + earlier + "/goals/" + earlierGoal + "/revise", """
                {"title": "Changed", "effectiveDate": "2021-02-01", %s}""".formatted(RATIONALE));
        assertThat(revision.status()).isEqualTo(422);
        assertThat(revision.code()).isEqualTo("EDITION_SUPERSEDED");
    }

    /**
     * POSTs a creation to the current edition: 201, the next version, and the Location where query-service
     * reads the new element (a link: the list of its element's links); answers the new id.
     */
    private String created(String path, String json) {
        Api.Answer answer = editor.post("/api/strategies/" + strategy + path, json);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(201);
        String elements = QUERY_URL + "/api/strategies/" + strategy + "/elements/";
        switch (path) {
            case "/alignments" -> assertThat(answer.header("Location")).startsWith(elements).endsWith("/alignments");
            case "/lineage" -> assertThat(answer.header("Location")).startsWith(elements).endsWith("/lineage");
            default -> assertThat(answer.header("Location")).isEqualTo(elements + answer.id());
        }
        expectNextVersion(answer);
        return answer.id();
    }

    /** POSTs a change to the current edition, with If-Match of the version last seen: 200 and the next version. */
    private void accepted(String path, String json) {
        Api.Answer answer = editor.post("/api/strategies/" + strategy + path, json, "If-Match", "\"" + version + "\"");
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
        expectNextVersion(answer);
    }

    private void expectNextVersion(Api.Answer answer) {
        assertThat(answer.version()).isEqualTo(version + 1);
        assertThat(answer.header("ETag")).isEqualTo("\"" + answer.version() + "\"");
        version = answer.version();
    }
}
