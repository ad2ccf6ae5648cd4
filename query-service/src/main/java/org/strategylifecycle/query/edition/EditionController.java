package org.strategylifecycle.query.edition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/** Current plans for dashboards; any edition as of a date, as known at a time, for auditors. */
@Tag(name = "Editions", description = "Editions now, as of an effective date and as known at a recorded time; their elements")
@RestController
@RequestMapping(path = "/api/strategies", produces = MediaType.APPLICATION_JSON_VALUE)
class EditionController {

    private static final String MIN_VERSION = """
            The version a command answered (its ETag): waits, bounded, until the read model has reached it \
            (503 READ_MODEL_BEHIND if it does not in time).""";

    private final EditionReader reader;
    private final EditionAnswers answers;
    private final Freshness freshness;

    EditionController(EditionReader reader, EditionAnswers answers, Freshness freshness) {
        this.reader = reader;
        this.answers = answers;
        this.freshness = freshness;
    }

    @GetMapping
    @Operation(operationId = "listStrategies", summary = "List the editions",
            description = "Every edition with its organization, period, line and status, in order of period.")
    List<StrategySummaryView> strategies() {
        return reader.strategies();
    }

    /**
     * The edition now; with {@code asOf} (effective date) as it stood that day; with {@code knownAt}
     * (recorded time) as the service had recorded it then; both together for "what did the service
     * say, at T, that the plan said on D". With {@code minVersion} (the version a command returned)
     * it first waits, bounded, until the read model has caught up with that write.
     */
    @GetMapping("/{strategyId}")
    @Operation(operationId = "getEdition", summary = "Read an edition: now, as of a date, as known at a time",
            description = """
                    The edition with its statements and element tree. With `asOf` (effective date) as it \
                    stood that day; with `knownAt` (recorded time) as the service had recorded it then; \
                    both for "what did the service say, at T, that the plan said on D".""")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EditionView.class)))
    @Refuses(STRATEGY_NOT_FOUND)
    ResponseEntity<byte[]> edition(@PathVariable String strategyId,
                                   @Parameter(description = "Effective date (yyyy-MM-dd)", example = "2025-06-30")
                                   @RequestParam(required = false) LocalDate asOf,
                                   @Parameter(description = "Recorded time (an instant)", example = "2026-01-31T12:00:00Z")
                                   @RequestParam(required = false) Instant knownAt,
                                   @Parameter(description = MIN_VERSION)
                                   @RequestParam(required = false) Long minVersion,
                                   HttpServletRequest request) throws InterruptedException {
        // Kept ready, and tagged by its content: Spring answers 304 to a matching If-None-Match, and the
        // body need not pass through the conditional reads' buffer (web/ConditionalReads) to be tagged.
        EditionAnswers.Answer answer = answers.answer(freshness.await(strategyId, minVersion), asOf, knownAt);
        ShallowEtagHeaderFilter.disableContentCaching(request);
        return ResponseEntity.ok().eTag(answer.etag()).contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }

    /** Where command-service's Location of a new element points. */
    @GetMapping("/{strategyId}/elements/{elementId}")
    @Operation(operationId = "getElement", summary = "Read an element of an edition, with its members",
            description = """
                    The element as it stands now, with the elements under it (a measure with its readings) and its \
                    stakeholders. `elementId` is the element's id or the identifier it carries in the document it \
                    came from (its `externalId`).""")
    @Refuses({STRATEGY_NOT_FOUND, ELEMENT_NOT_FOUND})
    ElementView element(@PathVariable String strategyId, @PathVariable String elementId,
                        @Parameter(description = MIN_VERSION) @RequestParam(required = false) Long minVersion)
            throws InterruptedException {
        EditionView edition = reader.current(freshness.await(strategyId, minVersion));
        return find(edition.statements(), elementId).or(() -> find(edition.goals(), elementId))
                .or(() -> find(edition.stakeholders(), elementId))
                .orElseThrow(() -> new StrategyException(ErrorCode.ELEMENT_NOT_FOUND,
                        "edition " + strategyId + " has no element " + elementId));
    }

    private static Optional<ElementView> find(List<ElementView> elements, String elementId) {
        for (ElementView element : elements) {
            // Ids and external identifiers of an edition never collide (the command side keeps them apart).
            if (element.elementId().equals(elementId) || elementId.equals(element.externalId())) {
                return Optional.of(element);
            }
            Optional<ElementView> member = find(element.members(), elementId)
                    .or(() -> find(element.stakeholders(), elementId));
            if (member.isPresent()) {
                return member;
            }
        }
        return Optional.empty();
    }
}
