package org.strategylifecycle.command.imports;

import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.LinkBasis;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.imports.ImportedPlan;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.stakeholder.RoleType;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.api.stakeholder.StakeholderType;
import org.strategylifecycle.stratml.BoundPlan;
import org.strategylifecycle.stratml.StratmlDocuments;
import org.strategylifecycle.stratml.StratmlFields;
import org.strategylifecycle.stratml.StratmlFields.Field;
import org.strategylifecycle.stratml.StratmlKind;
import org.strategylifecycle.stratml.types.ActualResult;
import org.strategylifecycle.stratml.types.AdministrativeInformationType;
import org.strategylifecycle.stratml.types.ContactInformationType;
import org.strategylifecycle.stratml.types.Descriptor;
import org.strategylifecycle.stratml.types.Goal;
import org.strategylifecycle.stratml.types.MeasurementInstance;
import org.strategylifecycle.stratml.types.Mission;
import org.strategylifecycle.stratml.types.ObjectiveType;
import org.strategylifecycle.stratml.types.Organization;
import org.strategylifecycle.stratml.types.PerformanceIndicator;
import org.strategylifecycle.stratml.types.PerformancePlanOrReport;
import org.strategylifecycle.stratml.types.Relationship;
import org.strategylifecycle.stratml.types.RelationshipTypeType;
import org.strategylifecycle.stratml.types.Role;
import org.strategylifecycle.stratml.types.Stakeholder;
import org.strategylifecycle.stratml.types.StrategicPlanCore;
import org.strategylifecycle.stratml.types.TargetResult;
import org.strategylifecycle.stratml.types.Value;
import org.strategylifecycle.stratml.types.Vision;
import org.strategylifecycle.command.edition.Texts;
import org.w3c.dom.Document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a valid StratML document, bound to the types generated from its schema ({@link BoundPlan}),
 * to an {@link ImportedPlan} (mapping: docs/adr/0005). Our own metadata ({@code kind:},
 * {@code parent:}, {@code <?slc-meta …?>}, …) is used where present; a plain plan without any is read
 * as goals, objectives, indicators and statements, with ids made up from the numbers and positions.
 * Nothing here decides a rule of the domain: the commands do that.
 */
