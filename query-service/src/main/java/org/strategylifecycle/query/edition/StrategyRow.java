package org.strategylifecycle.query.edition;

import org.strategylifecycle.api.common.StrategyStatus;

import java.time.Instant;
import java.time.LocalDate;

/** An edition's row in the current-state table, as the projection reads and writes it (organization and period as JSON). */
record StrategyRow(String strategyId, String lineId, String title, String organization, String period, boolean referenced,
                   StrategyStatus status, String supersededBy, LocalDate draftedOn, LocalDate adoptedOn, LocalDate endedOn,
                   long version, Instant updatedAt) {

    StrategyRow touched(long version, Instant updatedAt) {
        return new StrategyRow(strategyId, lineId, title, organization, period, referenced, status, supersededBy,
                draftedOn, adoptedOn, endedOn, version, updatedAt);
    }

    /** A lifecycle step; a null date or successor keeps the one recorded before. */
    StrategyRow withStatus(StrategyStatus status, LocalDate adoptedOn, LocalDate endedOn, String supersededBy, long version,
                           Instant updatedAt) {
        return new StrategyRow(strategyId, lineId, title, organization, period, referenced, status,
                supersededBy == null ? this.supersededBy : supersededBy, draftedOn,
                adoptedOn == null ? this.adoptedOn : adoptedOn, endedOn == null ? this.endedOn : endedOn, version, updatedAt);
    }
}
