package org.strategylifecycle.api.common;

/** Types of performance measure found in the corpus; the type as printed is kept beside it. */
public enum MeasureType {
    OUTCOME,
    OUTPUT,
    EFFICIENCY,
    RATE_EFFICIENCY,
    QUALITATIVE
}