final class PlanMapper {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|2[0-2]\\d\\d)(?!\\d)");
    /** The export's Goal that only satisfies the schema's "at least one Goal" (an edition without goals). */
    private static final String NO_ELEMENT = "none";
    /** The export's Objective that only holds a goal's measures: StratML puts indicators in objectives only. */
    private static final String INDICATORS = "indicators";
    private static final Pattern PARENT_ORGANIZATION = Pattern.compile("parent organization: ([^)\\s;]+)");

    private final BoundPlan document;
    private final PerformancePlanOrReport root;
    private final Map<String, String> publishedIdentifiers;
    private final String citationDocument;
    private final LocalDate effectiveDate;
    private final List<String> notes = new ArrayList<>();
    private final List<ImportedPlan.Element> elements = new ArrayList<>();
    private final List<ImportedPlan.Reading> readings = new ArrayList<>();
    private final List<ImportedPlan.Alignment> alignments = new ArrayList<>();
    private final List<ImportedPlan.Lineage> lineage = new ArrayList<>();
    private final List<ImportedPlan.Annotation> annotations = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final List<ImportedPlan.Stakeholder> stakeholders = new ArrayList<>();
    /** Element id → the identifier the document gives it, where that is not the id. */
    private final Map<String, String> externalIds = new LinkedHashMap<>();
    /** Published identifiers kept so far, as ids or as external identifiers: each names one element. */
    private final Set<String> published = new HashSet<>();
    /** Document identifiers that had to be replaced, so that {@code parent:} lines still find their element. */
    private final Map<String, String> renamed = new HashMap<>();
    private final List<Field> rootInfo;
    private String documentId;
    private Organization chosenOrganization;

    private PlanMapper(BoundPlan document, Map<String, String> publishedIdentifiers, String citationDocument,
                       LocalDate effectiveDate) {
        this.document = document;
        this.root = document.plan();
        this.publishedIdentifiers = publishedIdentifiers;
        this.citationDocument = citationDocument;
        this.effectiveDate = effectiveDate;
        this.rootInfo = StratmlFields.lines(text(root.getOtherInformation()));
    }

    /**
     * Reads a StratML document: parsed safely and validated against its schema; with {@code repair},
     * repaired first ({@link StratmlRepairs}), each repair the first of the notes.
     *
     * @param source        the citation's document, or null for the document's own name
     * @param effectiveDate the draft's effective date (the year of a period no line states)
     */
    static ImportedPlan read(byte[] xml, String source, LocalDate effectiveDate, boolean repair) {
        if (!repair) {
            return map(StratmlDocuments.bind(StratmlDocuments.read(xml)), source, effectiveDate, StratmlRepairs.Repairs.NONE);
        }
        Document document = StratmlDocuments.parse(xml);
        StratmlRepairs.Repairs repairs = StratmlRepairs.repair(document);
        int count = repairs.notes().size();
        // Positions of what is still wrong are those of the repaired document, and the refusal says so.
        StratmlDocuments.validate(count == 0 ? xml : StratmlDocuments.serialize(document), document,
                count == 0 ? "" : " left after " + count + " repairs (positions in the repaired document)");
        return map(StratmlDocuments.bind(document), source, effectiveDate, repairs);
    }

    private static ImportedPlan map(BoundPlan document, String source, LocalDate effectiveDate, StratmlRepairs.Repairs repairs) {
        String name = text(document.plan().getName());
        String citation = source != null ? source : name != null ? name : "StratML document";
        PlanMapper mapper = new PlanMapper(document, repairs.publishedIdentifiers(), abbreviate(citation, Texts.CITATION_MAX),
                effectiveDate);
        mapper.notes.addAll(repairs.notes());
        return mapper.map();
    }

    private ImportedPlan map() {
        StrategicPlanCore core = root.getStrategicPlanCore();
        AdministrativeInformationType admin = root.getAdministrativeInformation();
        documentId = admin == null ? null : text(admin.getIdentifier());
        if (documentId == null) {
            documentId = value("edition-id");
        }
        String name = text(root.getName());
        if (name == null) {
            name = documentId != null ? documentId : "Untitled StratML plan";
            notes.add("the document's Name is empty: the edition is titled " + name);
        }
        org.strategylifecycle.api.common.Organization organization = organization(core);
        for (Organization o : core.getOrganization()) {
            // Our export writes the edition's organization alone; a plan's first one is the edition's otherwise.
            if (o == chosenOrganization) {
                stakeholders(o.getStakeholder(), null, "Organization");
            } else {
                for (Stakeholder stakeholder : o.getStakeholder()) {
                    notes.add("Organization " + orDefault(text(o.getName()), "(unnamed)") + ": Stakeholder \""
                            + orDefault(text(stakeholder.getName()), "") + "\" is not kept: the edition has one organization");
                }
            }
        }
        Period period = period(admin, name);
        boolean referenced = "referenced-plan".equals(value("document-kind"));
        statements(core);
        List<ImportedPlan.Element> tree = new ArrayList<>();
        int goalPosition = 0;
        for (Goal goal : core.getGoal()) {
            goalPosition++;
            goal(goal, goalPosition, tree);
        }
        elements.addAll(parentsFirst(tree));
        annotations("the plan", null, rootInfo);
        notKept(core, admin);
        return new ImportedPlan(abbreviate(name, Texts.TITLE_MAX), documentId, organization, period, referenced,
                List.copyOf(elements), List.copyOf(readings), List.copyOf(alignments), List.copyOf(lineage),
                List.copyOf(annotations), List.copyOf(stakeholders), Map.copyOf(externalIds), List.copyOf(notes));
    }

    // --- the edition -------------------------------------------------------------------------------

    private org.strategylifecycle.api.common.Organization organization(StrategicPlanCore core) {
        List<Organization> organizations = core.getOrganization();
        String line = value("organization");
        String reference = line == null ? null : line.split("[\\s(;]", 2)[0];
        Organization chosen = organizations.stream()
                .filter(o -> reference != null && (reference.equals(text(o.getIdentifier())) || reference.equals(text(o.getAcronym()))))
                .findFirst().orElse(organizations.isEmpty() ? null : organizations.get(0));
        String parentCode = value("organization-parent");
        if (parentCode == null && line != null) {
            Matcher m = PARENT_ORGANIZATION.matcher(line);
            if (m.find()) {
                parentCode = organizationCode(organizations, m.group(1));
            }
        }
        chosenOrganization = chosen;
        if (chosen == null) {
            String code = reference != null && !reference.isBlank() ? reference : "NOT-STATED";
            notes.add("the document names no Organization element: recorded as organization " + code);
            return new org.strategylifecycle.api.common.Organization(abbreviate(code, Texts.LABEL_MAX), reference != null ? line : "not stated in the document", parentCode);
        }
        String name = text(chosen.getName());
        String code = text(chosen.getAcronym());
        if (code == null) {
            code = organizationCode(organizations, text(chosen.getIdentifier()));
        }
        if (code == null && name != null) {
            code = initials(name);
        }
        if (code == null) {
            code = "NOT-STATED";
        }
        return new org.strategylifecycle.api.common.Organization(abbreviate(code, Texts.LABEL_MAX), abbreviate(name != null ? name : code, Texts.TITLE_MAX), parentCode);
    }

    /** An organization's code from an Identifier such as {@code org-cbp}: its Acronym if the document has it. */
    private static String organizationCode(List<Organization> organizations, String identifier) {
        if (identifier == null) {
            return null;
        }
        for (Organization o : organizations) {
            if (identifier.equals(text(o.getIdentifier())) && text(o.getAcronym()) != null) {
                return text(o.getAcronym());
            }
        }
        return identifier.replaceFirst("^org-", "").toUpperCase(Locale.ROOT);
    }

    private Period period(AdministrativeInformationType admin, String name) {
        String line = value("period");
        String label = line == null ? null : line.replaceFirst("\\s*\\(.*$", "").strip();
        Integer from = integer(value("period-from"));
        Integer to = integer(value("period-to"));
        if (from == null) {
            // Years come from the period as printed (the label), not from the note after it: "2023 (printed:
            // \"Strategy of 2023\"; no end year printed)" is a period from 2023 with no end, not 2023–2023.
            List<Integer> years = years(label);
            if (years.isEmpty()) {
                years = admin == null ? years : years(String.join(" ", nonNull(text(admin.getStartDate()), text(admin.getEndDate()))));
            }
            if (years.isEmpty()) {
                years = years(name);
            }
            if (!years.isEmpty()) {
                from = years.get(0);
                to = years.size() > 1 && years.get(1) >= from ? years.get(1) : null;
            }
        }
        if (from == null) {
            from = effectiveDate.getYear();
            notes.add("the document states no period: recorded as from " + from + ", the year of the effective date");
            // The edition needs a first year to be ordered in its line; the number is the import's, so it is marked as such.
            annotations.add(new ImportedPlan.Annotation("the plan", "period-not-stated", AnnotationSubjectKind.EDITION, null, null, 0,
                    "period.fromYear", "The document states no period; the edition needs a first year to be ordered in its line",
                    List.of(), "from " + from,
                    "The year of the import's effective date (" + effectiveDate + "), which is when the plan is recorded as drafted"));
        }
        if (label == null || label.isEmpty()) {
            label = to == null ? String.valueOf(from) : from + "–" + to;
        }
        return new Period(abbreviate(label, Texts.LABEL_MAX), from, to);
    }

    /**
     * What the document states that the edition has no place for yet, one note per thing (ADR 20):
     * indicators' relationships, the submitter, the publication's source and date.
     */
    private void notKept(StrategicPlanCore core, AdministrativeInformationType admin) {
        for (Goal goal : core.getGoal()) {
            for (ObjectiveType objective : goal.getObjective()) {
                for (PerformanceIndicator indicator : objective.getPerformanceIndicator()) {
                    String holder = "PerformanceIndicator " + orDefault(text(indicator.getIdentifier()),
                            orDefault(text(indicator.getMeasurementDimension()), "(unnamed)"));
                    for (Relationship relationship : indicator.getRelationship()) {
                        List<String> referents = relationship.getReferentIdentifier().stream().map(String::strip).toList();
                        RelationshipTypeType type = relationship.getRelationshipType();
                        notes.add(holder + ": Relationship" + (type == null ? "" : " " + type.value()) + " to "
                                + (referents.isEmpty() ? "nothing named" : String.join(", ", referents)) + " is not kept");
                    }
                }
            }
        }
        for (Organization organization : core.getOrganization()) {
            String identifier = text(organization.getIdentifier());
            // Our own exports name the organization by code; an org-… identifier is how the corpus names it.
            if (identifier != null && !identifier.startsWith("org-")) {
                notes.add("Organization " + orDefault(text(organization.getName()), identifier) + ": Identifier " + identifier
                        + " is not kept: the edition names its organization by code");
            }
        }
        ContactInformationType submitter = root.getSubmitter();
        if (submitter != null && !nonNull(text(submitter.getIdentifier()), text(submitter.getGivenName()), text(submitter.getSurname()),
                text(submitter.getPhoneNumber()), text(submitter.getEmailAddress())).isEmpty()) {
            notes.add("Submitter " + String.join(" ", nonNull(text(submitter.getGivenName()), text(submitter.getSurname()),
                    text(submitter.getEmailAddress()))).strip() + " is not kept");
        }
        if (admin != null && text(admin.getPublicationDate()) != null) {
            notes.add("AdministrativeInformation PublicationDate " + text(admin.getPublicationDate()) + " is not kept");
        }
        if (admin != null && text(admin.getSource()) != null) {
            notes.add("AdministrativeInformation Source " + text(admin.getSource()) + " is not kept");
        }
    }

    // --- statements ----------------------------------------------------------------------------------

    private void statements(StrategicPlanCore core) {
        String description = text(root.getDescription());
        if (description != null) {
            statement("Description", validOrGenerated(null, "plan-description", "Description"), StatementKind.OTHER, "Plan description", null, description, null, null);
        }
        Vision vision = core.getVision();
        if (vision != null) {
            String id = validOrGenerated(orDefault(value("vision-id"), text(vision.getIdentifier())), "vision", "Vision");
            identified(vision.getIdentifier(), id, value("vision-identifier"), "Vision");
            statement("Vision", id, StatementKind.VISION, orDefault(value("vision-label"), "Vision"),
                    value("vision-title"), text(vision.getDescription()), null, value("vision-status"));
        }
        Mission mission = core.getMission();
        if (mission != null) {
            String id = validOrGenerated(orDefault(value("mission-id"), text(mission.getIdentifier())), "mission", "Mission");
            identified(mission.getIdentifier(), id, value("mission-identifier"), "Mission");
            statement("Mission", id, StatementKind.MISSION, orDefault(value("mission-label"), "Mission"),
                    value("mission-title"), text(mission.getDescription()), null, value("mission-status"));
        }
        int position = 0;
        for (Value value : core.getValue()) {
            position++;
            List<Field> meta = StratmlFields.segments(document.processingInstruction(value, "slc-meta"));
            String label = orDefault(StratmlFields.first(meta, "label"), "Value");
            StatementKind kind = statementKind(StratmlFields.first(meta, "statement-kind"), label, meta.isEmpty());
            String name = text(value.getName());
            String text = text(value.getDescription());
            String title = name;
            if (text == null) {
                text = name;
                title = null;
            }
            String id = StratmlFields.first(meta, "id");
            statement("Value[" + position + "]", validOrGenerated(id, "value-" + position, "Value[" + position + "]"),
                    kind, label, title, text, StratmlFields.first(meta, "source"), StratmlFields.first(meta, "status"));
        }
    }

    private void statement(String where, String id, StatementKind kind, String label, String title, String text, String section,
                           String status) {
        if (text == null) {
            notes.add(where + " has no text: not recorded");
            ids.remove(id);
            return;
        }
        elements.add(new ImportedPlan.Element(where, id, ElementType.STATEMENT, null, null, fit(title, Texts.TITLE_MAX, where),
                fit(text, Texts.TEXT_MAX, where), null, kind, abbreviate(label, Texts.LABEL_MAX), null, null, null, section,
                status(status)));
    }

    private static StatementKind statementKind(String given, String label, boolean plainValue) {
        if (given != null) {
            for (StatementKind kind : StatementKind.values()) {
                if (kind.name().equals(given)) {
                    return kind;
                }
            }
        }
        if (plainValue) {
            return StatementKind.CORE_VALUE;
        }
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("core value")) {
            return StatementKind.CORE_VALUE;
        }
        return switch (l) {
            case "vision" -> StatementKind.VISION;
            case "mission" -> StatementKind.MISSION;
            case "aspiration" -> StatementKind.ASPIRATION;
            case "theme" -> StatementKind.THEME;
            case "ethos" -> StatementKind.ETHOS;
            default -> StatementKind.OTHER;
        };
    }

    // --- goals and what lies below them -------------------------------------------------------------------

    private void goal(Goal goal, int position, List<ImportedPlan.Element> tree) {
        List<Field> info = StratmlFields.lines(text(goal.getOtherInformation()));
        if (NO_ELEMENT.equals(value(info, "kind"))) {
            return;
        }
        StratmlKind kind = kind(info, StratmlKind.GOAL, "Goal[" + position + "]");
        String number = number(goal.getSequenceIndicator(), info);
        String where = "Goal[" + position + "]";
        String id = validOrGenerated(orDefault(value(info, "id"), text(goal.getIdentifier())),
                kind.label() + "-" + (number != null ? number : position), where);
        where = where + " (" + id + ")";
        identified(goal.getIdentifier(), id, value(info, "identifier"), where);
        String parent = kind == StratmlKind.GOAL ? null : reference(value(info, "parent"));
        tree.add(element(where, id, kind, parent, number, goal.getName(), goal.getDescription(), info));
        holding(goal.getStakeholder(), id, kind, where);
        alignments(where, id, info);
        annotations(where, id, info);
        int objectivePosition = 0;
        for (ObjectiveType objective : goal.getObjective()) {
            objectivePosition++;
            objective(objective, id, number != null ? number : String.valueOf(position), objectivePosition, tree);
        }
    }

    private void objective(ObjectiveType objective, String goalId, String goalNumber, int position, List<ImportedPlan.Element> tree) {
        List<Field> info = StratmlFields.lines(text(objective.getOtherInformation()));
        String where = "Objective[" + position + "] of " + goalId;
        if (INDICATORS.equals(value(info, "kind"))) {
            String measured = orDefault(reference(value(info, "parent")), goalId);
            int indicatorPosition = 0;
            for (PerformanceIndicator indicator : objective.getPerformanceIndicator()) {
                indicatorPosition++;
                measure(indicator, measured, indicatorPosition, tree);
            }
            return;
        }
        StratmlKind kind = kind(info, StratmlKind.OBJECTIVE, where);
        String number = number(objective.getSequenceIndicator(), info);
        String id = validOrGenerated(orDefault(value(info, "id"), text(objective.getIdentifier())),
                kind.label() + "-" + (number != null ? number : goalNumber + "." + position), where);
        where = "Objective " + id;
        identified(objective.getIdentifier(), id, value(info, "identifier"), where);
        String parent = reference(value(info, "parent"));
        tree.add(element(where, id, kind, parent != null ? parent : goalId, number, objective.getName(),
                objective.getDescription(), info));
        holding(objective.getStakeholder(), id, kind, where);
        alignments(where, id, info);
        annotations(where, id, info);
        int indicatorPosition = 0;
        for (PerformanceIndicator indicator : objective.getPerformanceIndicator()) {
            indicatorPosition++;
            measure(indicator, id, indicatorPosition, tree);
        }
    }

    private ImportedPlan.Element element(String where, String id, StratmlKind kind, String parentId, String number,
                                         String givenName, String givenDescription, List<Field> info) {
        String name = text(givenName);
        String description = text(givenDescription);
        String printed = printed(value(info, "printed"));
        String title;
        String statement;
        switch (kind) {
            case OUTCOME -> {
                title = description != null ? name : null;
                statement = description != null ? description : name != null ? name
                        : orDefault(printed, "Outcome " + (number != null ? number : id));
            }
            case INITIATIVE -> {
                title = name != null ? name : description != null ? description
                        : orDefault(printed, "Initiative " + (number != null ? number : id));
                statement = name != null ? description : null;
            }
            default -> {
                title = name != null ? name : description != null ? description
                        : orDefault(printed, displayName(kind) + " " + (number != null ? number : id));
                statement = description;
            }
        }
        int titleMax = kind == StratmlKind.INITIATIVE ? Texts.TEXT_MAX : Texts.TITLE_MAX;
        return new ImportedPlan.Element(where, id, kind.type(), parentId, number, fit(title, titleMax, where), fit(statement, Texts.TEXT_MAX, where),
                fit(value(info, "overview"), Texts.TEXT_MAX, where), null, null, null, null, null, value(info, "source"),
                status(value(info, "status")));
    }

    private void measure(PerformanceIndicator indicator, String enclosingId, int position, List<ImportedPlan.Element> tree) {
        List<Field> info = StratmlFields.lines(text(indicator.getOtherInformation()));
        String where = "PerformanceIndicator[" + position + "] of " + enclosingId;
        String number = number(indicator.getSequenceIndicator(), info);
        String id = validOrGenerated(orDefault(value(info, "id"), text(indicator.getIdentifier())),
                "measure-" + enclosingId + "-" + position, where);
        where = "PerformanceIndicator " + id;
        identified(indicator.getIdentifier(), id, value(info, "identifier"), where);
        String parent = reference(value(info, "measures"));
        String title = text(indicator.getMeasurementDimension());
        if (title == null) {
            title = "Measure " + (number != null ? number : id);
            notes.add(where + " has an empty MeasurementDimension: titled " + title);
        }
        String printedType = value(info, "measure-type");
        String stage = indicator.getValueChainStage() == null ? "" : indicator.getValueChainStage().value();
        MeasureType type = measureType(value(info, "measure-type-code"), printedType, stage,
                indicator.getPerformanceIndicatorType() == null ? "" : indicator.getPerformanceIndicatorType().value(), where);
        printedType = printedType(printedType, type, stage);
        String unit = text(indicator.getUnitOfMeasurement());
        tree.add(new ImportedPlan.Element(where, id, ElementType.MEASURE, parent != null ? parent : enclosingId, number,
                fit(title, Texts.TEXT_MAX, where), fit(value(info, "statement"), Texts.TEXT_MAX, where), null, null, null,
                type, abbreviate(printedType, Texts.LABEL_MAX), fit(unit, Texts.LABEL_MAX, where), value(info, "source"),
                status(value(info, "status"))));
        annotations(where, id, info);
        for (MeasurementInstance measurement : indicator.getMeasurementInstance()) {
            for (TargetResult result : measurement.getTargetResult()) {
                reading(where, id, true, new Result(result.getDescriptor(), result.getStartDate(), result.getEndDate(),
                        result.getNumberOfUnits(), result.getDescription()), value(info, "source"));
            }
            for (ActualResult result : measurement.getActualResult()) {
                reading(where, id, false, new Result(result.getDescriptor(), result.getStartDate(), result.getEndDate(),
                        result.getNumberOfUnits(), result.getDescription()), value(info, "source"));
            }
        }
    }

    /** A TargetResult or an ActualResult: the schema gives both the same content, in two types. */
    private record Result(Descriptor descriptor, String startDate, String endDate, String numberOfUnits, String description) {
    }

    private void reading(String measureWhere, String measureId, boolean target, Result result, String section) {
        String where = (target ? "TargetResult" : "ActualResult") + " of " + measureWhere;
        String period = null;
        Descriptor descriptor = result.descriptor();
        if (descriptor != null && "period".equalsIgnoreCase(orDefault(text(descriptor.getDescriptorName()), ""))) {
            period = text(descriptor.getDescriptorValue());
        }
        if (period == null) {
            period = text(result.endDate()) != null ? text(result.endDate()) : text(result.startDate());
        }
        String units = text(result.numberOfUnits());
        BigDecimal value = units == null ? null : new BigDecimal(units);
        String text = text(result.description());
        // An empty result (a form's blank cell) states nothing: never recorded, always noted.
        if (value == null && text == null) {
            notes.add(where + (period == null ? "" : " for " + period) + " is empty (no NumberOfUnits, no Description): not recorded");
            return;
        }
        if (period == null) {
            notes.add(where + " names no period (Descriptor \"period\", EndDate or StartDate): not recorded");
            return;
        }
        readings.add(new ImportedPlan.Reading(where, measureId, target, abbreviate(period, 20), value, fit(text, Texts.TEXT_MAX, where), section));
    }

    /**
     * The measure's type as the document states it: our {@code measure-type-code} line, the printed type,
     * or the indicator's attributes; null when it states none (nothing is invented, ADR 20). An attribute
     * the type cannot carry as well is listed in the notes.
     */
    private MeasureType measureType(String code, String printed, String stage, String indicatorType, String where) {
        if (code != null) {
            for (MeasureType type : MeasureType.values()) {
                if (type.name().equals(code)) {
                    return type;
                }
            }
        }
        if (printed != null) {
            String p = printed.toLowerCase(Locale.ROOT);
            if (p.contains("rate") && p.contains("efficiency")) {
                return MeasureType.RATE_EFFICIENCY;
            }
            if (p.startsWith("outcome")) {
                return MeasureType.OUTCOME;
            }
            if (p.startsWith("output")) {
                return MeasureType.OUTPUT;
            }
            if (p.startsWith("efficiency")) {
                return MeasureType.EFFICIENCY;
            }
            if (p.startsWith("qualitative")) {
                return MeasureType.QUALITATIVE;
            }
        }
        MeasureType fromStage = "Outcome".equals(stage) ? MeasureType.OUTCOME : "Output".equals(stage) ? MeasureType.OUTPUT : null;
        if ("Qualitative".equals(indicatorType)) {
            if (!stage.isEmpty() && printed == null) {
                notes.add(where + ": ValueChainStage " + stage + " is not kept: its type is recorded as QUALITATIVE, "
                        + "from PerformanceIndicatorType");
            }
            return MeasureType.QUALITATIVE;
        }
        if ("Quantitative".equals(indicatorType) && printed == null) {
            notes.add(where + ": PerformanceIndicatorType Quantitative is not kept: the domain has no such measure type");
        }
        return fromStage;
    }

    /** A ValueChainStage with no measure type of the domain (Input, Output_Processing, …) is kept as the printed type. */
    private static String printedType(String printed, MeasureType type, String stage) {
        if (printed != null || type != null || stage.isEmpty()) {
            return printed;
        }
        return stage;
    }

    // --- alignments ----------------------------------------------------------------------------------------

    private void alignments(String where, String elementId, List<Field> info) {
        int position = 0;
        for (String line : StratmlFields.all(info, "aligns-to")) {
            position++;
            List<Field> segments = StratmlFields.segments(line);
            String target = StratmlFields.first(segments, "");
            String printed = printed(StratmlFields.first(segments, "printed"));
            AlignmentTarget resolved;
            if ("external".equals(target)) {
                resolved = new AlignmentTarget(null, null, StratmlFields.first(segments, "target-document"),
                        StratmlFields.first(segments, "target-number"), StratmlFields.first(segments, "target-text"));
            } else if (target != null && target.contains("#")) {
                String plan = target.substring(0, target.indexOf('#')).strip();
                String element = target.substring(target.indexOf('#') + 1).strip();
                boolean self = plan.isEmpty() || plan.equals(documentId);
                resolved = new AlignmentTarget(self ? null : plan, self ? reference(element) : element, null, null, null);
            } else {
                notes.add(where + ": aligns-to line without a target (plan#element or external): not recorded: " + line);
                continue;
            }
            alignments.add(new ImportedPlan.Alignment(where, elementId, position, resolved, provenance(segments), printed));
        }
        position = 0;
        for (String line : StratmlFields.all(info, "lineage")) {
            position++;
            List<Field> segments = StratmlFields.segments(line);
            String predecessor = StratmlFields.first(segments, "");
            LineageRelation relation = relation(StratmlFields.first(segments, "relation"));
            if (predecessor == null || !predecessor.contains("#") || relation == null) {
                notes.add(where + ": lineage line without predecessor (plan#element) or relation: not recorded: " + line);
                continue;
            }
            lineage.add(new ImportedPlan.Lineage(where, elementId, position, new ElementRef(predecessor.substring(0, predecessor.indexOf('#')).strip(),
                    predecessor.substring(predecessor.indexOf('#') + 1).strip()), relation, provenance(segments)));
        }
    }

    // --- annotations ---------------------------------------------------------------------------------------

    /**
     * The {@code annotation:} lines of an element's (or, with {@code elementId} null, the plan's) metadata.
     * Their subject is that element or the edition, unless a segment names another: {@code element: <id>}
     * (statements have no metadata lines of their own) or {@code link: aligns-to <n>} / {@code link: lineage <n>},
     * the n-th such line of the element. Each {@code printed:} segment starts an alternative; the
     * {@code document}, {@code section} and {@code page} after it are its citation.
     */
    private void annotations(String where, String elementId, List<Field> info) {
        for (String line : StratmlFields.all(info, "annotation")) {
            List<Field> segments = StratmlFields.segments(line);
            String id = StratmlFields.first(segments, "");
            String uncertainty = StratmlFields.first(segments, "uncertainty");
            String chosen = StratmlFields.first(segments, "chosen-reading");
            String reason = StratmlFields.first(segments, "reason");
            if (uncertainty == null || chosen == null || reason == null) {
                notes.add(where + ": annotation " + id + " needs uncertainty, chosen-reading and reason: not recorded");
                continue;
            }
            AnnotationSubjectKind kind = elementId == null ? AnnotationSubjectKind.EDITION : AnnotationSubjectKind.ELEMENT;
            String subjectId = elementId;
            String linkKind = null;
            int linkPosition = 0;
            String element = StratmlFields.first(segments, "element");
            String link = StratmlFields.first(segments, "link");
            if (element != null) {
                kind = AnnotationSubjectKind.ELEMENT;
                subjectId = reference(element);
            } else if (link != null) {
                String[] parts = link.strip().split("\\s+");
                if (elementId == null || parts.length != 2 || !(parts[0].equals("aligns-to") || parts[0].equals("lineage"))
                        || !parts[1].matches("[1-9][0-9]{0,3}")) {
                    notes.add(where + ": annotation " + id + " names no link of the element as \"aligns-to <n>\" or \"lineage <n>\": not recorded");
                    continue;
                }
                kind = AnnotationSubjectKind.LINK;
                linkKind = parts[0];
                linkPosition = Integer.parseInt(parts[1]);
            }
            annotations.add(new ImportedPlan.Annotation(where, id, kind, subjectId, linkKind, linkPosition,
                    abbreviate(StratmlFields.first(segments, "field"), Texts.LABEL_MAX), fit(uncertainty, Texts.RATIONALE_MAX, where),
                    alternatives(segments, where), fit(chosen, Texts.TEXT_MAX, where), fit(reason, Texts.RATIONALE_MAX, where)));
        }
    }

    private List<Alternative> alternatives(List<Field> segments, String where) {
        List<Alternative> result = new ArrayList<>();
        String printed = null;
        String document = null;
        String section = null;
        String page = null;
        for (Field f : segments) {
            switch (f.key()) {
                case "printed" -> {
                    if (printed != null) {
                        result.add(alternative(printed, document, section, page, where));
                    }
                    printed = f.value();
                    document = null;
                    section = null;
                    page = null;
                }
                case "document" -> document = f.value();
                case "section" -> section = f.value();
                case "page" -> page = f.value();
                default -> {
                }
            }
        }
        if (printed != null) {
            result.add(alternative(printed, document, section, page, where));
        }
        return result;
    }

    private Alternative alternative(String printed, String document, String section, String page, String where) {
        return new Alternative(fit(printed, Texts.TEXT_MAX, where), new Citation(
                abbreviate(orDefault(document, citationDocument), Texts.CITATION_MAX), abbreviate(section, Texts.CITATION_MAX),
                abbreviate(page, Texts.NUMBER_MAX)));
    }

    /** Only the ends of a life are replayed: an import records a draft, whose elements are proposed. */
    private static ElementStatus status(String name) {
        return ElementStatus.RETIRED.name().equals(name) ? ElementStatus.RETIRED
                : ElementStatus.COMPLETED.name().equals(name) ? ElementStatus.COMPLETED : null;
    }

    private static LineageRelation relation(String name) {
        for (LineageRelation relation : LineageRelation.values()) {
            if (relation.name().equals(name)) {
                return relation;
            }
        }
        return null;
    }

    private LinkProvenance provenance(List<Field> segments) {
        String basis = StratmlFields.first(segments, "provenance");
        String section = StratmlFields.first(segments, "section");
        if (section == null) {
            String table = StratmlFields.first(segments, "table");
            String rows = orDefault(StratmlFields.first(segments, "rows"), StratmlFields.first(segments, "row"));
            section = table == null ? null : rows == null ? table : table + ", rows " + rows;
        }
        Citation citation = new Citation(abbreviate(orDefault(StratmlFields.first(segments, "document"), citationDocument), Texts.CITATION_MAX),
                abbreviate(section, Texts.CITATION_MAX), abbreviate(StratmlFields.first(segments, "page"), Texts.NUMBER_MAX));
        if (basis != null && basis.startsWith("inferred")) {
            String from = orDefault(StratmlFields.first(segments, "basis"), "inferred; no basis stated");
            boolean cited = StratmlFields.first(segments, "document") != null || section != null;
            return new LinkProvenance(LinkBasis.INFERRED, cited ? citation : null, abbreviate(from, Texts.RATIONALE_MAX));
        }
        return LinkProvenance.stated(citation);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private StratmlKind kind(List<Field> info, StratmlKind otherwise, String where) {
        String name = value(info, "kind");
        if (name == null) {
            return otherwise;
        }
        StratmlKind kind = StratmlKind.named(name).orElse(null);
        boolean fits = otherwise == StratmlKind.GOAL
                ? kind == StratmlKind.GOAL || kind == StratmlKind.MISSION_AREA
                : kind != null && kind != StratmlKind.GOAL && kind != StratmlKind.STATEMENT && kind != StratmlKind.MEASURE;
        if (!fits) {
            notes.add(where + " has kind: " + name + ", which cannot stand there: recorded as " + otherwise.label());
            return otherwise;
        }
        return kind;
    }

    /** The printed number: the SequenceIndicator, unless the metadata says the document prints none. */
    private String number(String sequenceIndicator, List<Field> info) {
        String number = text(sequenceIndicator);
        String line = value(info, "number");
        if (number == null || (line != null && line.contains("not numbered"))) {
            return null;
        }
        if (number.length() > Texts.NUMBER_MAX) {
            notes.add("SequenceIndicator \"" + number + "\" is longer than " + Texts.NUMBER_MAX + " characters: recorded without number");
            return null;
        }
        return number;
    }

    /** The document's Identifier if it is a valid, unused id, else one made from {@code generated}. */
    private String validOrGenerated(String given, String generated, String where) {
        if (given != null && Texts.isId(given) && !published.contains(given) && ids.add(given)) {
            return given;
        }
        String base = generated.replaceAll("[^A-Za-z0-9._-]", "-");
        base = base.length() > 90 ? base.substring(0, 90) : base;
        String id = base;
        for (int i = 2; !Texts.isId(id) || published.contains(id) || !ids.add(id); i++) {
            id = base + "-" + i;
        }
        if (given != null) {
            renamed.putIfAbsent(given, id);
        }
        return id;
    }

    /**
     * Keeps the identifier the document gives an element where it is not the element's id, as its
     * external identifier (ADR 20): our metadata's {@code identifier:} line, else the Identifier as
     * published (before a repair made it an NCName). One that names an element already is noted instead.
     */
    private void identified(String identifier, String id, String kept, String where) {
        String given = kept;
        if (given == null && text(identifier) != null) {
            given = publishedIdentifiers.getOrDefault(text(identifier), text(identifier)).strip();
        }
        if (given == null || given.isEmpty() || given.equals(id)) {
            published.add(id);
            return;
        }
        if (!published.add(given) || ids.contains(given)) {
            notes.add(where + ": Identifier " + given + " names another element already: " + id + " is recorded without it");
            return;
        }
        externalIds.put(id, abbreviate(given, Texts.TITLE_MAX));
        renamed.putIfAbsent(given, id);
    }

    // --- stakeholders ----------------------------------------------------------------------------------------

    /** The stakeholders of a goal or objective; any other element holds none in the domain, and they are noted. */
    private void holding(List<Stakeholder> held, String id, StratmlKind kind, String where) {
        if (kind == StratmlKind.GOAL || kind == StratmlKind.OBJECTIVE) {
            stakeholders(held, id, where);
            return;
        }
        for (Stakeholder stakeholder : held) {
            notes.add(where + ": Stakeholder \"" + orDefault(text(stakeholder.getName()), "") + "\" is not kept: a "
                    + kind.label() + " holds no stakeholders");
        }
    }

    private void stakeholders(List<Stakeholder> held, String holderId, String holderWhere) {
        int position = 0;
        for (Stakeholder stakeholder : held) {
            position++;
            String where = holderWhere + ": Stakeholder[" + position + "]";
            String name = text(stakeholder.getName());
            if (name == null) {
                notes.add(where + " has no name: not recorded");
                continue;
            }
            List<Field> meta = StratmlFields.segments(document.processingInstruction(stakeholder, "slc-meta"));
            String id = validOrGenerated(StratmlFields.first(meta, "id"),
                    "stakeholder-" + (holderId == null ? "organization" : holderId) + "-" + position, where);
            List<StakeholderRole> roles = new ArrayList<>();
            int rolePosition = 0;
            for (Role role : stakeholder.getRole()) {
                rolePosition++;
                String roleName = text(role.getName());
                if (roleName == null) {
                    notes.add(where + ": Role[" + rolePosition + "] has no name: not recorded");
                    continue;
                }
                List<RoleType> types = new ArrayList<>();
                for (String type : role.getRoleType()) {
                    switch (type.strip()) {
                        case "Performer" -> types.add(RoleType.PERFORMER);
                        case "Beneficiary" -> types.add(RoleType.BENEFICIARY);
                        default -> {
                            // The schema allows no other value; a repaired empty one was removed.
                        }
                    }
                }
                roles.add(new StakeholderRole(fit(roleName, Texts.TITLE_MAX, where), fit(text(role.getDescription()), Texts.TEXT_MAX, where),
                        List.copyOf(types)));
            }
            stakeholders.add(new ImportedPlan.Stakeholder(where, id, holderId, fit(name, Texts.TITLE_MAX, where),
                    fit(text(stakeholder.getDescription()), Texts.TEXT_MAX, where),
                    stakeholderType(orDefault(stakeholder.getStakeholderTypeType(), "")), List.copyOf(roles)));
        }
    }

    private static StakeholderType stakeholderType(String attribute) {
        return switch (attribute) {
            case "Person" -> StakeholderType.PERSON;
            case "Organization" -> StakeholderType.ORGANIZATION;
            case "Generic_Group" -> StakeholderType.GENERIC_GROUP;
            default -> null;
        };
    }

    private String reference(String id) {
        return id == null ? null : renamed.getOrDefault(id, id);
    }

    /**
     * Orders the elements so that each parent comes before its members, keeping document order
     * otherwise; an element whose parent never comes is left last, for the command to refuse.
     */
    private static List<ImportedPlan.Element> parentsFirst(List<ImportedPlan.Element> tree) {
        List<ImportedPlan.Element> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<ImportedPlan.Element> waiting = new LinkedHashSet<>(tree);
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = false;
            for (var it = waiting.iterator(); it.hasNext(); ) {
                ImportedPlan.Element e = it.next();
                if (e.parentId() == null || placed.contains(e.parentId())) {
                    ordered.add(e);
                    placed.add(e.id());
                    it.remove();
                    progress = true;
                }
            }
        }
        ordered.addAll(waiting);
        return ordered;
    }

    private String fit(String text, int max, String where) {
        if (text != null && text.length() > max) {
            notes.add(where + ": a text of " + text.length() + " characters is shortened to " + max);
            return abbreviate(text, max);
        }
        return text;
    }

    static String abbreviate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    /** The value of a {@code printed: "…"} line without its quotes, e.g. {@code Goal 1}. */
    private static String printed(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        int open = v.indexOf('"');
        int close = v.lastIndexOf('"');
        return open >= 0 && close > open ? v.substring(open + 1, close) : v;
    }

    private String value(String key) {
        return value(rootInfo, key);
    }

    private static String value(List<Field> info, String key) {
        String raw = StratmlFields.first(info, key);
        return raw == null || raw.isBlank() ? null : StratmlFields.unescape(raw);
    }

    private static String displayName(StratmlKind kind) {
        return switch (kind) {
            case MISSION_AREA -> "Mission area";
            case GOAL -> "Goal";
            default -> "Objective";
        };
    }

    private static String initials(String name) {
        StringBuilder code = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                code.append(word.charAt(0));
            }
        }
        return code.isEmpty() ? null : code.toString();
    }

    private static List<Integer> years(String text) {
        List<Integer> years = new ArrayList<>();
        if (text != null) {
            Matcher m = YEAR.matcher(text);
            while (m.find() && years.size() < 2) {
                years.add(Integer.valueOf(m.group(1)));
            }
        }
        return years;
    }

    private static Integer integer(String value) {
        return value != null && value.matches("\\d{4}") ? Integer.valueOf(value) : null;
    }

    private static List<String> nonNull(String... values) {
        List<String> list = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                list.add(v);
            }
        }
        return list;
    }

    private static String orDefault(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    /** A text of the document, trimmed, or null when absent or blank. */
    private static String text(String given) {
        if (given == null) {
            return null;
        }
        String text = given.strip();
        return text.isEmpty() ? null : text;
    }
}
