package org.strategylifecycle.command.http;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * StratML as the community publishes it (issue 18, ADR 20), over real HTTP on real PostgreSQL, with
 * documents written for the tests ({@code src/test/resources/stratml}): numbers kept as printed,
 * nothing invented, nothing dropped without a note; every schema error listed; the common
 * deviations repaired on request; unsafe XML refused in every mode.
 */
class StratmlCommunityImportHttpTest extends HttpTestSupport {

    @Test
    void aValidReportImportsWithEveryNumberAsPrintedAndNothingInvented() throws IOException {
        String id = unique("report");
        Api.Answer answer = importXml(resource("state-agency-report.xml"), "effectiveDate=2025-10-01&strategyId=" + id);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode json = answer.json();
        assertThat(json.path("measures").asInt()).isEqualTo(4);
        assertThat(json.path("targets").asInt()).as("FY2024, FY2025 and the one dated 2025-06-30").isEqualTo(3);
        assertThat(json.path("actuals").asInt()).as("the empty FY2025 actual is not recorded").isEqualTo(3);

        assertThat(readings(id, "MeasureActualRecorded")).containsExactly(
                "FY2024=4.4249999999999998", "2025-06-30=1234567890123456789012344.0000000000000001", "FY2024=null");
        assertThat(readings(id, "MeasureTargetSet")).containsExactly(
                "FY2024=95.50", "FY2025=96", "2025-06-30=1234567890123456789012345");

        List<Map<String, Object>> measures = jdbc.queryForList("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'title' as title,
                       convert_from(payload, 'UTF8')::jsonb ->> 'measureType' as type,
                       convert_from(payload, 'UTF8')::jsonb ->> 'printedType' as printed
                from domain_event_entry where aggregate_identifier = ? and payload_type like '%MeasureDefined'
                order by sequence_number""", id);
        assertThat(measures).extracting(m -> m.get("title") + ": " + m.get("type") + " / " + m.get("printed")).containsExactly(
                "Share of systems sampled: null / null",
                "Gallons of water tested: OUTPUT / null",
                "Condition of restored reaches: QUALITATIVE / null",
                "Dollars granted to councils: null / Input");

        // The published UUID-style identifiers are the elements' ids: references to them keep resolving.
        assertThat(jdbc.queryForList("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'elementId' from domain_event_entry
                where aggregate_identifier = ? and payload_type not like '%MeasureTargetSet' and payload_type not like '%MeasureActualRecorded'
                  and payload_type not like '%Stakeholder%' and sequence_number > 0 order by sequence_number""", String.class, id)).containsExactly(
                "plan-description", "_0a1b2c3d-0000-4000-8000-000000000002", "_0a1b2c3d-0000-4000-8000-000000000003",
                "_0a1b2c3d-0000-4000-8000-000000000010", "_0a1b2c3d-0000-4000-8000-000000000011",
                "_0a1b2c3d-0000-4000-8000-000000000012", "_0a1b2c3d-0000-4000-8000-000000000013",
                "_0a1b2c3d-0000-4000-8000-000000000020", "_0a1b2c3d-0000-4000-8000-000000000021",
                "_0a1b2c3d-0000-4000-8000-000000000022", "_0a1b2c3d-0000-4000-8000-000000000023");

