package org.strategylifecycle.query.stratml;

import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.stakeholder.RoleType;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.stratml.StratmlDocuments;
import org.strategylifecycle.stratml.StratmlFields;
import org.strategylifecycle.stratml.StratmlFields.Field;
import org.strategylifecycle.stratml.StratmlKind;
import org.strategylifecycle.query.annotation.AnnotationView;
import org.strategylifecycle.query.edition.EditionView;
import org.strategylifecycle.query.edition.ElementView;
import org.strategylifecycle.query.edition.HistoryRows;
import org.strategylifecycle.query.edition.ReadingView;
import org.strategylifecycle.query.edition.StrategySummaryView;
import org.strategylifecycle.query.history.ChainHead;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes an edition as StratML Part 2 ({@code PerformancePlanOrReport Type="Strategic_Plan"}) by the
 * mapping of docs/adr/0005, so that the import reads it back to the same content. The document is
 * checked against the schema before it leaves.
 */
final class StratmlWriter {

    private static final String NS = StratmlDocuments.PART2_NS;
    /** xsd:ID is an XML name: our ids may start with a digit, which it may not. */
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    /** Lines whose value is segments already joined (and escaped) by StratmlFields.join. */
    private static final Set<String> JOINED = Set.of("aligns-to", "lineage", "annotation");
    /** Part 2's ValueChainStageType; an imported indicator whose stage has no measure type keeps it as printed type. */
    private static final Set<String> VALUE_CHAIN_STAGES = Set.of("Outcome", "Output_Processing", "Output", "Input_Processing", "Input");

    private final EditionView edition;
    private final ChainHead head;
    private final Map<String, List<HistoryRows.Link>> links = new HashMap<>();
    /** A link's id → how its element's metadata names it: "aligns-to 2" is the element's second aligns-to line. */
    private final Map<String, String> linkLines = new HashMap<>();
    /** Notes on links, filed under the element whose metadata holds the link's line. */
    private final Map<String, List<AnnotationView>> linkNotes = new HashMap<>();
    /** Notes written in the plan's own metadata: on the edition, on statements, and any whose subject is not written. */
    private final List<Field> planNotes = new ArrayList<>();
    private final Document document;

    private StratmlWriter(EditionView edition, List<HistoryRows.Link> links, ChainHead head) {
        this.head = head;
        this.edition = edition;
        links.forEach(l -> this.links.computeIfAbsent(l.elementId(), k -> new ArrayList<>()).add(l));
        Map<String, String> linkElements = new HashMap<>();
        this.links.forEach((elementId, own) -> {
            int alignments = 0;
            int lineage = 0;
            for (HistoryRows.Link l : own) {
                String id = l.details().get(l.alignment() ? "alignmentId" : "lineageId").asString();
                linkLines.put(id, l.alignment() ? "aligns-to " + ++alignments : "lineage " + ++lineage);
                linkElements.put(id, elementId);
            }
        });
        for (AnnotationView note : edition.annotations()) {
            String element = linkElements.get(note.subject().id());
            if (note.subject().kind() == AnnotationSubjectKind.LINK && element != null) {
                linkNotes.computeIfAbsent(element, k -> new ArrayList<>()).add(note);
            } else {
                planNotes.add(annotation(note, false));
            }
        }
        this.document = StratmlDocuments.builder().newDocument();
    }

    /** {@code head}: the last event of the edition's history the export reflects (docs/tamper-evidence.md). */
    static byte[] write(EditionView edition, List<HistoryRows.Link> links, ChainHead head) {
        return new StratmlWriter(edition, links, head).write();
    }

