package org.strategylifecycle.api.alignment;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What an element supports: an element of an edition the service holds ({@code strategyId} and
 * {@code elementId}), or an external reference to a plan it does not hold ({@code document},
 * {@code number}, {@code text} as quoted).
 */
public record AlignmentTarget(String strategyId, String elementId, String document, String number, String text) {

    @JsonIgnore
    public boolean isExternal() {
        return strategyId == null && elementId == null;
    }
}