        // Stakeholders at every level are kept with their type and roles, in document order (ADR 20).
        assertThat(json.path("stakeholders").asInt()).isEqualTo(5);
        assertThat(json.path("externalIdentifiers").asInt()).as("every UUID-style Identifier is the element's id").isZero();
        assertThat(jdbc.queryForList("""
                select concat_ws(' | ', p ->> 'stakeholderId', coalesce(p ->> 'holderId', '(organization)'), p ->> 'name',
                                 coalesce(p ->> 'stakeholderType', '(no type)'), (p -> 'roles')::text)
                from (select convert_from(payload, 'UTF8')::jsonb as p, sequence_number from domain_event_entry
                      where aggregate_identifier = ? and payload_type like '%StakeholderRecorded') s
                order by sequence_number""", String.class, id)).containsExactly(
                "stakeholder-organization-1 | (organization) | County Utilities Board | ORGANIZATION | "
                        + "[{\"name\": \"Partner\", \"roleTypes\": [\"PERFORMER\"], \"description\": null}]",
                "stakeholder-organization-2 | (organization) | Residents | GENERIC_GROUP | "
                        + "[{\"name\": \"Water users\", \"roleTypes\": [\"BENEFICIARY\"], \"description\": null}]",
                "stakeholder-_0a1b2c3d-0000-4000-8000-000000000010-1 | _0a1b2c3d-0000-4000-8000-000000000010 | "
                        + "Chief Water Officer | PERSON | "
                        + "[{\"name\": \"Owner\", \"roleTypes\": [\"PERFORMER\", \"BENEFICIARY\"], \"description\": null}]",
                "stakeholder-_0a1b2c3d-0000-4000-8000-000000000011-1 | _0a1b2c3d-0000-4000-8000-000000000011 | "
                        + "Laboratories | (no type) | []",
                "stakeholder-_0a1b2c3d-0000-4000-8000-000000000021-1 | _0a1b2c3d-0000-4000-8000-000000000021 | "
                        + "Watershed councils | ORGANIZATION | [{\"name\": \"Restoration crews\", \"roleTypes\": [\"PERFORMER\"], "
                        + "\"description\": \"Do the work on the ground\"}]");

