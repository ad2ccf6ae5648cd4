package org.strategylifecycle.api.common;

/** The organization that issues a strategy, with the code of its parent organization (DHS for CBP). */
public record Organization(String code, String name, String parentCode) {
}
