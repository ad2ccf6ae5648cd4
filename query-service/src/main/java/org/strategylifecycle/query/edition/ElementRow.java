package org.strategylifecycle.query.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.stakeholder.StakeholderRole;

import java.util.List;

/**
 * One element of an edition as the read model stores it; also the before/after of a history row. A
 * stakeholder is an element whose {@code title} is its name, {@code text} its description and
 * {@code parentId} its holder (none: the organization's). The fields only some elements have are left
 * out of the history's documents when absent, so that other elements' documents stay as they were.
 */
public record ElementRow(
        String elementId,
        ElementType type,
        String parentId,
        String number,
        String label,
        String title,
        String text,
        String overview,
        String kind,
        String measureType,
        String printedType,
        String unit,
        int order,
        ElementStatus status,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) String stakeholderType,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<StakeholderRole> roles,
        @JsonInclude(JsonInclude.Include.NON_NULL) String externalId) {

    /**
     * A new element of its type under its parent (null: the edition's top level), at its place among
     * its siblings; its content, kind, measure or stakeholder facts come from the withers, its status
     * and version from the projection.
     */
    static ElementRow added(ElementType type, String elementId, String parentId, int order) {
        return new ElementRow(elementId, type, parentId, null, null, null, null, null, null, null, null, null, order,
                null, 0, null, null, null);
    }

    /** A statement's kind (mission, vision, value…). */
    ElementRow withKind(String kind) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version, stakeholderType, roles, externalId);
    }

    ElementRow withContent(String number, String label, String title, String text, String overview) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version, stakeholderType, roles, externalId);
    }

    ElementRow withParent(String parentId) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version, stakeholderType, roles, externalId);
    }

    ElementRow withMeasure(String measureType, String printedType, String unit) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version, stakeholderType, roles, externalId);
    }

    ElementRow withStakeholder(String stakeholderType, List<StakeholderRole> roles) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version, stakeholderType, roles, externalId);
    }

    ElementRow withExternalId(String externalId) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version, stakeholderType, roles, externalId);
    }

    ElementRow withStatus(ElementStatus status) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version, stakeholderType, roles, externalId);
    }

    ElementRow atVersion(long version) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version, stakeholderType, roles, externalId);
    }
}
