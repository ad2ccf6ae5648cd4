package org.strategylifecycle.query.link;

import io.swagger.v3.oas.annotations.media.Schema;
import org.strategylifecycle.api.common.Citation;
import tools.jackson.databind.JsonNode;

import org.strategylifecycle.query.annotation.AnnotationView;

import java.time.LocalDate;
import java.util.List;

/**
 * One alignment: an element ({@code from…}) supports a target, an element of an edition the service
 * holds ({@code to…}) or an external reference ({@code document}, {@code number}, {@code text} as
 * quoted). {@code basis} is STATED (with {@code citation}) or INFERRED (with {@code inferredFrom}).
 * {@code fromFullNumber} and {@code toFullNumber} number an element with those of the elements above it
 * ("Goal 2, Objective 3"); {@code fromEditionStatus} and {@code toEditionStatus} say whether each side's
 * edition is a draft, adopted, superseded or retired; {@code annotations} are the notes on the link.
 */
public record AlignmentView(
        String alignmentId,
        String direction,
        String fromStrategyId,
        String fromElementId,
        String fromNumber,
        String fromFullNumber,
        String fromTitle,
        String fromEditionStatus,
        String toStrategyId,
        String toElementId,
        String toNumber,
        String toFullNumber,
        String toTitle,
        String toEditionStatus,
        String document,
        String number,
        String text,
        String basis,
        @Schema(implementation = Citation.class) JsonNode citation,
        String inferredFrom,
        LocalDate effectiveDate,
        List<AnnotationView> annotations) {
}
