package org.strategylifecycle.query.dashboard.plan;

import org.strategylifecycle.query.dashboard.Labels;

import java.time.Instant;
import java.time.LocalDate;

/** Which view of a plan a page shows, said plainly: now, as of a date, as known at a time, or both. */
public record TimeView(String name, String description) {

    public static TimeView of(LocalDate asOf, Instant knownAt) {
        if (asOf == null && knownAt == null) {
            return new TimeView("Now", "The plan as it stands today, with everything recorded so far.");
        }
        if (knownAt == null) {
            return new TimeView("As of " + Labels.date(asOf),
                    "The plan as it stood on " + Labels.date(asOf) + " (effective date), with everything recorded so far,"
                            + " corrections included.");
        }
        if (asOf == null) {
            return new TimeView("As known at " + Labels.time(knownAt),
                    "The plan as the service had recorded it at " + Labels.time(knownAt)
                            + ": nothing recorded later is shown.");
        }
        return new TimeView("As of " + Labels.date(asOf) + ", as known at " + Labels.time(knownAt),
                "The plan as it stood on " + Labels.date(asOf) + " (effective date), as the service had recorded it at "
                        + Labels.time(knownAt) + ": nothing recorded later is shown.");
    }
}
