package org.strategylifecycle.query.stratml;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.strategylifecycle.query.history.HistoryReader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.query.edition.EditionView;
import org.strategylifecycle.query.edition.HistoryRows;
import org.strategylifecycle.query.edition.StrategySummaryView;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.Instant;
import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/**
 * {@code GET /api/strategies/{id}/stratml}: the edition as StratML Part 2, now, or as it stood on
 * {@code asOf} (effective date) as the service had recorded it at {@code knownAt} (recorded time).
 */
@Tag(name = "StratML", description = "Editions as StratML documents")
@RestController
class StratmlController {

    private final EditionReader editions;
    private final HistoryRows rows;
    private final HistoryReader history;

    StratmlController(EditionReader editions, HistoryRows rows, HistoryReader history) {
        this.editions = editions;
        this.rows = rows;
        this.history = history;
    }

    /** The body is written here with its own type, so that a refusal still answers problem+json. */
    @GetMapping(path = "/api/strategies/{strategyId}/stratml", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(operationId = "exportStratml", summary = "An edition as a StratML Part 2 document",
            description = """
                    The edition as StratML Part 2 (valid against the schema), now or, with `asOf` and \
                    `knownAt`, as the service had recorded it then. Importing it gives an edition with the \
                    same content.""")
    @ApiResponse(responseCode = "200", description = "The document", content = @Content(
            mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
    @Refuses(STRATEGY_NOT_FOUND)
    ResponseEntity<byte[]> export(@PathVariable String strategyId,
                                  @RequestParam(required = false) LocalDate asOf,
                                  @RequestParam(required = false) Instant knownAt) {
        StrategySummaryView strategy = editions.require(strategyId);
        EditionView edition = asOf == null && knownAt == null ? editions.current(strategy)
                : editions.asOf(strategy, asOf, knownAt);
        if (edition == null) {
            throw new StrategyException(ErrorCode.STRATEGY_NOT_FOUND,
                    "edition " + strategyId + " was not yet drafted on that date, or not yet recorded at that time");
        }
        byte[] xml = StratmlWriter.write(edition, rows.links(strategyId, asOf, knownAt),
                history.head(strategyId, knownAt).orElse(null));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"" + strategyId + ".xml\"")
                .body(xml);
    }
}
