package org.strategylifecycle.api.common;

/** What a labelled statement is; the label the document prints is kept beside it. */
public enum StatementKind {
    VISION,
    MISSION,
    ASPIRATION,
    CORE_VALUE,
    THEME,
    ETHOS,
    OTHER
}
