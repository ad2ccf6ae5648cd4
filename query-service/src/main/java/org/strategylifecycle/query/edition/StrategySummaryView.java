package org.strategylifecycle.query.edition;

import io.swagger.v3.oas.annotations.media.Schema;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;

import java.time.LocalDate;

/**
 * An edition in lists: who issued it, for which period, in which line, in which state; when superseded,
 * by which edition, from when, and whether a document states it (with its citation) or it is inferred
 * (with its basis).
 */
public record StrategySummaryView(
        String strategyId,
        String title,
        Organization organization,
        Period period,
        String lineId,
        String status,
        boolean referenced,
        String supersededBy,
        LocalDate draftedOn,
        LocalDate adoptedOn,
        LocalDate endedOn,
        long version,
        Supersession supersession) {

    /** The edition's supersession as recorded: by which edition, effective when, and on what grounds. */
    @Schema(name = "EditionSupersession")
    public record Supersession(String supersededBy, LocalDate effectiveDate, LinkProvenance provenance) {
    }

    /** A lifecycle step of a time view; {@code supersession} is the edition's one supersession when it is superseded then. */
    StrategySummaryView withLifecycle(String status, LocalDate adoptedOn, LocalDate endedOn, String supersededBy, long version,
                                      Supersession supersession) {
        return new StrategySummaryView(strategyId, title, organization, period, lineId, status, referenced, supersededBy,
                draftedOn, adoptedOn, endedOn, version, supersededBy == null ? null : supersession);
    }
}
