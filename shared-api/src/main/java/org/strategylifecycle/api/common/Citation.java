package org.strategylifecycle.api.common;

/** A source citation: the document, and where in it (section, page), as far as known. */
public record Citation(String document, String section, String page) {
}
