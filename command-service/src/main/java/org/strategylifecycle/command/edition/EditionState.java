package org.strategylifecycle.command.edition;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.common.StrategyStatus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The state of one edition that its decisions need, and the guards every member shares. Shared by
 * the aggregate root and its concept members (each in its concept's package), which read it through
 * its queries and guards and change it only from their event-sourcing handlers, through the methods
 * named for what an event did ({@link #added}, {@link #retired}, {@link #aligned}, ...). Its public
 * methods are the edition's API to its concepts; what only the root uses (the edition's own lifecycle)
 * is package-private. Its fields are its own: the snapshot JSON holds them by name (ADR 0021), so a
 * field keeps its name when the code around it changes.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class EditionState {

    /** An alignment in force: the element it links and what that element supports. */
    public record Alignment(String elementId, AlignmentTarget target) {
    }

    private String strategyId;
    private String lineId;
    private Period period;
    private StrategyStatus status;
    private LocalDate lastChange;
    private final Map<String, Element> elements = new LinkedHashMap<>();
    /** The alignments in force by id; changed only through {@link #aligned} and {@link #alignmentRemoved}. */
    private final Map<String, Alignment> alignments = new HashMap<>();
    /** The alignments in {@link #alignments}, counted by what they link, so a duplicate is found without a scan. */
    @JsonIgnore
    private final Map<Alignment, Integer> alignmentCounts = new HashMap<>();
    /** The day each alignment in {@link #alignments} was made: it cannot be removed before. */
    private final Map<String, LocalDate> alignedOn = new HashMap<>();
    /** Every alignment and lineage id ever recorded: a removed alignment's id stays taken, as ids are never reused. */
    private final Set<String> linkIds = new HashSet<>();
    /** Every annotation ever recorded, withdrawn ones too: their ids stay taken. */
    private final Map<String, Annotation> annotations = new HashMap<>();
    /** The external identifiers of the elements (ADR 20), to the element each names. */
    private final Map<String, String> externalIds = new HashMap<>();
    @JsonIgnore
    private final Siblings siblings = new Siblings();

    EditionState() {
    }

    /** The state as a snapshot holds it; the indexes are derived from it as the events built them. */
    @JsonCreator
    private EditionState(@JsonProperty("elements") Map<String, Element> elements,
                         @JsonProperty("alignments") Map<String, Alignment> alignments,
                         @JsonProperty("alignedOn") Map<String, LocalDate> alignedOn,
                         @JsonProperty("linkIds") Set<String> linkIds,
                         @JsonProperty("annotations") Map<String, Annotation> annotations,
                         @JsonProperty("externalIds") Map<String, String> externalIds) {
        elements.values().forEach(this::added);
        alignments.forEach((id, alignment) -> aligned(id, alignment, alignedOn.get(id)));
        this.linkIds.addAll(linkIds);
        this.annotations.putAll(annotations);
        this.externalIds.putAll(externalIds);
    }

    public String strategyId() {
        return strategyId;
    }

    String lineId() {
        return lineId;
    }

    Period period() {
        return period;
    }

    StrategyStatus status() {
        return status;
    }

    /** About the heap the state holds: see {@link Footprint}. */
    long approximateBytes() {
        long bytes = 0;
        for (Element element : elements.values()) {
            bytes += element.approximateBytes();
        }
        for (Annotation annotation : annotations.values()) {
            bytes += Footprint.ANNOTATION + Footprint.text(annotation.uncertainty())
                    + Footprint.text(annotation.chosenReading()) + Footprint.text(annotation.reason());
        }
        return bytes + alignments.size() * Footprint.ALIGNMENT + linkIds.size() * Footprint.LINK_ID
                + externalIds.size() * Footprint.EXTERNAL_ID;
    }

    /** Whether the edition has an element of this id (its own id: {@link #resolve} turns an external identifier into it). */
    public boolean hasElement(String id) {
        return elements.containsKey(id);
    }

    /** Whether an alignment or lineage link was ever recorded under this id (a removed alignment's too). */
    public boolean hasLink(String id) {
        return linkIds.contains(id);
    }

    /** The alignment in force under this id, or null. */
    public Alignment alignment(String alignmentId) {
        return alignments.get(alignmentId);
    }

    /** The annotation recorded under this id, withdrawn or not, or null. */
    public Annotation annotation(String annotationId) {
        return annotations.get(annotationId);
    }

    /**
     * Decisions read PROPOSED (what an adoption changes) and RETIRED or COMPLETED, never ADOPTED: an element
     * is ADOPTED only so that its status is the one its events give it (docs/mutation-testing.md).
     */
    public ElementStatus initialStatus() {
        return status == StrategyStatus.DRAFT ? ElementStatus.PROPOSED : ElementStatus.ADOPTED;
    }

    /**
     * Frozen editions take corrections only, and a correction is a {@code CorrectElement}, which does not
     * come here: any other command is refused whatever kind its change claims to be.
     */
    public void requireOpen() {
        if (status == StrategyStatus.SUPERSEDED) {
            throw new StrategyException(ErrorCode.EDITION_SUPERSEDED, "edition " + strategyId + " is superseded");
        }
        if (status == StrategyStatus.RETIRED) {
            throw new StrategyException(ErrorCode.EDITION_RETIRED, "edition " + strategyId + " is retired");
        }
    }

    /** Guards shared by every command that adds an element or a link under {@code id}. */
    public void requireAddable(String field, String id, Change change) {
        Texts.change(change, false);
        requireOpen();
        Texts.id(field, id);
        requireFree(id);
    }

    /** An id (of an element, a link, an annotation) or an external identifier that nothing here has yet: see {@link #isTaken}. */
    public void requireFree(String id) {
        if (isTaken(id)) {
            throw new StrategyException(ErrorCode.ELEMENT_ID_TAKEN, "edition " + strategyId + " already has " + id);
        }
    }

    /**
     * Ids are unique across an edition's elements, links and annotations, and no id is an element's
     * external identifier: reads resolve an element by either.
     */
    boolean isTaken(String id) {
        return elements.containsKey(id) || linkIds.contains(id) || annotations.containsKey(id) || externalIds.containsKey(id);
    }

    /** The element id that {@code id} names: an element's own id, or its external identifier. */
    public String resolve(String id) {
        return externalIds.getOrDefault(id, id);
    }

    public Element element(String id, ElementType type) {
        Element element = elements.get(Texts.id("elementId", id));
        if (element == null) {
            throw new StrategyException(ErrorCode.ELEMENT_NOT_FOUND, "edition " + strategyId + " has no element " + id);
        }
        if (type != null && element.type() != type) {
            throw new StrategyException(ErrorCode.WRONG_ELEMENT_TYPE, id + " is a " + element.type() + ", not a " + type);
        }
        return element;
    }

    /** An element that may still change: the edition open, the element neither retired nor completed. */
    public Element revisable(String id, ElementType type, Change change) {
        Texts.change(change, true);
        requireOpen();
        Element element = element(id, type);
        if (element.isRetired()) {
            throw new StrategyException(ErrorCode.ELEMENT_RETIRED, id + " is retired");
        }
        if (element.isCompleted()) {
            throw new StrategyException(ErrorCode.ELEMENT_COMPLETED, id + " is completed");
        }
        requireNotBefore(element, change.effectiveDate());
        return element;
    }

    /** The element to retire, or null when it already is (a retirement that changes nothing). */
    public Element retirable(String id, ElementType type, Change change) {
        Texts.change(change, true);
        requireOpen();
        Element element = element(id, type);
        if (element.isRetired()) {
            return null;
        }
        requireNotBefore(element, change.effectiveDate());
        if (siblings.hasActiveMembers(id)) {
            throw new StrategyException(ErrorCode.CHILDREN_NOT_RETIRED, id + " still has members that are not retired");
        }
        return element;
    }

    /** A change of the edition as a whole: not before its last change. */
    void requireNotBeforeLastChange(LocalDate effective) {
        requireNotBefore(effective, "the edition's last change", lastChange);
    }

    /** The adoption is a change of every proposed element too: it must not precede their last change. */
    void requireProposedNotAfter(LocalDate effective) {
        elements.values().stream()
                .filter(e -> e.status() == ElementStatus.PROPOSED)
                .forEach(e -> requireNotBefore(e, effective));
    }

    public void requireNotBefore(Element element, LocalDate effective) {
        requireNotBefore(effective, "the last change of " + element.id(), element.lastChange());
    }

    /** What hangs on an element (a link, a member) does so from the day the element was added, not before. */
    public void requireAdded(Element element, LocalDate effective) {
        requireNotBefore(effective, "the addition of " + element.id(), element.added());
    }

    /** A removal is a change of the alignment: not before it was made. */
    public void requireRemovable(String alignmentId, LocalDate effective) {
        requireNotBefore(effective, "alignment " + alignmentId, alignedOn.get(alignmentId));
    }

    private static void requireNotBefore(LocalDate effective, String what, LocalDate previous) {
        if (effective.isBefore(previous)) {
            throw new StrategyException(ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS,
                    "effective date " + effective + " lies before " + what + " on " + previous);
        }
    }

    /** The parent an element is placed under on {@code effective}: it exists by then, may hold it, is not retired. */
    public Element parent(String parentId, Set<ElementType> allowed, LocalDate effective) {
        Texts.id("parentId", parentId);
        Element parent = elements.get(parentId);
        if (parent == null) {
            throw new StrategyException(ErrorCode.PARENT_NOT_FOUND, "edition " + strategyId + " has no element " + parentId);
        }
        if (!allowed.contains(parent.type())) {
            throw new StrategyException(ErrorCode.PARENT_TYPE_INVALID, "cannot be placed under a " + parent.type() + "; allowed: " + allowed);
        }
        if (parent.isRetired()) {
            throw new StrategyException(ErrorCode.PARENT_RETIRED, parentId + " is retired");
        }
        requireAdded(parent, effective);
        return parent;
    }

    /** Numbers are unique among the active siblings of the same kind. */
    public void requireNumberFree(ElementType type, String parentId, String number, String exceptId) {
        if (number == null) {
            return;
        }
        if (siblings.numberTaken(type, parentId, number, exceptId)) {
            throw new StrategyException(ErrorCode.NUMBER_TAKEN, "another " + type + " here is numbered " + number);
        }
    }

    public int nextOrder(ElementType type, String parentId, Integer given) {
        if (given != null) {
            return given;
        }
        return siblings.placedUnder(type, parentId) + 1;
    }

    public boolean isAligned(String elementId, AlignmentTarget target) {
        return alignmentCounts.getOrDefault(new Alignment(elementId, target), 0) > 0;
    }

    // The changes below are made by event-sourcing handlers only, one for what each kind of event did.

    void drafted(String strategyId, String lineId, Period period, LocalDate effective) {
        this.strategyId = strategyId;
        this.lineId = lineId;
        this.period = period;
        lifecycle(StrategyStatus.DRAFT, effective);
    }

    /** The edition adopted, and with it every proposed element. */
    void adopted(LocalDate effective) {
        lifecycle(StrategyStatus.ADOPTED, effective);
        elements.values().stream()
                .filter(e -> e.status() == ElementStatus.PROPOSED)
                .forEach(e -> {
                    setStatus(e, ElementStatus.ADOPTED);
                    e.changed(effective);
                });
    }

    void superseded(LocalDate effective) {
        lifecycle(StrategyStatus.SUPERSEDED, effective);
    }

    void editionRetired(LocalDate effective) {
        lifecycle(StrategyStatus.RETIRED, effective);
    }

    private void lifecycle(StrategyStatus status, LocalDate effective) {
        this.status = status;
        this.lastChange = effective;
    }

    public void aligned(String alignmentId, Alignment alignment, LocalDate effective) {
        alignments.put(alignmentId, alignment);
        alignedOn.put(alignmentId, effective);
        alignmentCounts.merge(alignment, 1, Integer::sum);
        linkIds.add(alignmentId);
    }

    /** Only an alignment in force is ever removed ({@code RemoveAlignment} checks it). */
    public void alignmentRemoved(String alignmentId) {
        alignedOn.remove(alignmentId);
        alignmentCounts.merge(alignments.remove(alignmentId), -1, Integer::sum);
    }

    public void linked(String lineageId) {
        linkIds.add(lineageId);
    }

    /** Records an annotation, or its new version: each of its events replaces it whole. */
    public void annotated(String annotationId, Annotation annotation) {
        annotations.put(annotationId, annotation);
    }

    /**
     * Adds a new element with its content (a statement's label, its text or statement, a goal's overview);
     * from then on its parent, content and status change only here.
     */
    public void added(Element element, String number, String label, String title, String text, String overview) {
        element.setContent(number, label, title, text, overview);
        added(element);
    }

    /** Adds an element whose parent, number and status are set; from then on they change only here. */
    void added(Element element) {
        elements.put(element.id(), element);
        siblings.link(element);
    }

    public void setContent(Element element, String number, String label, String title, String text, String overview) {
        siblings.unlink(element);
        element.setContent(number, label, title, text, overview);
        siblings.link(element);
    }

    /** A correction: the content set as it should have been, the element's last change kept. */
    public void corrected(String id, String number, String label, String title, String text, String overview) {
        setContent(elements.get(id), number, label, title, text, overview);
    }

    public void move(Element element, String parentId) {
        siblings.unlink(element);
        element.setParent(parentId);
        siblings.link(element);
    }

    /** The element an event changed, its last change moved to the event's effective date. */
    public Element changed(String id, LocalDate effective) {
        Element element = elements.get(id);
        element.changed(effective);
        return element;
    }

    public void retired(String id, LocalDate effective) {
        setStatus(changed(id, effective), ElementStatus.RETIRED);
    }

    public void completed(String id, LocalDate effective) {
        setStatus(changed(id, effective), ElementStatus.COMPLETED);
    }

    /** The element's external identifier set (ADR 20), the one it had before freed. */
    public void identified(String id, String externalId, LocalDate effective) {
        Element element = changed(id, effective);
        externalIds.remove(element.externalId());
        element.setExternalId(externalId);
        externalIds.put(externalId, id);
    }

    private void setStatus(Element element, ElementStatus status) {
        siblings.unlink(element);
        element.setStatus(status);
        siblings.link(element);
    }
}
