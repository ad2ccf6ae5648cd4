package org.strategylifecycle.query.edition;

import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;

/** One element of an edition as the read model stores it; also the before/after of a history row. */
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
        long version) {

    ElementRow withContent(String number, String label, String title, String text, String overview) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version);
    }

    ElementRow withParent(String parentId) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version);
    }

    ElementRow withMeasure(String measureType, String printedType, String unit) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version);
    }

    ElementRow withStatus(ElementStatus status) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version);
    }

    ElementRow atVersion(long version) {
        return new ElementRow(elementId, type, parentId, number, label, title, text, overview, kind, measureType,
                printedType, unit, order, status, version);
    }
}
