package org.strategylifecycle.api.annotation;

/**
 * What an annotation is about: the edition itself ({@code id} is the edition's id), one of its elements
 * or one of its links (by id), and optionally which of its readings ({@code field}, e.g. "title",
 * "text", "period.toYear", "adoptedOn", "target").
 */
public record AnnotationSubject(AnnotationSubjectKind kind, String id, String field) {
}
