package org.strategylifecycle.api.common;

/**
 * The period a strategy covers, as printed ({@code label}, e.g. "FY 2007–2011") and as years for
 * ordering editions; {@code toYear} is null for an open-ended plan ("from 2023").
 */
public record Period(String label, Integer fromYear, Integer toYear) {
}
