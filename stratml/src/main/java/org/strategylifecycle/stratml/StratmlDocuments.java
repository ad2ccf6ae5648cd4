package org.strategylifecycle.stratml;

import jakarta.xml.bind.Binder;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.stratml.types.PerformancePlanOrReport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads StratML documents safely and checks them against the unmodified ISO 17469 schemas (Part 1
 * {@code StrategicPlan}, Part 2 {@code PerformancePlanOrReport}), which this module carries.
 * No DTD is accepted at all (so no external entity, no entity expansion bomb), no XInclude, and
 * no schema or DTD is ever fetched from outside: a document can only be refused, never make the
 * service read a file or the network.
 */
public final class StratmlDocuments {

    public static final String PART1_NS = "urn:ISO:std:iso:17469:tech:xsd:stratml_core";
    public static final String PART2_NS = "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport";
    public static final String PART1_ROOT = "StrategicPlan";
    public static final String PART2_ROOT = "PerformancePlanOrReport";

    private static final Schema PART1 = schema("StrategicPlan-ISO17469-1-2014-04-01.xsd");
    private static final Schema PART2 = schema("PerformancePlanOrReport-2016-02-16.xsd");
    private static final JAXBContext TYPES = context();

    private StratmlDocuments() {
    }

    /** Schema errors listed in a refusal; more are counted, not listed. */
    public static final int MAX_ERRORS = 50;

    /**
     * How deep elements may nest: StratML's schemas nest about ten deep; what walks a document before
     * its validation (the repairs) and after it recurses, so a deeper document is refused by the parser.
     */
    public static final int MAX_DEPTH = 100;

    /**
     * Parses and validates a document: STRATML_UNSAFE for any DTD, STRATML_MALFORMED for XML that is
     * not well-formed, STRATML_INVALID for a document beyond one of the parser's limits (elements nested
     * deeper than {@value #MAX_DEPTH}, more than 10,000 attributes on an element, a name of more than
     * 1,000 characters), {@link StratmlInvalid} (every schema error, with line and column) for anything
     * the schema refuses.
     */
    public static Document read(byte[] xml) {
        Document document = parse(xml);
        validate(xml, document, "");
        return document;
    }

