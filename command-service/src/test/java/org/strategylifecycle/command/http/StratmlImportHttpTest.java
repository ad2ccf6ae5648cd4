package org.strategylifecycle.command.http;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/imports/stratml} over real HTTP on real PostgreSQL: every corpus file imports as a
 * draft with every element, alignment and count; a plain Part 1 plan without ids imports; and every
 * bad document, unsafe document or refused command answers a problem and leaves the event store as
 * it was. The corpus files are imported under their own ids, which no other test uses.
 */
class StratmlImportHttpTest extends HttpTestSupport {

    private static final Path CORPUS = Path.of("../corpus");
    private static final String PART1 = "urn:ISO:std:iso:17469:tech:xsd:stratml_core";
    private static final String PART2 = "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport";

    /**
     * Counts per file as CorpusFidelityTest asserts them against the documents: goals, objectives,
     * mission areas, initiatives, outcomes, measures, statements, alignments. Referenced plans come
     * first, as the editions align to them.
     */
    private static final Map<String, int[]> CORPUS_COUNTS = new LinkedHashMap<>();

    static {
        CORPUS_COUNTS.put("referenced/cbp-integrity-strategy-2014", new int[]{0, 0, 4, 0, 0, 0, 2, 0, 0});
        CORPUS_COUNTS.put("referenced/dhs-strategic-plan-2020-2024", new int[]{2, 4, 0, 0, 0, 0, 0, 0, 0});
        CORPUS_COUNTS.put("referenced/cbp-strategy-2021-2026", new int[]{3, 7, 0, 0, 0, 0, 2, 0, 0});
        CORPUS_COUNTS.put("referenced/cbp-protecting-america", new int[]{6, 17, 0, 0, 0, 0, 0, 0, 5});
        CORPUS_COUNTS.put("cbp-integrity-accountability-strategy-2023", new int[]{3, 9, 0, 0, 3, 3, 15, 0, 1});
        CORPUS_COUNTS.put("opr-strategy-2024-2028", new int[]{4, 14, 0, 33, 14, 0, 2, 34, 16});
        CORPUS_COUNTS.put("cbp-strategy-2024-2028", new int[]{4, 15, 4, 56, 15, 0, 11, 0, 8});
        CORPUS_COUNTS.put("cbp-strategy-2020-2025", new int[]{3, 12, 0, 41, 12, 0, 11, 0, 2});
        CORPUS_COUNTS.put("ofo-poe-strategic-plan-fy2007-2011", new int[]{5, 12, 0, 65, 0, 18, 26, 73, 13});
    }

