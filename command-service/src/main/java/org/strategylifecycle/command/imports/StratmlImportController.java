package org.strategylifecycle.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.imports.ImportAnswer;
import org.strategylifecycle.api.imports.ImportPlan;
import org.strategylifecycle.api.imports.ImportedPlan;
import org.strategylifecycle.command.edition.Texts;
import org.strategylifecycle.stratml.StratmlInvalid;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.command.web.Locations;
import org.strategylifecycle.support.openapi.Refuses;
import org.strategylifecycle.support.web.Problems;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_ID_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.FIELD_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_DATE;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_VALUE;
import static org.strategylifecycle.api.common.ErrorCode.LINE_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.NUMBER_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.PARENT_TYPE_INVALID;
import static org.strategylifecycle.api.common.ErrorCode.PAYLOAD_TOO_LARGE;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_EXISTS;
import static org.strategylifecycle.api.common.ErrorCode.STRATML_INVALID;
import static org.strategylifecycle.api.common.ErrorCode.STRATML_MALFORMED;
import static org.strategylifecycle.api.common.ErrorCode.STRATML_UNSAFE;
import static org.strategylifecycle.api.common.ErrorCode.TEXT_TOO_LONG;
import static org.strategylifecycle.api.common.ErrorCode.UNSUPPORTED_MEDIA_TYPE;

/**
 * {@code POST /api/imports/stratml}: a StratML plan (Part 1 or Part 2, as XML) becomes a draft
 * edition. Query parameters: {@code effectiveDate} (required), {@code strategyId}, {@code rationale},
 * {@code lineId}, {@code source} (the citation's document; the plan's Name otherwise). With an
 * Idempotency-Key, a repeated import (same parameters, same bytes) answers as the first.
 */
@Tag(name = "Imports", description = "Record a StratML plan as a new draft edition")
@RestController
class StratmlImportController {

    private static final String DEFAULT_RATIONALE = "Imported from StratML";

    private final Locations locations;

    StratmlImportController(Locations locations) {
        this.locations = locations;
    }

    @PostMapping(path = "/api/imports/stratml",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "importStratml", summary = "Import a StratML plan as a draft edition", description = """
            Records a StratML document (Part 1 StrategicPlan or Part 2 PerformancePlanOrReport) as a new \
            DRAFT edition, through the ordinary commands in one unit of work: if any is refused, nothing is \
            recorded and the problem's detail names the element first. Alignments to editions the service \
            does not hold are answered in `unresolvedAlignments`, not recorded. A document the schema refuses is \
            answered with every schema error (`errors`, the first 50, each with line and column; `errorCount`); \
            with `repair=true` the common deviations of community-authored StratML are repaired first, each \
            repair listed in `notes`. See docs/http-api.md.""")
    @ApiResponse(responseCode = "201", description = "Imported", useReturnTypeSchema = true)
    @Refuses({STRATML_MALFORMED, STRATML_UNSAFE, STRATML_INVALID, FIELD_REQUIRED, INVALID_DATE, INVALID_ID,
            TEXT_TOO_LONG, STRATEGY_EXISTS, LINE_NOT_FOUND, ELEMENT_ID_TAKEN, NUMBER_TAKEN, PARENT_NOT_FOUND,
            PARENT_TYPE_INVALID, INVALID_VALUE, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE})
    @ExampleBody("""
            <StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core">
              <Name>Example Agency Strategic Plan 2025-2029</Name>
              <StrategicPlanCore>
                <Organization><Name>Example Agency</Name><Acronym>EXA</Acronym></Organization>
                <Vision><Description>A safer country.</Description></Vision>
                <Mission><Description>We keep it safe.</Description></Mission>
                <Goal><Name>Secure the border</Name><Description>Protect the nation at its borders.</Description>
                  <SequenceIndicator>1</SequenceIndicator>
                  <Objective><Name>Detect illicit crossings</Name>
                    <Description>Know of every crossing between the ports of entry.</Description></Objective>
                </Goal>
              </StrategicPlanCore>
            </StrategicPlan>""")
    ResponseEntity<ImportAnswer> importStratml(@RequestBody(required = false) byte[] document,
                                               @Parameter(description = "yyyy-MM-dd: of the draft and of every element",
                                                       required = true, example = "2025-01-06",
                                                       schema = @Schema(type = "string"))
                                               @RequestParam LocalDate effectiveDate,
                                               @Parameter(description = "The new edition's id; else the document's, "
                                                       + "else one made from the plan's name and period")
                                               @RequestParam(required = false) String strategyId,
                                               @Parameter(description = "Of every change; default: Imported from StratML")
                                               @RequestParam(required = false) String rationale,
                                               @Parameter(description = "The strategy line the draft joins (must exist)")
                                               @RequestParam(required = false) String lineId,
                                               @Parameter(description = "The citation's document; default: the plan's Name")
                                               @RequestParam(required = false) String source,
                                               @Parameter(description = "Repair the common deviations of community-authored "
                                                       + "StratML (empty enumeration attributes, an empty RoleType, children out of "
                                                       + "the schema's order, an id element, identifiers that are no NCName) before "
                                                       + "validating; each repair is listed in notes")
                                               @RequestParam(defaultValue = "false") boolean repair,
                                               CommandContext context) {
        if (document == null || document.length == 0) {
            throw new StrategyException(ErrorCode.STRATML_MALFORMED, "the request has no document");
        }
        String citation = blankToNull(source);
        ImportedPlan plan = PlanMapper.read(document, citation, effectiveDate, repair);
        Change change = new Change(effectiveDate, context.actor(), rationale == null || rationale.isBlank() ? DEFAULT_RATIONALE : rationale,
                new Citation(PlanMapper.abbreviate(citation != null ? citation : plan.name(), Texts.CITATION_MAX), null, null),
                ChangeKind.REVISION);
        ImportAnswer answer = context.send(document, new ImportPlan(blankToNull(strategyId), blankToNull(lineId), change, plan));
        return ResponseEntity.created(locations.readUrl(Locations.editionPath(answer.id())))
                .eTag("\"" + answer.version() + "\"")
                .body(answer);
    }

    /** A document the schema refuses: every error (the first 50), each with its line and column. */
    @ExceptionHandler(StratmlInvalid.class)
    ResponseEntity<ProblemDetail> invalid(StratmlInvalid e) {
        ProblemDetail problem = Problems.of(e.code(), e.getMessage());
        problem.setProperty("errors", e.errors());
        problem.setProperty("errorCount", e.total());
        return ResponseEntity.status(e.code().status()).headers(Problems.headers(e.code())).body(problem);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
