package org.strategylifecycle.command.web;

import org.strategylifecycle.api.common.Citation;

import java.time.LocalDate;

/** The body of a command that carries nothing but its change envelope (adopt, retire, complete, remove). */
public record ChangeBody(LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
}