    private byte[] write() {
        StrategySummaryView s = edition.strategy();
        Element root = document.createElementNS(NS, "PerformancePlanOrReport");
        root.setAttribute("Type", "Strategic_Plan");
        document.appendChild(root);
        text(root, "Name", s.title());
        Element core = document.createElementNS(NS, "StrategicPlanCore");
        List<ElementView> statements = new ArrayList<>(edition.statements());
        ElementView vision = take(statements, StatementKind.VISION);
        ElementView mission = take(statements, StatementKind.MISSION);
        // A statement's metadata is one processing instruction: its notes go with the plan's, naming it.
        edition.statements().forEach(statement -> statement.annotations().forEach(n -> planNotes.add(annotation(n, false))));
        text(root, "OtherInformation", lines(planInfo(s, vision, mission)));
        root.appendChild(core);
        Element organization = child(core, "Organization");
        text(organization, "Name", s.organization().name());
        text(organization, "Acronym", s.organization().code());
        stakeholders(organization, edition.stakeholders());
        if (vision != null) {
            Element v = child(core, "Vision");
            text(v, "Description", vision.text());
            text(v, "Identifier", identifier(vision));
        }
        if (mission != null) {
            Element m = child(core, "Mission");
            text(m, "Description", mission.text());
            text(m, "Identifier", identifier(mission));
        }
        for (ElementView statement : statements) {
            Element value = child(core, "Value");
            List<Field> meta = new ArrayList<>(List.of(new Field("id", statement.elementId()),
                    new Field("kind", StratmlKind.STATEMENT.label()), new Field("statement-kind", statement.kind()),
                    new Field("label", statement.label()), new Field("status", statement.status().name())));
            value.appendChild(document.createProcessingInstruction("slc-meta", xmlChars(StratmlFields.join(meta))));
            if (statement.title() != null) {
                text(value, "Name", statement.title());
            }
            text(value, "Description", statement.text());
        }
        for (ElementView top : edition.goals()) {
            goal(core, top);
        }
        if (edition.goals().isEmpty()) {
            // The schema needs a Goal; an edition without any gets an empty one, marked as no element.
            Element empty = child(core, "Goal");
            text(empty, "Name", "");
            text(empty, "Description", "");
            text(empty, "OtherInformation", lines(List.of(new Field("kind", "none"),
                    new Field("note", "the edition has no goal; the schema requires one Goal element"))));
        }
        Element admin = child(root, "AdministrativeInformation");
        text(admin, "Identifier", xmlId(s.strategyId()));
        StratmlDocuments.requireValidPart2(document);
        return serialize();
    }

    private List<Field> planInfo(StrategySummaryView s, ElementView vision, ElementView mission) {
        List<Field> info = new ArrayList<>();
        info.add(new Field("edition-id", s.strategyId()));
        info.add(new Field("document-kind", s.referenced() ? "referenced-plan" : "strategy"));
        info.add(new Field("organization", s.organization().code()));
        info.add(new Field("organization-parent", s.organization().parentCode()));
        info.add(new Field("period", s.period().label()));
        info.add(new Field("period-from", String.valueOf(s.period().fromYear())));
        info.add(new Field("period-to", s.period().toYear() == null ? null : String.valueOf(s.period().toYear())));
        info.add(new Field("strategy-line", s.lineId()));
        info.add(new Field("status", s.status()));
        info.add(new Field("drafted-on", string(s.draftedOn())));
        info.add(new Field("adopted-on", string(s.adoptedOn())));
        info.add(new Field("ended-on", string(s.endedOn())));
        info.add(new Field("superseded-by", s.supersededBy()));
        if (vision != null) {
            info.add(new Field("vision-id", identifiedOtherwise(vision)));
            info.add(new Field("vision-identifier", vision.externalId()));
            info.add(new Field("vision-label", vision.label()));
            info.add(new Field("vision-title", vision.title()));
            info.add(new Field("vision-status", vision.status().name()));
        }
        if (mission != null) {
            info.add(new Field("mission-id", identifiedOtherwise(mission)));
            info.add(new Field("mission-identifier", mission.externalId()));
            info.add(new Field("mission-label", mission.label()));
            info.add(new Field("mission-title", mission.title()));
            info.add(new Field("mission-status", mission.status().name()));
        }
        info.add(new Field("as-of", string(edition.asOf())));
        info.add(new Field("known-at", string(edition.knownAt())));
        info.add(new Field("exported-version", String.valueOf(s.version())));
        info.add(new Field("history-sequence", head == null ? null : String.valueOf(head.sequenceNumber())));
        info.add(new Field("history-hash", head == null ? null : head.hash()));
        info.addAll(planNotes);
        return info;
    }

