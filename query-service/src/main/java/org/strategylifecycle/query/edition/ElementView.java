package org.strategylifecycle.query.edition;

import org.strategylifecycle.query.annotation.AnnotationView;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.stakeholder.StakeholderRole;

import java.util.List;

/**
 * An element of an edition with its members in display order; measures carry their readings. Its
 * {@code annotations} are the notes on readings of it that a reader had to choose. Goals and objectives
 * list their {@code stakeholders} apart from their members; a stakeholder (type STAKEHOLDER) has its
 * name as {@code title}, its description as {@code text}, its {@code stakeholderType} and {@code roles};
 * a removed one reads RETIRED. {@code externalId} is the identifier the element carries in the document
 * it came from, where that is not its id.
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
        List<ElementView> members,
        String externalId,
        String stakeholderType,
        List<StakeholderRole> roles,
        @ArraySchema(schema = @Schema(ref = "#/components/schemas/ElementView"))
        List<ElementView> stakeholders) {

    /** An element without stakeholders or external identifier. */
    public ElementView(String elementId, ElementType type, String number, String label, String title, String text,
                       String overview, String kind, String measureType, String printedType, String unit, int order,
                       ElementStatus status, long version, List<ReadingView> targets, List<ReadingView> actuals,
                       List<AnnotationView> annotations, List<ElementView> members) {
        this(elementId, type, number, label, title, text, overview, kind, measureType, printedType, unit, order, status,
                version, targets, actuals, annotations, members, null, null, null, List.of());
    }
}
