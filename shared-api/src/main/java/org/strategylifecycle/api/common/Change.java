package org.strategylifecycle.api.common;

import java.time.LocalDate;

/**
 * What every change carries besides its business data. The recorded time is not here: it is the
 * event's own timestamp, set by the service when it stores the event.
 *
 * @param effectiveDate when the change takes effect in the world (valid time); may lie in the past
 * @param actor         the authenticated principal that issued the command, never sent by a client
 * @param rationale     why; required for revisions, retirements, supersessions and corrections
 * @param source        where the change is documented, if anywhere
 * @param kind          a revision changes the plan from its effective date on; a correction fixes
 *                      a recording mistake retroactively
 */
public record Change(LocalDate effectiveDate, String actor, String rationale, Citation source, ChangeKind kind) {
}
