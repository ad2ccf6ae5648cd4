package org.strategylifecycle.query.edition;

import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;

import java.time.LocalDate;

/** An edition in lists: who issued it, for which period, in which line, in which state. */
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
        long version) {

    StrategySummaryView withLifecycle(String status, LocalDate adoptedOn, LocalDate endedOn, String supersededBy, long version) {
        return new StrategySummaryView(strategyId, title, organization, period, lineId, status, referenced, supersededBy,
                draftedOn, adoptedOn, endedOn, version);
    }
}