        List<String> notes = notes(json);
        assertThat(notes).noneMatch(n -> n.contains("recorded as OUTCOME") || n.contains("is not a usable id"));
        assertThat(notes).contains(
                "PerformanceIndicator _0a1b2c3d-0000-4000-8000-000000000012: Relationship Peer_To to "
                        + "_0a1b2c3d-0000-4000-8000-000000000021 is not kept",
                "Submitter Pat Example is not kept",
                "Organization Example State Water Agency: Identifier _0a1b2c3d-0000-4000-8000-000000000001 is not kept: "
                        + "the edition names its organization by code",
                "AdministrativeInformation PublicationDate 2025-09-30 is not kept");
        assertThat(notes).noneMatch(n -> n.contains("Stakeholder"));
        assertThat(notes).contains("ActualResult of PerformanceIndicator _0a1b2c3d-0000-4000-8000-000000000012 for FY2025 "
                + "is empty (no NumberOfUnits, no Description): not recorded");
    }

    @Test
    void withoutRepairEverySchemaErrorIsListedWithItsPosition() throws IOException {
        long before = storedEvents();
        Api.Answer refused = importXml(resource("community-form.xml"), "effectiveDate=2025-01-01");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("STRATML_INVALID");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = refused.json().path("errors");
        assertThat(refused.json().path("errorCount").asInt()).isEqualTo(errors.size());
        List<String> listed = errors.valueStream().map(e -> e.path("line").asInt() + ":" + e.path("message").asString()).toList();
        // One error per deviation at least, each where the document has it.
        assertThat(listed).anyMatch(e -> e.startsWith("8:") && e.contains("CountyCode#P320"));
        assertThat(listed).anyMatch(e -> e.startsWith("9:") && e.contains("StakeholderTypeType"));
        assertThat(listed).anyMatch(e -> e.startsWith("11:") && e.contains("RoleType"));
        assertThat(listed).anyMatch(e -> e.startsWith("19:") && e.contains(":id}"));
        assertThat(listed).anyMatch(e -> e.startsWith("25:") && e.contains("PerformanceIndicatorType"));
        assertThat(listed).anyMatch(e -> e.startsWith("25:") && e.contains("ValueChainStage"));
        assertThat(listed).anyMatch(e -> e.startsWith("29:") && e.contains("NumberOfUnits"));
        assertThat(listed).anyMatch(e -> e.startsWith("40:") && e.contains("AdministrativeInformation"));
        assertThat(errors.valueStream()).allMatch(e -> e.path("column").asInt() > 0);
        assertThat(refused.json().path("detail").asString()).containsPattern("^\\d+ schema errors .*; the first: line 8, column \\d+: ");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void errorsAreListedUpToFiftyAndAllCounted() {
        StringBuilder goals = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            goals.append("<Goal><Name>Goal ").append(i).append("</Name></Goal>\n");
        }
        String document = """
                <PerformancePlanOrReport xmlns="urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport" Type="Strategic_Plan">
                  <Name>Sixty goals without description</Name>
                  <StrategicPlanCore>
                %s  </StrategicPlanCore>
                </PerformancePlanOrReport>""".formatted(goals);
        Api.Answer refused = importXml(document.getBytes(StandardCharsets.UTF_8), "effectiveDate=2025-01-01");
        assertThat(refused.code()).isEqualTo("STRATML_INVALID");
        assertThat(refused.json().path("errors").size()).isEqualTo(50);
        assertThat(refused.json().path("errorCount").asInt()).isEqualTo(60);
        assertThat(refused.json().path("detail").asString()).startsWith("60 schema errors (the first 50 listed in errors)");
    }

    @Test
    void withRepairTheCommonDeviationsAreRepairedListedAndImported() throws IOException {
        String id = unique("community");
        Api.Answer answer = importXml(resource("community-form.xml"), "effectiveDate=2025-01-01&repair=true&strategyId=" + id);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode json = answer.json();
        assertThat(json.path("goals").asInt()).isEqualTo(1);
        assertThat(json.path("objectives").asInt()).isEqualTo(2);
        assertThat(json.path("measures").asInt()).isEqualTo(1);
        assertThat(json.path("targets").asInt()).isEqualTo(1);
        List<String> notes = notes(json);
        assertThat(notes.stream().filter(n -> n.startsWith("repaired: ")).toList()).containsExactly(
                "repaired: PerformancePlanOrReport: children Name, StrategicPlanCore, Submitter, AdministrativeInformation "
                        + "put in the schema's order Name, StrategicPlanCore, AdministrativeInformation, Submitter",
                "repaired: PerformancePlanOrReport/StrategicPlanCore/Organization/Identifier: Identifier \"CountyCode#P320\" "
                        + "is not an NCName (xsd:ID): read as CountyCode_P320",
                "repaired: PerformancePlanOrReport/StrategicPlanCore/Organization/Stakeholder: the empty attribute "
                        + "StakeholderTypeType=\"\" was removed (nothing stated)",
                "repaired: PerformancePlanOrReport/StrategicPlanCore/Organization/Stakeholder/Role/RoleType: an empty RoleType "
                        + "(no role stated) was removed",
                "repaired: PerformancePlanOrReport/StrategicPlanCore/Goal/Identifier: Identifier \"CountyCode#P320-G1\" "
                        + "is not an NCName (xsd:ID): read as CountyCode_P320-G1",
                "repaired: PerformancePlanOrReport/StrategicPlanCore/Goal/id: an <id> element, which StratML does not have, "
                        + "was removed (it was empty)",
                "repaired: PerformancePlanOrReport/StrategicPlanCore/Goal/Objective/Identifier: Identifier "
                        + "\"CountyCode#P320-G1-O1\" is not an NCName (xsd:ID): read as CountyCode_P320-G1-O1",
                "repaired: PerformancePlanOrReport/StrategicPlanCore/Goal/Objective/PerformanceIndicator: the empty attribute "
                        + "PerformanceIndicatorType=\"\" was removed (nothing stated)",
                "repaired: PerformancePlanOrReport/StrategicPlanCore/Goal/Objective/PerformanceIndicator: the empty attribute "
                        + "ValueChainStage=\"\" was removed (nothing stated)",
                "repaired: PerformancePlanOrReport/StrategicPlanCore/Goal/Objective/PerformanceIndicator/MeasurementInstance/"
                        + "TargetResult: children Descriptor, NumberOfUnits put in the schema's order NumberOfUnits, Descriptor",
                "repaired: PerformancePlanOrReport/StrategicPlanCore/Goal/Objective/Identifier: Identifier "
                        + "\"CountyCode#P320-G1-O1\" is not an NCName and repeats an earlier Identifier (xsd:ID): "
                        + "read as CountyCode_P320-G1-O1_2");
        assertThat(notes).contains("Submitter Sam Example is not kept",
                "Objective CountyCode_P320-G1-O1_2: Identifier CountyCode#P320-G1-O1 names another element already: "
                        + "CountyCode_P320-G1-O1_2 is recorded without it");
        assertThat(notes).noneMatch(n -> n.contains("Stakeholder") && !n.startsWith("repaired: "));
        // The published identifiers that could not be ids are kept as the elements' external identifiers.
        assertThat(json.path("stakeholders").asInt()).isEqualTo(1);
        assertThat(json.path("externalIdentifiers").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForList("""
                select (convert_from(payload, 'UTF8')::jsonb ->> 'elementId') || ' = ' || (convert_from(payload, 'UTF8')::jsonb ->> 'externalId')
                from domain_event_entry where aggregate_identifier = ? and payload_type like '%ElementIdentifiedExternally'
                order by sequence_number""", String.class, id)).containsExactly(
                "CountyCode_P320-G1 = CountyCode#P320-G1", "CountyCode_P320-G1-O1 = CountyCode#P320-G1-O1");
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'measureType' is null from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%MeasureDefined'""", Boolean.class, id)).isTrue();
        assertThat(readings(id, "MeasureTargetSet")).containsExactly("FY2025=40");
    }

    @Test
    void aDocumentWithoutDeviationsIsTheSameWithOrWithoutRepair() throws IOException {
        Api.Answer answer = importXml(resource("state-agency-report.xml"), "effectiveDate=2025-10-01&repair=true&strategyId="
                + unique("unrepaired"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(notes(answer.json())).noneMatch(n -> n.startsWith("repaired: "));
    }

    @Test
    void unsafeXmlIsRefusedAlsoWhenRepairing() throws IOException {
        long before = storedEvents();
        String form = new String(resource("community-form.xml"), StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*>\\s*", "");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE PerformancePlanOrReport [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + form.replace("<Name>Open more parks</Name>", "<Name>&secret;</Name>");
        Api.Answer answer = importXml(xxe.getBytes(StandardCharsets.UTF_8), "effectiveDate=2025-01-01&repair=true");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("STRATML_UNSAFE");
        assertThat(answer.response().body()).doesNotContain("root:");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE PerformancePlanOrReport [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>\n").append(form.replace("<Name>Open more parks</Name>", "<Name>&lol10;</Name>"));
        Api.Answer bomb = importXml(laughs.toString().getBytes(StandardCharsets.UTF_8), "effectiveDate=2025-01-01&repair=true");
        assertThat(bomb.status()).isEqualTo(400);
        assertThat(bomb.code()).isEqualTo("STRATML_UNSAFE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** The repairs walk the document before validation: nesting of any depth met them (a StackOverflowError, 500). */
    @Test
    void deeplyNestedElementsAreRefusedWithAndWithoutRepairs() throws IOException {
        long before = storedEvents();
        String form = new String(resource("community-form.xml"), StandardCharsets.UTF_8);
        int depth = 200_000;
        String nested = "<x>".repeat(depth) + "</x>".repeat(depth);
        byte[] deep = form.replace("<Name>Open more parks</Name>", "<Name>Open more parks</Name>" + nested)
                .getBytes(StandardCharsets.UTF_8);
        for (String repair : List.of("true", "false")) {
            Api.Answer answer = importXml(deep, "effectiveDate=2025-01-01&repair=" + repair);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.code()).as(answer.toString()).isEqualTo("STRATML_INVALID");
            assertThat(answer.json().path("detail").asString()).contains("depth of \"101\"");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    private Api.Answer importXml(byte[] document, String query) {
        return editor.post("/api/imports/stratml?" + query, document, "application/xml");
    }

    /** The readings of one kind recorded for an edition, as "period=value" with the value as the event's JSON has it. */
    private List<String> readings(String id, String event) {
        return jdbc.queryForList("""
                select (convert_from(payload, 'UTF8')::jsonb ->> 'period') || '=' || coalesce(convert_from(payload, 'UTF8')::jsonb ->> 'value', 'null')
                from domain_event_entry where aggregate_identifier = ? and payload_type like ? order by sequence_number""",
                String.class, id, "%" + event);
    }

    private static List<String> notes(JsonNode answer) {
        return answer.path("notes").valueStream().map(JsonNode::asString).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = StratmlCommunityImportHttpTest.class.getResourceAsStream("/stratml/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
