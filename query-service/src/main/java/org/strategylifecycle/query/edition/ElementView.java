package org.strategylifecycle.query.edition;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;

import java.util.List;

/**
 * An element of an edition with its members in display order; measures carry their readings. Its
 * {@code annotations} are the notes on readings of it that a reader had to choose.
 */
public record ElementView(
        String elementId,
        ElementType type,
        String number,
        String label,
        String title,
        String text,
        String overview,
        String kind,
        String measureType,
        String printedType,
        String unit,
        int order,
        ElementStatus status,
        long version,
        List<ReadingView> targets,
        List<ReadingView> actuals,
        List<AnnotationView> annotations,
        // springdoc 3.0.0 leaves a recursive property out of the description: named here by reference.
        @ArraySchema(schema = @Schema(ref = "#/components/schemas/ElementView"))
        List<ElementView> members) {
}
