package org.strategylifecycle.query.diff;

import org.strategylifecycle.api.common.ElementType;

/**
 * Which entries of a diff to keep: of one kind of change, of one type of element, and those whose
 * title shares no word with any title of elements of a type in the newer state. Null: no condition.
 */
public record DiffFilter(DiffView.Kind kind, ElementType type, ElementType sharesNoWordWith) {

    public static final DiffFilter NONE = new DiffFilter(null, null, null);

    boolean isEmpty() {
        return kind == null && type == null && sharesNoWordWith == null;
    }
}
