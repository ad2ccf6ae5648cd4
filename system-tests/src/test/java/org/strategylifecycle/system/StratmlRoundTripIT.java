package org.strategylifecycle.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strategylifecycle.stratml.StratmlDocuments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * StratML out and back in, across the two services as deployed: command-service imports,
 * query-service exports, each its packaged jar in a JVM of its own on one PostgreSQL, over HTTP.
 * Every corpus file: the export of the imported edition is valid against the unmodified Part 2
 * schema (the copy in {@code ../shared/stratml}, not the service's own) and holds every quoted text
 * of the file; exported, imported as a new edition and exported again, it says the same (the
 * edition's id and dates aside). An edition built by commands with everything the mapping carries
 * survives the same trip, and the export honours asOf and knownAt. Nothing here is skipped: a
 * missing jar, schema or corpus fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StratmlRoundTripIT {

    private static final Path ROOT = Path.of(System.getProperty("services.dir", ".."));
    private static final Path CORPUS = ROOT.resolve("corpus");
    private static final Path XSD = ROOT.resolve("../shared/stratml/PerformancePlanOrReport-2016-02-16.xsd");

    private BothServices services;
    private Api editor;
    private Api viewer;
    private Schema schema;

    @BeforeAll
    void start() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        schema = factory.newSchema(XSD.toFile());
        services = BothServices.start("roundtrip");
        editor = new Api(services.command().port(), "editor");
        viewer = new Api(services.query().port(), "viewer");
    }

    @AfterAll
    void stop() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void everyCorpusFileExportsValidWithItsTextsAndSurvivesTheRoundTrip() throws Exception {
        List<Path> files;
        try (Stream<Path> main = Files.list(CORPUS); Stream<Path> referenced = Files.list(CORPUS.resolve("referenced"))) {
            files = Stream.concat(referenced, main).filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertThat(files).hasSize(9);
        for (Path file : files) {
            byte[] original = Files.readAllBytes(file);
            String first = importAndWait(original, unique("rt"));
            String exported = export(first, "");
            valid(exported, file.toString());
            Map<String, Set<String>> quoted = texts(original);
            Map<String, Set<String>> kept = texts(exported.getBytes(StandardCharsets.UTF_8));
            assertThat(quoted).as(file + ": quoted texts").isNotEmpty();
            quoted.forEach((id, texts) -> assertThat(kept.getOrDefault(id, Set.of())).as(file + " " + id).containsAll(texts));
            // Every annotation goes out with the edition; a note on a link goes only where its link does (the
            // copies here are imported under new ids, so their alignments to the other plans' ids do not resolve).
            assertThat(annotationIds(exported)).as(file + ": annotations").containsAll(annotationIds(new String(original,
                    StandardCharsets.UTF_8), false));

            String second = importAndWait(exported.getBytes(StandardCharsets.UTF_8), unique("rt"));
            String again = export(second, "");
            valid(again, file + " exported twice");
            assertThat(normalized(again, second)).as(file + " round trip").isEqualTo(normalized(exported, first));
        }
    }

    @Test
    void everythingTheMappingCarriesSurvivesTheRoundTrip() {
        String predecessor = importAndWait(PLAIN.getBytes(StandardCharsets.UTF_8), unique("before"));
        String id = unique("rich");
        String base = "/api/strategies/" + id;
        created(editor.post("/api/strategies", """
                {"strategyId": "%s", "title": "Rich Plan", "organization": {"code": "EXA", "name": "Example Agency", "parentCode": "DHS"},
                 "period": {"label": "FY 2025–2027", "fromYear": 2025, "toYear": 2027}, "effectiveDate": "2025-01-01"}""".formatted(id)));
        created(editor.post(base + "/statements", """
                {"elementId": "vision", "kind": "VISION", "label": "Operational Vision", "title": "Seen", "text": "A vision", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/statements", """
                {"elementId": "mission", "kind": "MISSION", "label": "Mission", "text": "A mission", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/statements", """
                {"elementId": "core-value-1", "kind": "CORE_VALUE", "label": "Core Value", "title": "Integrity", "text": "We are honest.", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/statements", """
                {"elementId": "aspiration", "kind": "ASPIRATION", "label": "Aspiration", "text": "Be the best; always?>", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/mission-areas", """
                {"elementId": "prevention", "title": "Prevention", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/goals", """
                {"elementId": "goal-1", "number": "1", "title": "Protect", "statement": "Protect the people",
                 "overview": "Line one\\nline two; with: colon \\\\ and ?> end", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/mission-areas", """
                {"elementId": "area-1", "goalId": "goal-1", "number": "A", "title": "Counter Terrorism", "statement": "Stop it", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/objectives", """
                {"elementId": "7-objective", "parentId": "area-1", "number": "1.1", "title": "Detect", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/outcomes", """
                {"elementId": "outcome-1", "parentId": "7-objective", "statement": "Threats are found", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/initiatives", """
                {"elementId": "initiative-1", "parentId": "7-objective", "title": "Scan every container", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/initiatives", """
                {"elementId": "initiative-1.1", "parentId": "initiative-1", "title": "Buy scanners", "statement": "Forty of them", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/initiatives", """
                {"elementId": "initiative-2", "parentId": "7-objective", "number": "2", "title": "Dropped idea", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/measures", """
                {"elementId": "measure-goal", "parentId": "goal-1", "number": "M1", "title": "Share of containers scanned",
                 "statement": "Scanned over arrived", "measureType": "EFFICIENCY", "printedType": "Efficiency", "unit": "%", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/measures", """
                {"elementId": "measure-outcome", "parentId": "outcome-1", "title": "Quality of detection", "measureType": "QUALITATIVE", "effectiveDate": "2025-01-01"}"""));
        ok(editor.post(base + "/measures/measure-goal/targets", """
                {"period": "FY2025", "value": 95.5, "effectiveDate": "2025-01-01", "rationale": "planned"}"""));
        ok(editor.post(base + "/measures/measure-goal/actuals", """
                {"period": "FY2025", "value": 97, "text": "met", "effectiveDate": "2025-01-01", "rationale": "reported"}"""));
        ok(editor.post(base + "/measures/measure-outcome/targets", """
                {"period": "FY2026", "text": "Good", "effectiveDate": "2025-01-01", "rationale": "planned"}"""));
        created(editor.post(base + "/alignments", """
                {"elementId": "7-objective", "target": {"document": "DHS Plan", "number": "1.1", "text": "Secure the border"},
                 "provenance": {"basis": "INFERRED", "inferredFrom": "reading of the crosswalk"}, "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/alignments", """
                {"elementId": "initiative-1", "target": {"strategyId": "%s", "elementId": "goal-1"},
                 "provenance": {"basis": "STATED", "citation": {"document": "Rich Plan", "section": "Annex", "page": "4"}}, "effectiveDate": "2025-01-01"}"""
                .formatted(id)));
        created(editor.post(base + "/lineage", """
                {"elementId": "goal-1", "predecessor": {"strategyId": "%s", "elementId": "goal-1"}, "relation": "DERIVES_FROM",
                 "provenance": {"basis": "STATED", "citation": {"document": "Rich Plan", "section": "Foreword"}}, "effectiveDate": "2025-01-01"}"""
                .formatted(predecessor)));
        String stated = editor.post(base + "/alignments", """
                {"elementId": "area-1", "target": {"strategyId": "%s", "elementId": "goal-1"},
                 "provenance": {"basis": "INFERRED", "inferredFrom": "a range read"}, "effectiveDate": "2025-01-01"}"""
                .formatted(id)).json().path("id").asString();
        created(editor.post(base + "/annotations", """
                {"annotationId": "note-edition", "subject": {"kind": "EDITION", "field": "period.toYear"},
                 "uncertainty": "The cover prints FY 2025–2027; the title page FY 2025–2028", "alternatives": [
                   {"printed": "FY 2025–2027", "citation": {"document": "Rich Plan", "section": "cover", "page": "1"}},
                   {"printed": "FY 2025–2028", "citation": {"document": "Rich Plan", "section": "title page"}}],
                 "chosenReading": "2027", "reason": "The cover; with; semicolons \\\\ and ?> marks", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/annotations", """
                {"annotationId": "note-vision", "subject": {"kind": "ELEMENT", "id": "vision", "field": "text"},
                 "uncertainty": "Two printings", "chosenReading": "A vision", "reason": "The vision page", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/annotations", """
                {"annotationId": "note-goal", "subject": {"kind": "ELEMENT", "id": "goal-1", "field": "title"},
                 "uncertainty": "Line\\nbreak", "chosenReading": "Protect", "reason": "heading", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/annotations", """
                {"annotationId": "note-measure", "subject": {"kind": "ELEMENT", "id": "measure-goal", "field": "unit"},
                 "uncertainty": "No unit printed", "chosenReading": "%", "reason": "the column header", "effectiveDate": "2025-01-01"}"""));
        created(editor.post(base + "/annotations", """
                {"annotationId": "note-link", "subject": {"kind": "LINK", "id": "%s", "field": "target"},
                 "uncertainty": "A range", "chosenReading": "goal 1", "reason": "the only goal", "effectiveDate": "2025-01-01"}"""
                .formatted(stated)));
        created(editor.post(base + "/annotations", """
                {"annotationId": "note-withdrawn", "subject": {"kind": "EDITION"},
                 "uncertainty": "A mistake", "chosenReading": "none", "reason": "none", "effectiveDate": "2025-01-01"}"""));
        ok(editor.post(base + "/annotations/note-withdrawn/withdraw", """
                {"effectiveDate": "2025-01-01", "rationale": "noted by mistake"}"""));
        ok(editor.post(base + "/initiatives/initiative-1.1/complete", """
                {"effectiveDate": "2025-02-01", "rationale": "bought"}"""));
        Api.Answer last = editor.post(base + "/initiatives/initiative-2/retire", """
                {"effectiveDate": "2025-02-01", "rationale": "dropped"}""");
        ok(last);
        awaitVersion(id, last.version());

        String exported = export(id, "");
        valid(exported, "rich");
        assertThat(exported).contains("<Identifier>id-7-objective</Identifier>", "kind: indicators",
                "aligns-to: external; target-document: DHS Plan", "lineage: " + predecessor + "#goal-1",
                "status: RETIRED", "status: COMPLETED", "<DescriptorValue>FY2025</DescriptorValue>", "<NumberOfUnits>95.5</NumberOfUnits>",
                "annotation: note-edition; field: period.toYear;", "annotation: note-vision; element: vision; field: text;",
                "annotation: note-goal; field: title;", "annotation: note-measure; field: unit;",
                "annotation: note-link; link: aligns-to 1; field: target;");
        assertThat(annotationIds(exported)).containsExactlyInAnyOrder("note-edition", "note-vision", "note-goal", "note-measure",
                "note-link");
        String copy = importAndWait(exported.getBytes(StandardCharsets.UTF_8), unique("rich-copy"));
        String again = export(copy, "");
        assertThat(normalized(again, copy)).isEqualTo(normalized(exported, id));
    }

    /**
     * A report as spreadsheet exports write it (issue 18, ADR 20; written for the tests, in
     * command-service's test resources): every element keeps its published UUID-style Identifier, every
     * indicator its dimension, unit and stated type (none where none is stated) and every non-empty
     * target and actual its number exactly as printed, compared field by field; then the round trip.
     */
    @Test
    void aSpreadsheetReportKeepsItsIdentifiersTypesAndNumbersAsPrinted() throws Exception {
        byte[] original = Files.readAllBytes(ROOT.resolve("command-service/src/test/resources/stratml/state-agency-report.xml"));
        String first = importAndWait(original, unique("report"));
        String exported = export(first, "");
        valid(exported, "the report's export");
        Document source = StratmlDocuments.builder().parse(new ByteArrayInputStream(original));
        Document out = StratmlDocuments.builder().parse(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> expected = indicators(source);
        assertThat(expected).hasSize(4);
        assertThat(indicators(out)).isEqualTo(expected);
        assertThat(expected.values()).anyMatch(v -> v.contains("actual FY2024=4.4249999999999998"))
                .anyMatch(v -> v.contains("target 2025-06-30=1234567890123456789012345"))
                .anyMatch(v -> v.contains("target FY2024=95.50"));
        for (String element : List.of("Goal", "Objective")) {
            assertThat(identifiers(out, element)).as(element + " identifiers").isEqualTo(identifiers(source, element));
        }
        // Every stakeholder with its holder, type, description and roles (ADR 20), field by field.
        List<String> stakeholders = stakeholders(source);
        assertThat(stakeholders).hasSize(5).anyMatch(h -> h.startsWith("Organization | County Utilities Board | Organization"))
                .anyMatch(h -> h.contains("Owner () [Performer, Beneficiary]"));
        assertThat(stakeholders(out)).isEqualTo(stakeholders);
        Map<String, Set<String>> kept = texts(exported.getBytes(StandardCharsets.UTF_8));
        texts(original).forEach((id, texts) -> assertThat(kept.getOrDefault(id, Set.of())).as(id).containsAll(texts));

        String second = importAndWait(exported.getBytes(StandardCharsets.UTF_8), unique("report"));
        String again = export(second, "");
        assertThat(normalized(again, second)).isEqualTo(normalized(exported, first));
    }

    /**
     * A plan as the community's forms publish it, imported with repairs: its published identifiers, which
     * are no xsd:IDs ({@code CountyCode#P320-G1}), come back in the export as the elements' external
     * identifiers; the one the document repeats is noted and not kept. Its stakeholder survives, then
     * the round trip.
     */
    @Test
    void aCommunityPlanKeepsItsPublishedIdentifiersAndStakeholders() throws Exception {
        byte[] original = Files.readAllBytes(ROOT.resolve("command-service/src/test/resources/stratml/community-form.xml"));
        String first = unique("community");
        Api.Answer answer = editor.post("/api/imports/stratml?effectiveDate=2025-03-01&repair=true&strategyId=" + first,
                original, "application/xml");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        awaitVersion(first, answer.version());
        String exported = export(first, "");
        valid(exported, "the community plan's export");
        Document out = StratmlDocuments.builder().parse(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
        assertThat(published(out, "Goal")).containsExactly("CountyCode#P320-G1");
        assertThat(published(out, "Objective")).containsExactly("CountyCode#P320-G1-O1", "CountyCode_P320-G1-O1_2");
        assertThat(stakeholders(out)).containsExactly("Organization | Park visitors |  |  | Visitors () []");
        assertThat(viewer.get("/api/strategies/" + first + "/elements/CountyCode%23P320-G1").json().path("elementId").asString())
                .isEqualTo("CountyCode_P320-G1");

        String second = importAndWait(exported.getBytes(StandardCharsets.UTF_8), unique("community"));
        String again = export(second, "");
        assertThat(normalized(again, second)).isEqualTo(normalized(exported, first));
    }

    /** Each element's published identifier: its metadata's {@code identifier:} line, else its Identifier. */
    private static List<String> published(Document document, String element) {
        List<String> ids = new ArrayList<>();
        var list = document.getElementsByTagNameNS("*", element);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            String kept = String.join("", own(e, "OtherInformation")).replaceAll("(?s).*\\bidentifier: (\\S+).*|.*", "$1");
            ids.add(kept.isEmpty() ? own(e, "Identifier").get(0) : kept);
        }
        return ids;
    }

    /** Every Stakeholder in document order: its holder, name, type, description and roles with their types. */
    private static List<String> stakeholders(Document document) {
        List<String> stakeholders = new ArrayList<>();
        var list = document.getElementsByTagNameNS("*", "Stakeholder");
        for (int i = 0; i < list.getLength(); i++) {
            Element s = (Element) list.item(i);
            Element holder = (Element) s.getParentNode();
            List<String> roles = new ArrayList<>();
            for (Node n = s.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element role && role.getLocalName().equals("Role")) {
                    roles.add(String.join("", own(role, "Name")) + " (" + String.join("", own(role, "Description")) + ") "
                            + own(role, "RoleType"));
                }
            }
            String holderName = holder.getLocalName().equals("Organization") ? "Organization"
                    : holder.getLocalName() + " " + own(holder, "Identifier");
            stakeholders.add(String.join(" | ", holderName, String.join("", own(s, "Name")), s.getAttribute("StakeholderTypeType"),
                    String.join("", own(s, "Description")), String.join("; ", roles)));
        }
        return stakeholders;
    }

    /** Each indicator by Identifier: dimension, unit, stated type attributes and its non-empty readings by period. */
    private static Map<String, String> indicators(Document document) {
        Map<String, String> indicators = new HashMap<>();
        var list = document.getElementsByTagNameNS("*", "PerformanceIndicator");
        for (int i = 0; i < list.getLength(); i++) {
            Element indicator = (Element) list.item(i);
            List<String> fields = new ArrayList<>(List.of(String.join(",", own(indicator, "MeasurementDimension")),
                    String.join(",", own(indicator, "UnitOfMeasurement")), "stage=" + indicator.getAttribute("ValueChainStage"),
                    "type=" + indicator.getAttribute("PerformanceIndicatorType")));
            var results = indicator.getElementsByTagNameNS("*", "*");
            for (int r = 0; r < results.getLength(); r++) {
                Element result = (Element) results.item(r);
                boolean target = result.getLocalName().equals("TargetResult");
                if (!target && !result.getLocalName().equals("ActualResult")) {
                    continue;
                }
                List<String> value = own(result, "NumberOfUnits");
                List<String> text = own(result, "Description");
                if (value.isEmpty() && text.isEmpty()) {
                    continue;
                }
                List<String> period = new ArrayList<>();
                for (Node d = result.getFirstChild(); d != null; d = d.getNextSibling()) {
                    if (d instanceof Element e && e.getLocalName().equals("Descriptor")) {
                        period.addAll(own(e, "DescriptorValue"));
                    }
                }
                period.addAll(own(result, "EndDate"));
                fields.add((target ? "target " : "actual ") + period.get(0) + "=" + String.join("", value) + " " + String.join("", text));
            }
            fields.subList(4, fields.size()).sort(null);
            indicators.put(own(indicator, "Identifier").get(0), String.join(" | ", fields));
        }
        return indicators;
    }

    private static List<String> identifiers(Document document, String element) {
        List<String> ids = new ArrayList<>();
        var list = document.getElementsByTagNameNS("*", element);
        for (int i = 0; i < list.getLength(); i++) {
            ids.addAll(own((Element) list.item(i), "Identifier"));
        }
        return ids;
    }

    @Test
    void theExportHonoursAsOfAndKnownAt() throws Exception {
        String id = importAndWait(PLAIN.getBytes(StandardCharsets.UTF_8), unique("asof"));
        Thread.sleep(50);
        Instant beforeRevision = Instant.now();
        Thread.sleep(50);
        Api.Answer revised = editor.post("/api/strategies/" + id + "/goals/goal-1/revise", """
                {"title": "Goal A, revised", "effectiveDate": "2026-01-01", "rationale": "mid-term review"}""");
        ok(revised);
        awaitVersion(id, revised.version());

        assertThat(export(id, "")).contains("<Name>Goal A, revised</Name>").doesNotContain("<Name>Goal A</Name>");
        assertThat(export(id, "?asOf=2025-06-01")).contains("<Name>Goal A</Name>", "as-of: 2025-06-01");
        assertThat(export(id, "?asOf=2026-06-01")).contains("<Name>Goal A, revised</Name>");
        String knownBefore = export(id, "?asOf=2026-06-01&knownAt=" + beforeRevision);
        assertThat(knownBefore).contains("<Name>Goal A</Name>", "known-at: " + beforeRevision);
        valid(knownBefore, "as known before the revision");

        Api.Answer beforeDraft = viewer.get("/api/strategies/" + id + "/stratml?asOf=2020-01-01");
        assertThat(beforeDraft.status()).isEqualTo(404);
        assertThat(beforeDraft.code()).isEqualTo("STRATEGY_NOT_FOUND");
        Api.Answer badDate = viewer.get("/api/strategies/" + id + "/stratml?knownAt=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.code()).isEqualTo("INVALID_DATE");
        assertThat(viewer.get("/api/strategies/" + unique("nothing") + "/stratml").code()).isEqualTo("STRATEGY_NOT_FOUND");
    }

    private static final String PLAIN = """
            <StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core">
              <Name>Agency Strategic Plan 2025-2029</Name>
              <StrategicPlanCore>
                <Organization><Name>Example Agency</Name><Acronym>EXA</Acronym></Organization>
                <Goal><Name>Goal A</Name><Description>Protect</Description><SequenceIndicator>1</SequenceIndicator>
                  <Objective><Name>Objective A.1</Name></Objective>
                </Goal>
              </StrategicPlanCore>
            </StrategicPlan>""";

    /** Imports on 2025-03-01 under {@code id} and waits until query-service has projected the whole import. */
    private String importAndWait(byte[] document, String id) {
        Api.Answer answer = editor.post("/api/imports/stratml?effectiveDate=2025-03-01&strategyId=" + id,
                document, "application/xml");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        awaitVersion(id, answer.version());
        return id;
    }

    private void awaitVersion(String id, long version) {
        await("query-service reaches version " + version + " of " + id).atMost(Duration.ofSeconds(60))
                .until(() -> viewer.get("/api/strategies/" + id + "?minVersion=" + version).status() == 200);
    }

    private String export(String id, String query) {
        Api.Answer answer = viewer.get("/api/strategies/" + id + "/stratml" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/xml");
        return answer.body();
    }

    private void valid(String xml, String what) {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError(what + " is not valid StratML Part 2: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The export without what must differ between two editions: their ids, dates and versions. */
    private static String normalized(String xml, String id) {
        return xml.replace(id, "EDITION")
                .replaceAll("(?m)^\\s*(drafted-on|adopted-on|ended-on|exported-version|history-sequence|history-hash): .*\\R", "");
    }

    /** The quoted texts (Name, Description, MeasurementDimension) of every element, by its id; the plan's own under "". */
    private static Map<String, Set<String>> texts(byte[] xml) throws Exception {
        Document document = StratmlDocuments.builder().parse(new ByteArrayInputStream(xml));
        Map<String, Set<String>> texts = new HashMap<>();
        Element root = document.getDocumentElement();
        texts.put("", new HashSet<>(own(root, "Name")));
        collect(root, texts);
        return texts;
    }

    private static void collect(Element element, Map<String, Set<String>> texts) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            String name = child.getLocalName();
            String id = null;
            if (List.of("Goal", "Objective", "PerformanceIndicator", "Vision", "Mission").contains(name)) {
                List<String> ids = own(child, "Identifier");
                id = ids.isEmpty() ? null : ids.get(0);
            } else if (name.equals("Value")) {
                id = metaId(child);
            }
            if (id != null) {
                List<String> own = new ArrayList<>(own(child, "Name"));
                own.addAll(own(child, "Description"));
                own.addAll(own(child, "MeasurementDimension"));
                texts.computeIfAbsent(id, k -> new HashSet<>()).addAll(own);
            }
            collect(child, texts);
        }
    }

    private static List<String> own(Element element, String name) {
        List<String> values = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                String text = e.getTextContent().strip().replaceAll("\\s+", " ");
                if (!text.isEmpty()) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    private static String metaId(Element value) {
        for (Node n = value.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof ProcessingInstruction pi && pi.getTarget().equals("slc-meta")) {
                String data = pi.getData();
                int start = data.indexOf("id: ") + 4;
                int end = data.indexOf(';', start);
                return data.substring(start, end < 0 ? data.length() : end).strip();
            }
        }
        return null;
    }

    /** The ids of a document's annotation lines (ADR 18); with {@code links} false, only those not about a link. */
    private static List<String> annotationIds(String xml, boolean links) {
        return xml.lines().map(String::strip).filter(l -> l.startsWith("annotation: "))
                .filter(l -> links || !l.contains("; link: "))
                .map(l -> l.substring("annotation: ".length()).split(";")[0].strip()).toList();
    }

    private static List<String> annotationIds(String xml) {
        return annotationIds(xml, true);
    }

    private static void created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    private static void ok(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
