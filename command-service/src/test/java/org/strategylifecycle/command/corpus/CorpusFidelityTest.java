package org.strategylifecycle.command.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.strategylifecycle.stratml.StratmlFields;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * Fidelity of the hand-transcribed StratML corpus ({@code corpus/}) to the source texts
 * ({@code shared/corpus/*.txt}); mapping in {@code docs/adr/0005-stratml-mapping.md}.
 *
 * <ol>
 * <li>every XML file validates against StratML Part 2 (PerformancePlanOrReport, 2016-02-16);</li>
 * <li>every quoted text (each {@code Name}, {@code Description}, {@code MeasurementDimension})
 * is a substring of its source text, both sides whitespace-collapsed; the source side also has
 * the few words split by the PDF extraction joined (list per document below) and two extraction
 * artifacts removed (Markdown {@code **} bold markers and the {@code \} before {@code $});</li>
 * <li>the element counts per kind equal the counts determined by reading the documents;</li>
 * <li>every annotation (ADR 18) is complete, names a subject the file holds, and quotes each of its
 * alternatives as printed in its source, with the same normalisation as the quoted texts.</li>
 * </ol>
 * A document not yet transcribed is not in {@link #DOCUMENTS}; a file in {@code corpus/} that is
 * not in the tables fails the test, so nothing is skipped silently.
 */
class CorpusFidelityTest {

    static final Path CORPUS = Path.of("../corpus");
    static final Path SOURCES = Path.of("../../shared/corpus");
    static final Path XSD = Path.of("../../shared/stratml/PerformancePlanOrReport-2016-02-16.xsd");
    static final String NS = "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport";
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** Annotations per file: one for every spot where a reader had to choose (listed in corpus/README.md). */
    static final Map<String, Integer> ANNOTATIONS = Map.of(
            "cbp-strategy-2024-2028", 8, "cbp-strategy-2020-2025", 2, "cbp-integrity-accountability-strategy-2023", 1,
            "ofo-poe-strategic-plan-fy2007-2011", 13, "opr-strategy-2024-2028", 16, "cbp-protecting-america", 4);

    /** A transcribed edition: its counts by kind (as determined by reading) and its split words. */
    record Doc(String id, Map<String, Integer> counts, List<String> splitWords) {
    }

    /** Counts by kind: goal, objective, mission-area, initiative, outcome, measure, statement, alignment. */
    static Map<String, Integer> counts(int goals, int objectives, int missionAreas, int initiatives,
            int outcomes, int measures, int statements, int alignments) {
        Map<String, Integer> m = new TreeMap<>();
        m.put("goal", goals);
        m.put("objective", objectives);
        m.put("mission-area", missionAreas);
        m.put("initiative", initiatives);
        m.put("outcome", outcomes);
        m.put("measure", measures);
        m.put("statement", statements);
        m.put("alignment", alignments);
        return m;
    }

    static final List<Doc> DOCUMENTS = List.of(
            // 6 ethos lines, vision, 3 core values, 5 themes = 15 statements; 3 desired outcomes, 3 outcome measures
            new Doc("cbp-integrity-accountability-strategy-2023", counts(3, 9, 0, 0, 3, 3, 15, 0), List.of()),
            // vision, mission; 14 objectives 1-1..4-3 each with one outcome; 33 initiatives 1.1.1..4.3.2;
            // Appendix A: 8 printed rows = 34 distinct objective -> DHS/CBP objective links
            new Doc("opr-strategy-2024-2028", counts(4, 14, 0, 33, 14, 0, 2, 34), List.of()),
            // vision, mission, 3 core values, 6 ethos lines; 15 strategic objectives 1.1-4.1 each with a desired outcome;
            // Goal 2's 4 mission areas; 56 bulleted (un-numbered) key activities after the desired outcomes
            new Doc("cbp-strategy-2024-2028", counts(4, 15, 4, 56, 15, 0, 11, 0), List.of("seamless .")),
            // mission, aspiration, 6 ethos lines, 3 core values; 12 strategic initiatives 1.1-3.3 (objectives), each with
            // a desired outcome and 41 key activities in all; "Measuring and Ensuring Success" prints no measure
            new Doc("cbp-strategy-2020-2025", counts(3, 12, 0, 41, 12, 0, 11, 0), List.of("bio graphics")),
            // operational vision, supporting mission, 6 CBP mission-statement lines, 4 vision elements, 8 core capabilities,
            // 6 key success factors = 26; 52 strategies and actions + 13 sub-items = 65; 18 performance measures (Figure 6);
            // Appendix B: 73 marks (OFO objective -> Protecting America objective)
            new Doc("ofo-poe-strategic-plan-fy2007-2011", counts(5, 12, 0, 65, 0, 18, 26, 73), List.of()));

    /** Referenced plans (not in the corpus): counts of what the corpus quotes of them. */
    static final List<Doc> REFERENCED = List.of(
            // four mission areas and two quoted sentences on its focus, as cbp-integrity-accountability-strategy-2023 describes it
            new Doc("cbp-integrity-strategy-2014", counts(0, 0, 4, 0, 0, 0, 2, 0), List.of()),
            // OPR Appendix A: DHS Goals 1 and 6, Objectives 1.1, 1.2, 6.2, 6.3
            new Doc("dhs-strategic-plan-2020-2024", counts(2, 4, 0, 0, 0, 0, 0, 0), List.of()),
            // OPR Appendix A: CBP 2021-2026 Goal 1 Objectives 2, 4; Goal 2 Objectives 1-3; Goal 3 Objectives 1, 3
            // + vision and mission, which cbp-strategy-2024-2028 says "remain unchanged"
            new Doc("cbp-strategy-2021-2026", counts(3, 7, 0, 0, 0, 0, 2, 0), List.of()),
            // OFO Introduction: six goals; Appendix B: objectives 1.1, 1.2, 1.4, 3.1-3.4, 4.1-4.5, 5.1-5.5 with their texts
            new Doc("cbp-protecting-america", counts(6, 17, 0, 0, 0, 0, 0, 0), List.of()));

    static Schema schema;
    static DocumentBuilderFactory dbf;

    @BeforeAll
    static void setUp() throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        schema = sf.newSchema(XSD.toFile());
        dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }

    static Path fileOf(Doc d, boolean referenced) {
        return referenced ? CORPUS.resolve("referenced").resolve(d.id() + ".xml") : CORPUS.resolve(d.id() + ".xml");
    }

    static Stream<Path> allListed() {
        return Stream.concat(DOCUMENTS.stream().map(d -> fileOf(d, false)), REFERENCED.stream().map(d -> fileOf(d, true)));
    }

    static Document parse(Path p) throws Exception {
        return dbf.newDocumentBuilder().parse(p.toFile());
    }

    @Test
    void everyCorpusFileIsListedAndEveryListedFileExists() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        for (Path dir : List.of(CORPUS, CORPUS.resolve("referenced"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".xml")).forEach(p -> onDisk.add(p.normalize().toString()));
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        allListed().forEach(p -> listed.add(p.normalize().toString()));
        assertEquals(listed, onDisk, "corpus/*.xml and corpus/referenced/*.xml must equal the test's tables");
    }

    @Test
    void everyFileIsValidStratML() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Path p : allListed().toList()) {
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try {
                v.validate(new DOMSource(parse(p), p.toString()));
            } catch (Exception e) {
                failures.add(p + ": " + e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyQuotedTextIsInItsSourceDocument() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Doc d : DOCUMENTS) {
            String source = source(d.id());
            Document doc = parse(fileOf(d, false));
            for (String[] printed : printedAlignmentTexts(doc)) {
                checked++;
                if (!source.contains(normalize(printed[1]))) {
                    failures.add(d.id() + " " + printed[0] + " aligns-to printed: not in source: " + printed[1]);
                }
            }
            for (Quote q : quotes(doc)) {
                checked++;
                if (q.text().isEmpty()) {
                    failures.add(d.id() + " " + q.elementId() + " " + q.tag() + ": empty quoted text");
                } else if (!source.contains(q.text())) {
                    failures.add(d.id() + " " + q.elementId() + " " + q.tag() + ": not in source: " + q.text());
                }
            }
        }
        for (Doc d : REFERENCED) {
            for (Quote q : quotes(parse(fileOf(d, true)))) {
                checked++;
                if (q.quotedIn().isEmpty()) {
                    failures.add(d.id() + " " + q.elementId() + ": no quoted-in document");
                    continue;
                }
                if (q.text().isEmpty()) {
                    // referenced plans: a Goal's Name/Description the schema requires but no document quotes
                    if (!q.tag().startsWith("Goal/")) {
                        failures.add(d.id() + " " + q.elementId() + " " + q.tag() + ": empty quoted text");
                    }
                    continue;
                }
                boolean found = false;
                for (String doc : q.quotedIn()) {
                    found |= source(doc).contains(q.text());
                }
                if (!found) {
                    failures.add(d.id() + " " + q.elementId() + " " + q.tag() + ": not in " + q.quotedIn() + ": " + q.text());
                }
            }
        }
        assertTrue(checked > 0, "no quoted text checked");
        assertTrue(failures.isEmpty(), failures.size() + " quoted texts fail:\n" + String.join("\n", failures));
    }

    @Test
    void countsMatchTheDocuments() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Doc d : DOCUMENTS) {
            check(d, countKinds(parse(fileOf(d, false))), failures);
        }
        for (Doc d : REFERENCED) {
            check(d, countKinds(parse(fileOf(d, true))), failures);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void identifiersAreStable() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Path p : allListed().toList()) {
            Document doc = parse(p);
            var ids = doc.getElementsByTagNameNS(NS, "Identifier");
            for (int i = 0; i < ids.getLength(); i++) {
                String id = ids.item(i).getTextContent().trim();
                if (!ID.matcher(id).matches()) {
                    failures.add(p + ": bad id " + id);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyAlignmentTargetExists() throws Exception {
        List<String> failures = new ArrayList<>();
        int links = 0;
        for (Path p : allListed().toList()) {
            Document doc = parse(p);
            for (String tag : List.of("Goal", "Objective")) {
                var list = doc.getElementsByTagNameNS(NS, tag);
                for (int i = 0; i < list.getLength(); i++) {
                    Element e = (Element) list.item(i);
                    for (String l : metaLines(e)) {
                        if (!l.startsWith("aligns-to: ")) {
                            continue;
                        }
                        links++;
                        String target = l.substring("aligns-to: ".length()).split(";")[0].trim();
                        String[] parts = target.split("#");
                        Path t = CORPUS.resolve("referenced").resolve(parts[0] + ".xml");
                        if (!Files.exists(t)) {
                            t = CORPUS.resolve(parts[0] + ".xml");
                        }
                        if (parts.length != 2 || !Files.exists(t) || !identifiers(parse(t)).contains(parts[1])) {
                            failures.add(p + " " + elementId(e) + ": alignment target not found: " + target);
                        }
                        if (!l.contains("provenance: stated") && !l.contains("provenance: inferred; basis: ")) {
                            failures.add(p + " " + elementId(e) + ": alignment without provenance: " + l);
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), links + " links, failures:\n" + String.join("\n", failures));
    }

    @Test
    void everyAnnotationIsCompleteAndQuotesItsAlternativesAsPrinted() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> counted = new TreeMap<>();
        for (Doc d : Stream.concat(DOCUMENTS.stream(), REFERENCED.stream()).toList()) {
            boolean referenced = REFERENCED.contains(d);
            Document doc = parse(fileOf(d, referenced));
            Set<String> sources = referenced ? quotedIn(doc.getDocumentElement()) : Set.of(d.id());
            Set<String> ids = new TreeSet<>();
            Set<String> statements = identifiers(doc);
            var values = doc.getElementsByTagNameNS(NS, "Value");
            for (int i = 0; i < values.getLength(); i++) {
                statements.add(elementId((Element) values.item(i)));
            }
            for (Element holder : annotationHolders(doc)) {
                List<String> alignsTo = metaLines(holder).stream().filter(l -> l.startsWith("aligns-to: ")).toList();
                for (String l : metaLines(holder)) {
                    if (!l.startsWith("annotation: ")) {
                        continue;
                    }
                    List<StratmlFields.Field> segments = StratmlFields.segments(l.substring("annotation: ".length()));
                    String id = StratmlFields.first(segments, "");
                    String where = d.id() + " " + id;
                    counted.merge(d.id(), 1, Integer::sum);
                    if (id == null || !ID.matcher(id).matches() || !ids.add(id) || statements.contains(id)) {
                        failures.add(where + ": id missing, malformed, repeated or taken by an element");
                    }
                    for (String key : List.of("field", "uncertainty", "chosen-reading", "reason")) {
                        if (StratmlFields.first(segments, key) == null) {
                            failures.add(where + ": no " + key);
                        }
                    }
                    String element = StratmlFields.first(segments, "element");
                    if (element != null && !statements.contains(element)) {
                        failures.add(where + ": element " + element + " is not in the file");
                    }
                    String link = StratmlFields.first(segments, "link");
                    if (link != null) {
                        String[] parts = link.split(" ");
                        int n = parts.length == 2 && parts[0].equals("aligns-to") ? Integer.parseInt(parts[1]) : 0;
                        if (n < 1 || n > alignsTo.size() || !alignsTo.get(n - 1).contains("provenance: inferred")) {
                            failures.add(where + ": link " + link + " is not an inferred aligns-to line of " + elementId(holder));
                        }
                    }
                    int alternatives = 0;
                    for (StratmlFields.Field f : segments) {
                        if (!f.key().equals("printed")) {
                            continue;
                        }
                        alternatives++;
                        boolean found = false;
                        for (String s : sources) {
                            found |= source(s).contains(normalize(f.value()));
                        }
                        if (!found) {
                            failures.add(where + ": alternative not printed in " + sources + ": " + f.value());
                        }
                    }
                    if (alternatives != StratmlFields.all(segments, "document").size()) {
                        failures.add(where + ": every alternative needs its document");
                    }
                }
            }
        }
        assertEquals(new TreeMap<>(ANNOTATIONS), counted, "annotations per file");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The plan and every Goal, Objective and PerformanceIndicator: the elements whose metadata may hold annotation lines. */
    static List<Element> annotationHolders(Document doc) {
        List<Element> holders = new ArrayList<>(List.of(doc.getDocumentElement()));
        for (String tag : List.of("Goal", "Objective", "PerformanceIndicator")) {
            var list = doc.getElementsByTagNameNS(NS, tag);
            for (int i = 0; i < list.getLength(); i++) {
                holders.add((Element) list.item(i));
            }
        }
        return holders;
    }

    static Set<String> identifiers(Document doc) {
        Set<String> ids = new TreeSet<>();
        var list = doc.getElementsByTagNameNS(NS, "Identifier");
        for (int i = 0; i < list.getLength(); i++) {
            ids.add(list.item(i).getTextContent().trim());
        }
        return ids;
    }

    static void check(Doc d, Map<String, Integer> actual, List<String> failures) {
        Map<String, Integer> expected = new TreeMap<>(d.counts());
        Map<String, Integer> got = new TreeMap<>();
        for (String k : expected.keySet()) {
            got.put(k, actual.getOrDefault(k, 0));
        }
        for (String k : actual.keySet()) {
            if (!expected.containsKey(k)) {
                failures.add(d.id() + ": unexpected kind " + k + " (" + actual.get(k) + ")");
            }
        }
        if (!expected.equals(got)) {
            failures.add(d.id() + ": expected " + expected + " but transcribed " + got);
        }
    }

    // ---- reading the files -------------------------------------------------------------------

    record Quote(String elementId, String tag, String text, Set<String> quotedIn) {
    }

    static final Set<String> QUOTED = Set.of("Name", "Description", "MeasurementDimension");

    static List<Quote> quotes(Document doc) {
        List<Quote> out = new ArrayList<>();
        walk(doc.getDocumentElement(), out);
        return out;
    }

    static void walk(Element e, List<Quote> out) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (QUOTED.contains(c.getLocalName()) && NS.equals(c.getNamespaceURI())) {
                    out.add(new Quote(elementId(e), e.getLocalName() + "/" + c.getLocalName(),
                            normalize(c.getTextContent()), quotedIn(e)));
                } else {
                    walk(c, out);
                }
            }
        }
    }

    /** The id of the element holding a text: its Identifier child, or the id in its slc-meta instruction. */
    static String elementId(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && "Identifier".equals(c.getLocalName())) {
                return c.getTextContent().trim();
            }
        }
        String id = meta(e).get("id");
        if (id != null) {
            return id;
        }
        return "PerformancePlanOrReport".equals(e.getLocalName()) ? "plan" : e.getLocalName();
    }

    /** Metadata lines "key: value" of an element's OtherInformation child, or of its slc-meta instruction. */
    static Map<String, String> meta(Element e) {
        Map<String, String> m = new TreeMap<>();
        for (String line : metaLines(e)) {
            int i = line.indexOf(": ");
            if (i > 0) {
                m.merge(line.substring(0, i).trim(), line.substring(i + 2).trim(), (a, b) -> a + "\n" + b);
            }
        }
        return m;
    }

    static List<String> metaLines(Element e) {
        List<String> lines = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && "OtherInformation".equals(c.getLocalName())) {
                for (String l : c.getTextContent().split("\n")) {
                    if (!l.isBlank()) {
                        lines.add(l.trim());
                    }
                }
            } else if (n instanceof ProcessingInstruction pi && "slc-meta".equals(pi.getTarget())) {
                for (String l : pi.getData().split("; (?=[a-z-]+: )")) {
                    lines.add(l.trim());
                }
            }
        }
        return lines;
    }

    /** Edition ids a referenced plan's text is quoted in: nearest element (or the plan) with quoted-in lines. */
    static Set<String> quotedIn(Element e) {
        for (Node n = e; n instanceof Element x; n = x.getParentNode()) {
            Set<String> docs = new LinkedHashSet<>();
            for (String l : metaLines(x)) {
                if (l.startsWith("quoted-in: ")) {
                    docs.add(l.substring("quoted-in: ".length()).split("[;\\s]")[0]);
                }
            }
            if (!docs.isEmpty()) {
                return docs;
            }
        }
        return Set.of();
    }

    static final Pattern PRINTED = Pattern.compile("printed: (.*?); table: ");
    static final Pattern QUOTED_TEXT = Pattern.compile("\"([^\"]+)\"");

    /** The quoted strings in the "printed:" field of every aligns-to line: {element id, text}. */
    static List<String[]> printedAlignmentTexts(Document doc) {
        List<String[]> out = new ArrayList<>();
        var list = doc.getElementsByTagNameNS(NS, "Objective");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            for (String l : metaLines(e)) {
                if (l.startsWith("aligns-to: ")) {
                    var m = PRINTED.matcher(l);
                    if (!m.find()) {
                        out.add(new String[] {elementId(e), "(no printed field) " + l});
                        continue;
                    }
                    var q = QUOTED_TEXT.matcher(m.group(1));
                    while (q.find()) {
                        out.add(new String[] {elementId(e), q.group(1)});
                    }
                }
            }
        }
        return out;
    }

    static Map<String, Integer> countKinds(Document doc) {
        Map<String, Integer> m = new TreeMap<>();
        for (String tag : List.of("Goal", "Objective", "PerformanceIndicator", "Value")) {
            var list = doc.getElementsByTagNameNS(NS, tag);
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                String kind = meta(e).getOrDefault("kind", "(none)");
                m.merge(kind, 1, Integer::sum);
                for (String l : metaLines(e)) {
                    if (l.startsWith("aligns-to: ")) {
                        m.merge("alignment", 1, Integer::sum);
                    }
                }
            }
        }
        for (String tag : List.of("Vision", "Mission")) {
            m.merge("statement", doc.getElementsByTagNameNS(NS, tag).getLength(), Integer::sum);
        }
        m.values().removeIf(v -> v == 0);
        return m;
    }

    // ---- the source texts ----------------------------------------------------------------------

    static final Map<String, String> SOURCE_CACHE = new TreeMap<>();

    static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String source(String editionId) throws IOException {
        String cached = SOURCE_CACHE.get(editionId);
        if (cached != null) {
            return cached;
        }
        Path p = SOURCES.resolve(editionId + ".txt");
        if (!Files.exists(p)) {
            fail("no source text " + p);
        }
        String text = normalize(Files.readString(p, StandardCharsets.UTF_8).replace("**", "").replace("\\$", "$"));
        Doc d = Stream.concat(DOCUMENTS.stream(), REFERENCED.stream()).filter(x -> x.id().equals(editionId)).findFirst().orElse(null);
        if (d != null) {
            for (String split : d.splitWords()) {
                if (!text.contains(split)) {
                    fail(editionId + ": listed split word not in source: '" + split + "'");
                }
                text = text.replace(split, split.replace(" ", ""));
            }
        }
        SOURCE_CACHE.put(editionId, text);
        return text;
    }
}
