package org.strategylifecycle.api.common;

/** Whether a document states a link, or the link is only inferred from what documents say. */
public enum LinkBasis {
    STATED,
    INFERRED
}
