package org.strategylifecycle.api.lineage;

/** How an element of a newer edition relates to its predecessor in an older one. */
public enum LineageRelation {
    DERIVES_FROM,
    REPLACES,
    CONTINUES
}
