package org.strategylifecycle.command.imports;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The harmless deviations from the schema that StratML as the community publishes it commonly has
 * (its authoring forms and spreadsheet exports), repaired on request ({@code ?repair=true}) before
 * the document is validated: each repair is described in one line for the import's notes. Nothing
 * here changes a text the document states; what is dropped is empty, or listed with its content.
 */
final class StratmlRepairs {

    /** Elements whose children the schema orders, with that order; others are left as they stand. */
    private static final Map<String, List<String>> ORDER = Map.of(
            "StrategicPlan", List.of("Name", "Description", "OtherInformation", "StrategicPlanCore", "AdministrativeInformation", "Submitter"),
            "PerformancePlanOrReport", List.of("Name", "Description", "OtherInformation", "StrategicPlanCore", "AdministrativeInformation", "Submitter"),
            "TargetResult", List.of("StartDate", "EndDate", "NumberOfUnits", "Descriptor", "Description"),
            "ActualResult", List.of("StartDate", "EndDate", "NumberOfUnits", "Descriptor", "Description"));
    /** Attributes the schema types as enumerations, where an empty value means "not stated". */
    private static final Set<String> ENUMERATIONS = Set.of("StakeholderTypeType", "PerformanceIndicatorType", "ValueChainStage",
            "RelationshipType");

    /**
     * What was repaired, one line per repair in document order, and the published form of each
     * Identifier the repairs changed, by the identifier it now has (unique, as every xsd:ID).
     */
    record Repairs(List<String> notes, Map<String, String> publishedIdentifiers) {

        static final Repairs NONE = new Repairs(List.of(), Map.of());
    }

    private final List<String> repairs = new ArrayList<>();
    private final Set<String> identifiers = new HashSet<>();
    private final Map<String, String> published = new HashMap<>();

    private StratmlRepairs() {
    }

    /** Repairs the document in place. */
    static Repairs repair(Document document) {
        StratmlRepairs r = new StratmlRepairs();
        r.walk(document.getDocumentElement(), document.getDocumentElement().getLocalName());
        return new Repairs(List.copyOf(r.repairs), Map.copyOf(r.published));
    }

    private void walk(Element element, String path) {
        emptyEnumerations(element, path);
        reorder(element, path);
        if ("Identifier".equals(element.getLocalName())) {
            identifier(element, path);
        }
        List<Element> children = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        for (Element child : children) {
            String where = path + "/" + child.getLocalName();
            if ("RoleType".equals(child.getLocalName()) && child.getTextContent().isBlank()) {
                element.removeChild(child);
                repairs.add("repaired: " + where + ": an empty RoleType (no role stated) was removed");
            } else if ("id".equals(child.getLocalName())) {
                element.removeChild(child);
                String text = child.getTextContent().strip();
                repairs.add("repaired: " + where + ": an <id> element, which StratML does not have, was removed"
                        + (text.isEmpty() ? " (it was empty)" : "; its text was: " + text));
            } else {
                walk(child, where);
            }
        }
    }

    private void emptyEnumerations(Element element, String path) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> empty = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (ENUMERATIONS.contains(a.getName()) && a.getValue().isBlank()) {
                empty.add(a);
            }
        }
        for (Attr a : empty) {
            element.removeAttributeNode(a);
            repairs.add("repaired: " + path + ": the empty attribute " + a.getName() + "=\"\" was removed (nothing stated)");
        }
    }

    /** Puts children the schema orders into its order, keeping the order among equals (stable sort). */
    private void reorder(Element element, String path) {
        List<String> order = ORDER.get(element.getLocalName());
        if (order == null) {
            return;
        }
        List<Element> children = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && order.contains(e.getLocalName())) {
                children.add(e);
            }
        }
        List<Element> sorted = new ArrayList<>(children);
        sorted.sort(Comparator.comparingInt(e -> order.indexOf(e.getLocalName())));
        if (sorted.equals(children)) {
            return;
        }
        for (Element e : sorted) {
            element.appendChild(e);
        }
        List<String> was = children.stream().map(Element::getLocalName).toList();
        repairs.add("repaired: " + path + ": children " + String.join(", ", was) + " put in the schema's order "
                + String.join(", ", sorted.stream().map(Element::getLocalName).toList()));
    }

    /**
     * An Identifier is an xsd:ID: an NCName, unique in the document. One that is not (e.g.
     * {@code SCAgencyCode#P320}) is made one; the published form is named in the repair line.
     */
    private void identifier(Element element, String path) {
        String given = element.getTextContent().strip();
        if (given.isEmpty()) {
            return;
        }
        String id = given.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (!Character.isLetter(id.charAt(0)) && id.charAt(0) != '_') {
            id = "_" + id;
        }
        String unique = id;
        for (int n = 2; !identifiers.add(unique); n++) {
            unique = id + "_" + n;
        }
        if (!unique.equals(given)) {
            element.setTextContent(unique);
            // The import keeps the published form as the element's external identifier (ADR 20).
            published.put(unique, given);
            String why = id.equals(given) ? "repeats an earlier Identifier" : unique.equals(id) ? "is not an NCName"
                    : "is not an NCName and repeats an earlier Identifier";
            repairs.add("repaired: " + path + ": Identifier \"" + given + "\" " + why + " (xsd:ID): read as " + unique);
        }
    }
}
