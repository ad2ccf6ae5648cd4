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

/**
 * A member of an edition as the aggregate needs it for its decisions. {@code text} is the element's
 * main text: a statement's text, otherwise the element's statement. Once added to the edition, its
 * parent, number and status change only through {@link EditionState}, whose indexes follow them. Its
 * fields are read by the decisions and set only through its own methods, from event-sourcing handlers.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
final class Element {

    record Reading(BigDecimal value, String text) {
    }

    final String id;
    final ElementType type;
    String parentId;
    String number;
    String label;
    String title;
    String text;
    String overview;
    StatementKind kind;
    MeasureType measureType;
    String printedType;
    String unit;
    StakeholderType stakeholderType;
    List<StakeholderRole> roles = List.of();
    /** The identifier the element carries in the document it came from, where it differs from its id. */
    String externalId;
    ElementStatus status;
    /** The day it was added: nothing hangs on it before (a link, a member). */
    final LocalDate added;
    LocalDate lastChange;
    final Map<String, Reading> targets = new HashMap<>();
    final Map<String, Reading> actuals = new HashMap<>();

    Element(String id, ElementType type, String parentId, ElementStatus status, LocalDate effective) {
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

    boolean isRetired() {
        return status == ElementStatus.RETIRED;
    }

    boolean isCompleted() {
        return status == ElementStatus.COMPLETED;
    }

    boolean hasContent(String number, String label, String title, String text, String overview) {
        return Objects.equals(this.number, number) && Objects.equals(this.label, label)
                && Objects.equals(this.title, title) && Objects.equals(this.text, text)
                && Objects.equals(this.overview, overview);
    }

    /** A target or actual recorded for the period, or null. */
    Reading target(String period) {
        return targets.get(period);
    }

    Reading actual(String period) {
        return actuals.get(period);
    }

    void setContent(String number, String label, String title, String text, String overview) {
        this.number = number;
        this.label = label;
        this.title = title;
        this.text = text;
        this.overview = overview;
    }

    void setKind(StatementKind kind) {
        this.kind = kind;
    }

    void setMeasure(MeasureType measureType, String printedType, String unit) {
        this.measureType = measureType;
        this.printedType = printedType;
        this.unit = unit;
    }

    void setStakeholder(StakeholderType stakeholderType, List<StakeholderRole> roles) {
        this.stakeholderType = stakeholderType;
        this.roles = roles;
    }

    void setTarget(String period, Reading reading) {
        targets.put(period, reading);
    }

    void setActual(String period, Reading reading) {
        actuals.put(period, reading);
    }

    /** Set by {@link EditionState}, which keeps its index of external identifiers in step. */
    void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    /** Set by {@link EditionState}, which unlinks the element from its siblings first. */
    void setParent(String parentId) {
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