    /**
     * An annotation as a metadata line (ADR 18): its id, what it is about where that is not the element
     * whose metadata holds it, the field, what is uncertain, each alternative as printed with its
     * citation, the reading chosen and why.
     */
    private Field annotation(AnnotationView note, boolean inOwnMetadata) {
        List<Field> segments = new ArrayList<>();
        segments.add(new Field("", note.annotationId()));
        switch (note.subject().kind()) {
            case ELEMENT -> {
                if (!inOwnMetadata) {
                    segments.add(new Field("element", note.subject().id()));
                }
            }
            case LINK -> segments.add(new Field("link", linkLines.getOrDefault(note.subject().id(),
                    note.subject().id() + " (not in this export)")));
            case EDITION -> {
            }
        }
        segments.add(new Field("field", note.subject().field()));
        segments.add(new Field("uncertainty", note.uncertainty()));
        for (Alternative a : note.alternatives()) {
            segments.add(new Field("printed", a.printed()));
            segments.add(new Field("document", a.citation().document()));
            segments.add(new Field("section", a.citation().section()));
            segments.add(new Field("page", a.citation().page()));
        }
        segments.add(new Field("chosen-reading", note.chosenReading()));
        segments.add(new Field("reason", note.reason()));
        return new Field("annotation", StratmlFields.join(segments));
    }

    /** A goal, or a mission area at the top of a plan, with every element below it flattened after it. */
    private void goal(Element core, ElementView top) {
        Element goal = child(core, "Goal");
        text(goal, "Name", top.title() == null ? "" : top.title());
        text(goal, "Description", top.text() == null ? "" : top.text());
        text(goal, "Identifier", identifier(top));
        if (top.number() != null) {
            text(goal, "SequenceIndicator", top.number());
        }
        stakeholders(goal, top.stakeholders());
        text(goal, "OtherInformation", lines(elementInfo(top, null)));
        List<ElementView> measures = top.members().stream().filter(m -> m.type() == ElementType.MEASURE).toList();
        if (!measures.isEmpty()) {
            // Only an Objective holds PerformanceIndicators: a goal's measures sit in a holder that is no element.
            Element holder = child(goal, "Objective");
            text(holder, "Name", "Measures of " + top.elementId());
            text(holder, "OtherInformation", lines(List.of(new Field("kind", "indicators"),
                    new Field("parent", xmlId(top.elementId())))));
            measures.forEach(m -> indicator(holder, m, top.elementId()));
        }
        below(goal, top);
    }

    private void below(Element goal, ElementView parent) {
        for (ElementView member : parent.members()) {
            if (member.type() == ElementType.MEASURE) {
                continue;
            }
            Element objective = child(goal, "Objective");
            boolean nameAndDescription = switch (member.type()) {
                case INITIATIVE, OUTCOME -> member.title() != null && member.text() != null;
                default -> true;
            };
            if (nameAndDescription) {
                text(objective, "Name", member.title());
                if (member.text() != null) {
                    text(objective, "Description", member.text());
                }
            } else {
                text(objective, "Description", member.text() != null ? member.text() : member.title());
            }
            text(objective, "Identifier", identifier(member));
            if (member.number() != null) {
                text(objective, "SequenceIndicator", member.number());
            }
            stakeholders(objective, member.stakeholders());
            text(objective, "OtherInformation", lines(elementInfo(member, parent.elementId())));
            member.members().stream().filter(m -> m.type() == ElementType.MEASURE)
                    .forEach(m -> indicator(objective, m, member.elementId()));
            below(goal, member);
        }
    }

    private List<Field> elementInfo(ElementView e, String parentId) {
        List<Field> info = new ArrayList<>();
        info.add(new Field("kind", StratmlKind.of(e.type()).label()));
        info.add(new Field("id", identifiedOtherwise(e)));
        info.add(new Field("identifier", e.externalId()));
        info.add(new Field("parent", parentId == null ? null : xmlId(parentId)));
        info.add(new Field("status", e.status().name()));
        info.add(new Field("overview", e.overview()));
        for (HistoryRows.Link link : links.getOrDefault(e.elementId(), List.of())) {
            info.add(link.alignment() ? alignment(link.details()) : lineage(link.details()));
        }
        e.annotations().forEach(n -> info.add(annotation(n, true)));
        linkNotes.getOrDefault(e.elementId(), List.of()).forEach(n -> info.add(annotation(n, true)));
        return info;
    }

