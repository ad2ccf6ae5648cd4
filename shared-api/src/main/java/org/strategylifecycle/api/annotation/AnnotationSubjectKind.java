package org.strategylifecycle.api.annotation;

/** What an annotation is about: the edition's own facts (period, dates, supersession), an element, or a link (alignment, lineage). */
public enum AnnotationSubjectKind {
    EDITION,
    ELEMENT,
    LINK
}
