package org.strategylifecycle.query.link;

import io.swagger.v3.oas.annotations.media.Schema;
import org.strategylifecycle.api.common.Citation;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;

/**
 * One alignment: an element ({@code from…}) supports a target, an element of an edition the service
 * holds ({@code to…}) or an external reference ({@code document}, {@code number}, {@code text} as
 * quoted). {@code basis} is STATED (with {@code citation}) or INFERRED (with {@code inferredFrom}).
 */
public record AlignmentView(
        String alignmentId,
        String direction,
        String fromStrategyId,
        String fromElementId,
        String fromNumber,
        String fromTitle,
        String toStrategyId,
        String toElementId,
        String toNumber,
        String toTitle,
        String document,
        String number,
        String text,
        String basis,
        @Schema(implementation = Citation.class) JsonNode citation,
        String inferredFrom,
        LocalDate effectiveDate) {
}
