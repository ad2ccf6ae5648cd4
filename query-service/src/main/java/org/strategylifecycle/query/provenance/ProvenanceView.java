package org.strategylifecycle.query.provenance;

import org.strategylifecycle.api.common.Citation;

import java.time.LocalDate;

/**
 * The provenance of an element's content in a time view: {@code STATED} with the {@code citation} of
 * the change that recorded it, or {@code UNCITED} (that change cites no document) with its
 * {@code rationale} as the basis. {@code kind} tells a revision from a correction.
 */
public record ProvenanceView(String elementId, String basis, Citation citation, String rationale, String kind,
                             LocalDate effectiveDate) {

    public static final String STATED = "STATED";
    public static final String UNCITED = "UNCITED";

    public boolean stated() {
        return STATED.equals(basis);
    }
}