    private Field alignment(JsonNode details) {
        JsonNode target = details.get("target");
        List<Field> segments = new ArrayList<>();
        String strategyId = string(target.get("strategyId"));
        if (strategyId == null) {
            segments.add(new Field("", "external"));
            segments.add(new Field("target-document", string(target.get("document"))));
            segments.add(new Field("target-number", string(target.get("number"))));
            segments.add(new Field("target-text", string(target.get("text"))));
        } else {
            String elementId = string(target.get("elementId"));
            boolean self = strategyId.equals(edition.strategy().strategyId());
            segments.add(new Field("", self ? "#" + xmlId(elementId) : strategyId + "#" + elementId));
        }
        provenance(details.get("provenance"), segments);
        return new Field("aligns-to", StratmlFields.join(segments));
    }

    private Field lineage(JsonNode details) {
        JsonNode predecessor = details.get("predecessor");
        List<Field> segments = new ArrayList<>();
        segments.add(new Field("", string(predecessor.get("strategyId")) + "#" + string(predecessor.get("elementId"))));
        segments.add(new Field("relation", string(details.get("relation"))));
        provenance(details.get("provenance"), segments);
        return new Field("lineage", StratmlFields.join(segments));
    }

    private static void provenance(JsonNode provenance, List<Field> segments) {
        segments.add(new Field("provenance", "INFERRED".equals(string(provenance.get("basis"))) ? "inferred" : "stated"));
        segments.add(new Field("basis", string(provenance.get("inferredFrom"))));
        JsonNode citation = provenance.get("citation");
        if (citation != null && !citation.isNull()) {
            segments.add(new Field("document", string(citation.get("document"))));
            segments.add(new Field("section", string(citation.get("section"))));
            segments.add(new Field("page", string(citation.get("page"))));
        }
    }

    private void indicator(Element holder, ElementView measure, String measuredId) {
        Element indicator = child(holder, "PerformanceIndicator");
        if (measure.measureType() == null) {
            // No type stated: a value chain stage the domain has no type for (Input, …) was kept as printed.
            if (measure.printedType() != null && VALUE_CHAIN_STAGES.contains(measure.printedType())) {
                indicator.setAttribute("ValueChainStage", measure.printedType());
            }
        } else {
            switch (measure.measureType()) {
                case "OUTCOME" -> indicator.setAttribute("ValueChainStage", "Outcome");
                case "OUTPUT" -> indicator.setAttribute("ValueChainStage", "Output");
                case "QUALITATIVE" -> indicator.setAttribute("PerformanceIndicatorType", "Qualitative");
                default -> {
                }
            }
        }
        if (measure.number() != null) {
            text(indicator, "SequenceIndicator", measure.number());
        }
        text(indicator, "MeasurementDimension", measure.title());
        text(indicator, "UnitOfMeasurement", measure.unit() == null ? "" : measure.unit());
        text(indicator, "Identifier", identifier(measure));
        Map<String, ReadingView[]> periods = new TreeMap<>();
        measure.targets().forEach(r -> periods.computeIfAbsent(r.period(), k -> new ReadingView[2])[0] = r);
        measure.actuals().forEach(r -> periods.computeIfAbsent(r.period(), k -> new ReadingView[2])[1] = r);
        for (ReadingView[] pair : periods.values()) {
            Element instance = child(indicator, "MeasurementInstance");
            if (pair[0] != null) {
                result(instance, "TargetResult", pair[0]);
            }
            if (pair[1] != null) {
                result(instance, "ActualResult", pair[1]);
            }
        }
        List<Field> info = new ArrayList<>();
        info.add(new Field("kind", StratmlKind.MEASURE.label()));
        info.add(new Field("id", identifiedOtherwise(measure)));
        info.add(new Field("identifier", measure.externalId()));
        info.add(new Field("measures", xmlId(measuredId)));
        info.add(new Field("measure-type", measure.printedType()));
        info.add(new Field("measure-type-code", measure.measureType()));
        info.add(new Field("statement", measure.text()));
        info.add(new Field("status", measure.status().name()));
        measure.annotations().forEach(n -> info.add(annotation(n, true)));
        text(indicator, "OtherInformation", lines(info));
    }