    @Test
    void everyCorpusFileImportsAsADraftWithEveryElementAndAlignment() throws IOException {
        for (Map.Entry<String, int[]> file : CORPUS_COUNTS.entrySet()) {
            String id = file.getKey().replace("referenced/", "");
            Api.Answer answer = importXml(Files.readAllBytes(CORPUS.resolve(file.getKey() + ".xml")), "effectiveDate=2024-01-01");
            assertThat(answer.status()).as(file.getKey() + ": " + answer).isEqualTo(201);
            JsonNode json = answer.json();
            assertThat(json.path("id").asString()).as("the document's own id").isEqualTo(id);
            assertThat(answer.header("Location")).isEqualTo(QUERY_URL + "/api/strategies/" + id);
            int[] c = file.getValue();
            assertThat(List.of(json.path("goals").asInt(), json.path("objectives").asInt(), json.path("missionAreas").asInt(),
                    json.path("initiatives").asInt(), json.path("outcomes").asInt(), json.path("measures").asInt(),
                    json.path("statements").asInt(), json.path("alignments").asInt(), json.path("annotations").asInt()))
                    .as(file.getKey() + " counts").containsExactly(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
            assertThat(json.path("unresolvedAlignments").size()).as(file.getKey() + " unresolved").isZero();
            int recorded = 0;
            for (int n : c) {
                recorded += n;
            }
            // One event per element, alignment and annotation, after the draft: every element has a history.
            assertThat(eventsOf(id)).as(file.getKey() + " events").isEqualTo(recorded + 1);
            assertThat(json.path("version").asLong()).isEqualTo(recorded);
            assertThat(jdbc.queryForObject("""
                    select count(*) from domain_event_entry where aggregate_identifier = ? and payload_type like '%StrategyDrafted'
                      and convert_from(payload, 'UTF8')::jsonb #>> '{change,source,document}' is not null
                      and convert_from(payload, 'UTF8')::jsonb #>> '{change,rationale}' = 'Imported from StratML'""",
                    Long.class, id)).isEqualTo(1);
        }
        String referenced = jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'referenced' from domain_event_entry
                where aggregate_identifier = 'dhs-strategic-plan-2020-2024' and sequence_number = 0""", String.class);
        assertThat(referenced).isEqualTo("true");
        String stated = jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb #>> '{provenance,basis}' from domain_event_entry
                where aggregate_identifier = 'ofo-poe-strategic-plan-fy2007-2011' and payload_type like '%ObjectiveAligned'
                order by sequence_number limit 1""", String.class);
        assertThat(stated).isEqualTo("STATED");
        // A period printed with one year has no end; a period no text gives is the import's, and marked so.
        for (String single : List.of("cbp-integrity-accountability-strategy-2023", "cbp-integrity-strategy-2014")) {
            assertThat(jdbc.queryForObject("""
                    select convert_from(payload, 'UTF8')::jsonb #> '{period}' ->> 'toYear' from domain_event_entry
                    where aggregate_identifier = ? and sequence_number = 0""", String.class, single)).as(single).isNull();
        }
        // A Value's id and label are those of its slc-meta processing instruction.
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'label' from domain_event_entry
                where aggregate_identifier = 'cbp-strategy-2024-2028' and payload_type like '%StatementRecorded'
                  and convert_from(payload, 'UTF8')::jsonb ->> 'elementId' = 'core-value-integrity'""", String.class))
                .isEqualTo("Core Values");
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb #>> '{subject,field}' from domain_event_entry
                where aggregate_identifier = 'cbp-protecting-america' and payload_type like '%AnnotationRecorded'
                  and convert_from(payload, 'UTF8')::jsonb ->> 'annotationId' = 'period-not-stated'""", String.class))
                .isEqualTo("period.fromYear");
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb #>> '{subject,kind}' from domain_event_entry
                where aggregate_identifier = 'opr-strategy-2024-2028' and payload_type like '%AnnotationRecorded'
                  and convert_from(payload, 'UTF8')::jsonb ->> 'annotationId' = 'reading-objective-2-3-aligns-to-5'""",
                String.class)).isEqualTo("LINK");
    }

    @Test
    void aPlainPart1PlanWithoutIdsImportsWithIdsMadeUp() {
        String id = unique("plain");
        Api.Answer answer = importXml(plainPart1().getBytes(StandardCharsets.UTF_8),
                "effectiveDate=2025-03-01&strategyId=" + id + "&rationale=First%20load&source=Agency%20website");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode json = answer.json();
        assertThat(json.path("goals").asInt()).isEqualTo(2);
        assertThat(json.path("objectives").asInt()).isEqualTo(3);
        assertThat(json.path("statements").asInt()).as("vision, mission, one value").isEqualTo(3);
        assertThat(eventsOf(id)).isEqualTo(1 + 2 + 3 + 3);
        List<String> elementIds = jdbc.queryForList("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'elementId' from domain_event_entry
                where aggregate_identifier = ? and sequence_number > 0 order by sequence_number""", String.class, id);
        assertThat(elementIds).containsExactly("vision", "mission", "value-1", "goal-1", "objective-1.1",
                "objective-1.2", "goal-2", "objective-2.1");
        String period = jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb #>> '{period,label}' from domain_event_entry
                where aggregate_identifier = ? and sequence_number = 0""", String.class, id);
        assertThat(period).isEqualTo("2025–2029");
        String citation = jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb #>> '{change,source,document}' from domain_event_entry
                where aggregate_identifier = ? and sequence_number = 3""", String.class, id);
        assertThat(citation).isEqualTo("Agency website");
    }

    @Test
    void aRefusedCommandRecordsNothingAndNamesTheElement() {
        String id = unique("refused");
        long before = storedEvents();
        String broken = part2("""
                <Goal><Name>Goal one</Name><Description>First</Description><Identifier>goal-1</Identifier>
                  <Objective><Name>Orphan</Name><Identifier>objective-x</Identifier>
                    <OtherInformation>kind: objective
                    parent: no-such-element</OtherInformation></Objective>
                </Goal>""");
        Api.Answer refused = importXml(broken.getBytes(StandardCharsets.UTF_8), "effectiveDate=2025-01-01&strategyId=" + id);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("PARENT_NOT_FOUND");
        assertThat(refused.json().path("detail").asString()).startsWith("Objective objective-x: ");
        assertThat(storedEvents()).isEqualTo(before);
        // Nothing of the refused import lingers, not even in the aggregate cache: the same id imports afresh.
        Api.Answer fixed = importXml(broken.replace("no-such-element", "goal-1").getBytes(StandardCharsets.UTF_8),
                "effectiveDate=2025-01-01&strategyId=" + id);
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(201);
        assertThat(eventsOf(id)).isEqualTo(3);
        Api.Answer again = importXml(broken.getBytes(StandardCharsets.UTF_8), "effectiveDate=2025-01-01&strategyId=" + id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("STRATEGY_EXISTS");
        assertThat(eventsOf(id)).isEqualTo(3);
    }

    /**
     * A keyed import remembered by the edition it drafted: its retry, also without a strategyId (the
     * id taken by its own first attempt counts as free), answers as the first and records nothing; a
     * different document under the key is refused. Every event of an import carries its request id.
     */
    @Test
    void aKeyedImportAnswersItsRetryAsTheFirstAndEveryEventNamesItsRequest() {
        // The id is derived from the plan's name, so the name is unique; in letters only, since four digits
        // there (p-2031ab5c) would be read as a year of the period, which is then out of order.
        String name = unique("p").chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c)))
                .collect(Collectors.joining());
        byte[] plan = plainPart1().replace("Agency Strategic Plan", "Keyed Plan " + name).getBytes(StandardCharsets.UTF_8);
        String key = unique("key");
        Api.Answer first = importXml(plan, "effectiveDate=2025-03-01", "Idempotency-Key", key, "X-Request-Id", "req-" + key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String id = first.json().path("id").asString();
        assertThat(eventsOf(id)).as("the draft, 3 statements, 2 goals, 3 objectives").isEqualTo(1 + 3 + 2 + 3);
        assertThat(first.json().path("version").asLong()).isEqualTo(8);
        long events = storedEvents();

        Api.Answer again = importXml(plan, "effectiveDate=2025-03-01", "Idempotency-Key", key);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(storedEvents()).isEqualTo(events);

        Api.Answer other = importXml(plan, "effectiveDate=2025-03-02&strategyId=" + id, "Idempotency-Key", key);
        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(storedEvents()).isEqualTo(events);

        assertThat(jdbc.queryForList("""
                select distinct convert_from(meta_data, 'UTF8')::jsonb ->> 'requestId' from domain_event_entry
                where aggregate_identifier = ?""", String.class, id)).containsExactly("req-" + key);
    }

    /** The draft joins the line it names in the same transaction, with the line's own event, as a draft does. */
    @Test
    void anImportIntoALineJoinsTheLine() {
        String line = unique("import-line");
        assertThat(editor.post("/api/lines", """
                {"lineId": "%s", "title": "Agency strategy", "organizationCode": "EXA", "effectiveDate": "2025-01-01"}"""
                .formatted(line)).status()).isEqualTo(201);
        String id = unique("in-line");
        Api.Answer imported = importXml(plainPart1().getBytes(StandardCharsets.UTF_8),
                "effectiveDate=2025-03-01&lineId=" + line + "&strategyId=" + id);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(jdbc.queryForList("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'strategyId' from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%EditionJoinedLine'""", String.class, line))
                .containsExactly(id);
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'lineId' from domain_event_entry
                where aggregate_identifier = ? and sequence_number = 0""", String.class, id)).isEqualTo(line);
    }

    /**
     * An import creates an edition, so it takes If-Match as DraftStrategy does: a well-formed version
     * is ignored (there is no earlier version to compare), a malformed one is refused before anything runs.
     */
    @Test
    void ifMatchIsReadAsForADraft() {
        byte[] plan = plainPart1().getBytes(StandardCharsets.UTF_8);
        long before = storedEvents();
        Api.Answer malformed = importXml(plan, "effectiveDate=2025-03-01&strategyId=" + unique("malformed"), "If-Match", "\"abc\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("INVALID_PRECONDITION");
        assertThat(storedEvents()).isEqualTo(before);
        String id = unique("if-match");
        Api.Answer imported = importXml(plan, "effectiveDate=2025-03-01&strategyId=" + id, "If-Match", "\"7\"");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.header("ETag")).isEqualTo("\"8\"");
        assertThat(eventsOf(id)).isEqualTo(9);
    }

    @Test
    void badDocumentsAreProblemsAndRecordNothing() {
        long before = storedEvents();
        String valid = plainPart1();
        refused(valid.replace("</StrategicPlan>", ""), 400, "STRATML_MALFORMED");
        refused("", 400, "STRATML_MALFORMED");
        Api.Answer schema = refused(valid.replace("<Name>Goal A</Name>", ""), 400, "STRATML_INVALID");
        assertThat(schema.json().path("detail").asString()).containsPattern("line \\d+, column \\d+");
        refused("<Plan xmlns=\"" + PART1 + "\"><Name>x</Name></Plan>", 400, "STRATML_INVALID");
        refused("<StrategicPlan><Name>no namespace</Name></StrategicPlan>", 400, "STRATML_INVALID");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void entityTricksAreRefusedAsUnsafe() {
        long before = storedEvents();
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE StrategicPlan [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                """ + plainPart1().replace("<Name>Goal A</Name>", "<Name>&secret;</Name>");
        Api.Answer answer = refused(xxe, 400, "STRATML_UNSAFE");
        assertThat(answer.response().body()).doesNotContain("root:");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE StrategicPlan [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>\n").append(plainPart1().replace("<Name>Goal A</Name>", "<Name>&lol10;</Name>"));
        refused(laughs.toString(), 400, "STRATML_UNSAFE");
        String parameterEntity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % remote SYSTEM \"http://localhost:1/x.dtd\"> %remote;]>"
                + plainPart1();
        refused(parameterEntity, 400, "STRATML_UNSAFE");
        // XInclude is not processed: the include element is just an element the schema does not allow.
        String xinclude = plainPart1().replace("<Name>Goal A</Name>",
                "<Name>Goal A</Name><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>");
        Api.Answer included = refused(xinclude, 400, "STRATML_INVALID");
        assertThat(included.response().body()).doesNotContain("root:");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void oversizedDocumentsAre413() {
        long before = storedEvents();
        String padding = "<!--" + "x".repeat(5 * 1024 * 1024) + "-->";
        byte[] big = (padding + plainPart1()).getBytes(StandardCharsets.UTF_8);
        Api.Answer declared = importXml(big, "effectiveDate=2025-01-01");
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        // Without Content-Length (chunked) the limit applies while reading.
        Api.Answer chunked = editor.send(editor.request("/api/imports/stratml?effectiveDate=2025-01-01", "Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void parametersRolesAndMediaTypeAreChecked() {
        long before = storedEvents();
        byte[] plan = plainPart1().getBytes(StandardCharsets.UTF_8);
        assertThat(importXml(plan, "").code()).isEqualTo("FIELD_REQUIRED");
        assertThat(importXml(plan, "effectiveDate=2025-02-30").code()).isEqualTo("INVALID_DATE");
        assertThat(importXml(plan, "effectiveDate=2025-01-01&strategyId=bad%20id").code()).isEqualTo("INVALID_ID");
        assertThat(importXml(plan, "effectiveDate=2025-01-01&lineId=" + unique("no-line")).code()).isEqualTo("LINE_NOT_FOUND");
        Api.Answer viewer = editor.as("viewer").post("/api/imports/stratml?effectiveDate=2025-01-01", plan, "application/xml");
        assertThat(viewer.status()).isEqualTo(403);
        Api.Answer nobody = editor.as(null).post("/api/imports/stratml?effectiveDate=2025-01-01", plan, "application/xml");
        assertThat(nobody.status()).isEqualTo(401);
        Api.Answer json = editor.post("/api/imports/stratml?effectiveDate=2025-01-01", "{}");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** {@code headers} are name, value pairs. */
    private Api.Answer importXml(byte[] document, String query, String... headers) {
        return editor.send(editor.request("/api/imports/stratml" + (query.isEmpty() ? "" : "?" + query), headers)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(document)));
    }

    private Api.Answer refused(String document, int status, String code) {
        Api.Answer answer = importXml(document.getBytes(StandardCharsets.UTF_8), "effectiveDate=2025-01-01");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        return answer;
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, aggregateId);
    }

    /** A StratML Part 1 plan as any agency might publish it: no ids, no metadata of ours. */
    private static String plainPart1() {
        return """
                <StrategicPlan xmlns="%s">
                  <Name>Agency Strategic Plan 2025-2029</Name>
                  <StrategicPlanCore>
                    <Organization><Name>Example Agency</Name><Acronym>EXA</Acronym></Organization>
                    <Vision><Description>A safer country.</Description></Vision>
                    <Mission><Description>We keep it safe.</Description></Mission>
                    <Value><Name>Integrity</Name><Description>We do what we say.</Description></Value>
                    <Goal><Name>Goal A</Name><Description>Protect</Description><SequenceIndicator>1</SequenceIndicator>
                      <Objective><Name>Objective A.1</Name><Description>Detect</Description></Objective>
                      <Objective><Name>Objective A.2</Name></Objective>
                    </Goal>
                    <Goal><Name>Goal B</Name><Description>Serve</Description>
                      <Objective><Description>Only a description, no name</Description></Objective>
                    </Goal>
                  </StrategicPlanCore>
                </StrategicPlan>""".formatted(PART1);
    }

    private static String part2(String goals) {
        return """
                <PerformancePlanOrReport xmlns="%s" Type="Strategic_Plan">
                  <Name>Test Plan 2025-2026</Name>
                  <StrategicPlanCore>
                    %s
                  </StrategicPlanCore>
                </PerformancePlanOrReport>""".formatted(PART2, goals);
    }
}
