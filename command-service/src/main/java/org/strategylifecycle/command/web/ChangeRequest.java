package org.strategylifecycle.command.web;

import org.strategylifecycle.api.common.Citation;

import java.time.LocalDate;

/** The change envelope every request body carries besides its business data; the actor comes from the login. */
public interface ChangeRequest {

    LocalDate effectiveDate();

    String rationale();

    Citation source();
}
