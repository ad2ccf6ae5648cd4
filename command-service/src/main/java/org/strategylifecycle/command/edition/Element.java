package org.strategylifecycle.command.edition;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.api.stakeholder.StakeholderType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A member of an edition as the aggregate needs it for its decisions. {@code text} is the element's
 * main text: a statement's text, otherwise the element's statement. Once added to the edition, its
 * parent, content and status change only through {@link EditionState}, whose indexes follow them. Its
 * fields are its own: the concepts' decisions read them through its public accessors, and their
 * event-sourcing handlers set what no index follows (kind, measure, stakeholder, readings) through its
 * public setters. Part of the edition's API to its concepts (see the package's description).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Element {

    /** A measure's target or actual for a period: a number, a text, or both. */
    public record Reading(BigDecimal value, String text) {
    }

    private final String id;
    private final ElementType type;
    private String parentId;
    private String number;
    private String label;
    private String title;
    private String text;
    private String overview;
    private StatementKind kind;
    private MeasureType measureType;
    private String printedType;
    private String unit;
    private StakeholderType stakeholderType;
    private List<StakeholderRole> roles = List.of();
    /** The identifier the element carries in the document it came from, where it differs from its id. */
    private String externalId;
    private ElementStatus status;
    /** The day it was added: nothing hangs on it before (a link, a member). */
    private final LocalDate added;
    private LocalDate lastChange;
    private final Map<String, Reading> targets = new HashMap<>();
    private final Map<String, Reading> actuals = new HashMap<>();
    /**
     * {@link #approximateBytes()} as last reckoned, or -1 after a change of what it counts: the cache weighs
     * the whole edition after every command, and a command changes one element (transient: not in snapshots).
     */
    private transient long bytes = -1;

    /** A new element, added to the edition with its content through {@link EditionState#added(Element, String, String, String, String, String)}. */
    public Element(String id, ElementType type, String parentId, ElementStatus status, LocalDate effective) {
        this.id = id;
        this.type = type;
        this.parentId = parentId;
        this.status = status;
        this.added = effective;
        this.lastChange = effective;
    }

    /** As a snapshot holds it: the fields not given here are set from the snapshot afterwards. */
    @JsonCreator
    private Element(@JsonProperty("id") String id, @JsonProperty("type") ElementType type,
                    @JsonProperty("added") LocalDate added, @JsonProperty("targets") Map<String, Reading> targets,
                    @JsonProperty("actuals") Map<String, Reading> actuals) {
        this(id, type, null, null, added);
        this.targets.putAll(targets);
        this.actuals.putAll(actuals);
    }

    public String id() {
        return id;
    }

    public ElementType type() {
        return type;
    }

    public String parentId() {
        return parentId;
    }

    public String number() {
        return number;
    }

    public String label() {
        return label;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public String overview() {
        return overview;
    }

    public MeasureType measureType() {
        return measureType;
    }

    public String printedType() {
        return printedType;
    }

    public String unit() {
        return unit;
    }

    public StakeholderType stakeholderType() {
        return stakeholderType;
    }

    public List<StakeholderRole> roles() {
        return roles;
    }

    public String externalId() {
        return externalId;
    }

    ElementStatus status() {
        return status;
    }

    LocalDate added() {
        return added;
    }

    LocalDate lastChange() {
        return lastChange;
    }

    public boolean isRetired() {
        return status == ElementStatus.RETIRED;
    }

    public boolean isCompleted() {
        return status == ElementStatus.COMPLETED;
    }

    public boolean hasContent(String number, String label, String title, String text, String overview) {
        return Objects.equals(this.number, number) && Objects.equals(this.label, label)
                && Objects.equals(this.title, title) && Objects.equals(this.text, text)
                && Objects.equals(this.overview, overview);
    }

    /**
     * About the heap it holds, for the edition cache's bound ({@link EditionState#approximateBytes()}):
     * the element with its maps, and its texts at two bytes a character (a text with one character
     * beyond Latin-1, such as a dash, is held so), each reading with its period.
     */
    long approximateBytes() {
        if (bytes < 0) {
            bytes = reckonBytes();
        }
        return bytes;
    }

    private long reckonBytes() {
        long[] sum = {Footprint.ELEMENT + Footprint.text(id) + Footprint.text(parentId) + Footprint.text(number)
                + Footprint.text(label) + Footprint.text(title) + Footprint.text(text) + Footprint.text(overview)
                + Footprint.text(printedType) + Footprint.text(unit) + Footprint.text(externalId)};
        // forEach, not entrySet(): a map keeps the view entrySet() makes, 16 bytes more per map for good.
        BiConsumer<String, Reading> add = (period, reading) ->
                sum[0] += Footprint.READING + Footprint.text(period) + Footprint.text(reading.text());
        targets.forEach(add);
        actuals.forEach(add);
        return sum[0];
    }

    /** A target or actual recorded for the period, or null. */
    public Reading target(String period) {
        return targets.get(period);
    }

    public Reading actual(String period) {
        return actuals.get(period);
    }

    void setContent(String number, String label, String title, String text, String overview) {
        bytes = -1;
        this.number = number;
        this.label = label;
        this.title = title;
        this.text = text;
        this.overview = overview;
    }

    public void setKind(StatementKind kind) {
        this.kind = kind;
    }

    public void setMeasure(MeasureType measureType, String printedType, String unit) {
        bytes = -1;
        this.measureType = measureType;
        this.printedType = printedType;
        this.unit = unit;
    }

    public void setStakeholder(StakeholderType stakeholderType, List<StakeholderRole> roles) {
        this.stakeholderType = stakeholderType;
        this.roles = roles;
    }

    public void setTarget(String period, Reading reading) {
        bytes = -1;
        targets.put(period, reading);
    }

    public void setActual(String period, Reading reading) {
        bytes = -1;
        actuals.put(period, reading);
    }

    /** Set by {@link EditionState}, which keeps its index of external identifiers in step. */
    void setExternalId(String externalId) {
        bytes = -1;
        this.externalId = externalId;
    }

    /** Set by {@link EditionState}, which unlinks the element from its siblings first. */
    void setParent(String parentId) {
        bytes = -1;
        this.parentId = parentId;
    }

    /** Set by {@link EditionState}, which unlinks the element from its siblings first. */
    void setStatus(ElementStatus status) {
        this.status = status;
    }

    void changed(LocalDate effective) {
        if (effective.isAfter(lastChange)) {
            lastChange = effective;
        }
    }
}