    /**
     * Parses a document without validating it (DTDs still refused), for a caller that repairs it
     * before {@link #validate}.
     */
    public static Document parse(byte[] xml) {
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            // Xerces names the feature that refused the document type declaration.
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new StrategyException(ErrorCode.STRATML_UNSAFE,
                        "document type declarations (DTDs, entities) are refused: line " + e.getLineNumber());
            }
            // The JDK's own limits (jdk.xml.*) report with their JAXP000100nn codes; no StratML document reaches one.
            if (e.getMessage() != null && e.getMessage().startsWith("JAXP000100")) {
                throw new StrategyException(ErrorCode.STRATML_INVALID, "line " + e.getLineNumber() + ", column "
                        + e.getColumnNumber() + ": beyond a limit of the XML parser, which no StratML document reaches: " + e.getMessage());
            }
            throw new StrategyException(ErrorCode.STRATML_MALFORMED,
                    "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new StrategyException(ErrorCode.STRATML_MALFORMED, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Validates {@code xml}, the bytes of {@code document}, against the schema its root names; refuses
     * with every error the validator meets (the first {@value #MAX_ERRORS} listed, all counted).
     * {@code where} qualifies the positions in the detail (e.g. " of the repaired document").
     */
    public static void validate(byte[] xml, Document document, String where) {
        Element root = document.getDocumentElement();
        Schema schema = schemaFor(root);
        if (schema == null) {
            throw new StrategyException(ErrorCode.STRATML_INVALID, "the root element {" + root.getNamespaceURI() + "}"
                    + root.getLocalName() + " is neither a StratML Part 1 " + PART1_ROOT + " nor a Part 2 " + PART2_ROOT);
        }
        // The bytes are validated (not the DOM) so that a violation reports its line and column; the parse
        // already refused any DTD, so the validator's own parser meets none.
        Errors errors = new Errors();
        Validator validator = validator(schema);
        validator.setErrorHandler(errors);
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            // A fatal error ends validation; it was counted by the handler.
        } catch (SAXException | IOException e) {
            throw new StrategyException(ErrorCode.STRATML_INVALID, e.getMessage());
        }
        if (errors.total > 0) {
            StratmlInvalid.SchemaError first = errors.listed.get(0);
            throw new StratmlInvalid(errors.total + (errors.total == 1 ? " schema error" : " schema errors") + where
                    + (errors.total > MAX_ERRORS ? " (the first " + MAX_ERRORS + " listed in errors)" : " (listed in errors)")
                    + "; the first: line " + first.line() + ", column " + first.column() + ": " + first.message(), errors.listed, errors.total);
        }
    }

    /** Collects every error the validator reports, so that a refusal names them all, not only the first. */
    private static final class Errors implements ErrorHandler {
        private final List<StratmlInvalid.SchemaError> listed = new ArrayList<>();
        private int total;

        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a document invalid.
        }

        @Override
        public void error(SAXParseException e) {
            total++;
            if (listed.size() < MAX_ERRORS) {
                listed.add(new StratmlInvalid.SchemaError(e.getLineNumber(), e.getColumnNumber(), String.valueOf(e.getMessage())));
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            error(e);
            throw e;
        }
    }

    /**
     * Binds a document {@link #validate} accepted to the types generated from the Part 2 schema. A Part 1
     * document is read as Part 2, whose elements are a superset of Part 1's (the root aside): its
     * elements are moved into the Part 2 namespace first, in place. Binding checks nothing again: the
     * validator already held the document against its own schema, with positions for every error.
     */
    public static BoundPlan bind(Document document) {
        Element root = document.getDocumentElement();
        if (PART1_NS.equals(root.getNamespaceURI())) {
            asPart2(document, root);
        }
        try {
            Binder<Node> binder = TYPES.createBinder();
            return new BoundPlan((PerformancePlanOrReport) binder.unmarshal(document), binder);
        } catch (JAXBException e) {
            throw new IllegalStateException("a valid StratML document does not bind to its types", e);
        }
    }

    private static void asPart2(Document document, Element element) {
        String name = element == document.getDocumentElement() ? PART2_ROOT : element.getLocalName();
        Element renamed = PART1_NS.equals(element.getNamespaceURI()) ? (Element) document.renameNode(element, PART2_NS,
                element.getPrefix() == null ? name : element.getPrefix() + ":" + name) : element;
        for (Node n = renamed.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                asPart2(document, child);
            }
        }
    }

    /** The document as UTF-8 XML, e.g. after repairs, to be validated again with positions. */
    public static byte[] serialize(Document document) {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("a parsed document does not serialize", e);
        }
    }

    /** Checks a document this service wrote against the Part 2 schema; the message says where it fails. */
    public static void requireValidPart2(Document document) {
        try {
            validator(PART2).validate(new DOMSource(document));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the StratML written is not valid Part 2: " + e.getMessage(), e);
        }
    }

    /** A namespace-aware builder that refuses DTDs and never resolves anything external. */
    public static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are refused");
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private static Schema schemaFor(Element root) {
        if (PART1_NS.equals(root.getNamespaceURI()) && PART1_ROOT.equals(root.getLocalName())) {
            return PART1;
        }
        if (PART2_NS.equals(root.getNamespaceURI()) && PART2_ROOT.equals(root.getLocalName())) {
            return PART2;
        }
        return null;
    }

    private static Validator validator(Schema schema) {
        Validator validator = schema.newValidator();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK's validator lacks a required security feature", e);
        }
        return validator;
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(PerformancePlanOrReport.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the StratML types do not load", e);
        }
    }

    private static Schema schema(String file) {
        URL url = StratmlDocuments.class.getResource(file);
        if (url == null) {
            throw new IllegalStateException("StratML schema " + file + " is missing from the class path");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try (var in = url.openStream()) {
                return factory.newSchema(new StreamSource(in, url.toString()));
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("StratML schema " + file + " does not load", e);
        }
    }
}