    private void result(Element instance, String name, ReadingView reading) {
        Element result = child(instance, name);
        if (reading.value() != null) {
            text(result, "NumberOfUnits", reading.value().toPlainString());
        }
        Element descriptor = child(result, "Descriptor");
        text(descriptor, "DescriptorName", "period");
        text(descriptor, "DescriptorValue", reading.period());
        if (reading.text() != null) {
            text(result, "Description", reading.text());
        }
    }

    /**
     * The element's StratML Identifier: the one its source document gave it (ADR 20) where that is an
     * xsd:ID, else its id made one.
     */
    private static String identifier(ElementView e) {
        return e.externalId() != null && XML_NAME.matcher(e.externalId()).matches() ? e.externalId() : xmlId(e.elementId());
    }

    /** The element's id, for the metadata, where its Identifier is not its id: the import reads it back from there. */
    private static String identifiedOtherwise(ElementView e) {
        return identifier(e).equals(e.externalId()) ? e.elementId() : null;
    }

    /**
     * The stakeholders in force, with their roles. StratML gives a stakeholder no Identifier: its id
     * travels in an {@code slc-meta} processing instruction, as a Value's does.
     */
    private void stakeholders(Element holder, List<ElementView> stakeholders) {
        for (ElementView s : stakeholders) {
            if (s.status() == ElementStatus.RETIRED) {
                continue;
            }
            Element stakeholder = child(holder, "Stakeholder");
            if (s.stakeholderType() != null) {
                stakeholder.setAttribute("StakeholderTypeType", switch (s.stakeholderType()) {
                    case "PERSON" -> "Person";
                    case "ORGANIZATION" -> "Organization";
                    default -> "Generic_Group";
                });
            }
            stakeholder.appendChild(document.createProcessingInstruction("slc-meta",
                    xmlChars(StratmlFields.join(List.of(new Field("id", s.elementId()))))));
            text(stakeholder, "Name", s.title());
            if (s.text() != null) {
                text(stakeholder, "Description", s.text());
            }
            for (StakeholderRole r : s.roles() == null ? List.<StakeholderRole>of() : s.roles()) {
                Element role = child(stakeholder, "Role");
                text(role, "Name", r.name());
                if (r.description() != null) {
                    text(role, "Description", r.description());
                }
                r.roleTypes().forEach(t -> text(role, "RoleType", t == RoleType.PERFORMER ? "Performer" : "Beneficiary"));
            }
        }
    }

    private static ElementView take(List<ElementView> statements, StatementKind kind) {
        for (ElementView s : statements) {
            if (kind.name().equals(s.kind())) {
                statements.remove(s);
                return s;
            }
        }
        return null;
    }

    /** An id as an xsd:ID: unchanged if it is an XML name, else prefixed with {@code id-}. */
    static String xmlId(String id) {
        return XML_NAME.matcher(id).matches() ? id : "id-" + id;
    }

    /** {@code key: value} lines, one per field with a value, values escaped. */
    private static String lines(List<Field> fields) {
        StringBuilder text = new StringBuilder("\n");
        for (Field f : fields) {
            if (f.value() != null) {
                text.append(f.key()).append(": ").append(JOINED.contains(f.key())
                        ? f.value() : StratmlFields.escape(f.value())).append('\n');
            }
        }
        return text.toString();
    }

    private Element child(Element parent, String name) {
        Element e = document.createElementNS(NS, name);
        parent.appendChild(e);
        return e;
    }

    private void text(Element parent, String name, String value) {
        child(parent, name).setTextContent(xmlChars(value));
    }

    /**
     * The text with U+FFFD where XML 1.0 has no character: a control character but tab, newline and
     * carriage return, U+FFFE, U+FFFF. Commands refuse them; an event recorded before those rules may
     * hold one, and written as it is, it made the export XML that no parser reads. Shown, not dropped,
     * as the read models show U+0000 as U+2400 (ADR 12). (An unpaired surrogate never gets this far:
     * PostgreSQL's text cannot hold one.)
     */
    static String xmlChars(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean held = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xFFFE;
            if (!held && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(held ? c : '\uFFFD');
            }
        }
        return out == null ? value : out.toString();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static String string(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private byte[] serialize() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the StratML document could not be written", e);
        }
    }
}
