package org.strategylifecycle.command.imports;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.support.web.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /api/imports/stratml}: a StratML plan (Part 1 or Part 2, as XML) becomes a draft
 * edition. Query parameters: {@code effectiveDate} (required), {@code strategyId}, {@code rationale},
 * {@code lineId}, {@code source} (the citation's document; the plan's Name otherwise). With an
 * Idempotency-Key, a repeated import (same parameters, same bytes) answers as the first.
 */
@RestController
class StratmlImportController {

    private final StratmlImporter importer;

    StratmlImportController(StratmlImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/imports/stratml",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportAnswer> importStratml(@RequestBody(required = false) byte[] document,
                                               @RequestParam(required = false) String effectiveDate,
                                               @RequestParam(required = false) String strategyId,
                                               @RequestParam(required = false) String rationale,
                                               @RequestParam(required = false) String lineId,
                                               @RequestParam(required = false) String source,
                                               CommandContext context) {
        LocalDate effective = date(effectiveDate);
        if (document == null || document.length == 0) {
            throw new StrategyException(ErrorCode.STRATML_MALFORMED, "the request has no document");
        }
        ImportAnswer answer = importer.importPlan(document, new StratmlImporter.Options(effective, blankToNull(strategyId),
                blankToNull(rationale), blankToNull(lineId), blankToNull(source), context.actor()),
                context.keyedRequest(document));
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/strategies/{id}").buildAndExpand(answer.id()).encode().toUri())
                .eTag("\"" + answer.version() + "\"")
                .body(answer);
    }

    /** A refused command of the import: its code and status, and the element it concerned. */
    @ExceptionHandler(StratmlImporter.ImportRefused.class)
    ResponseEntity<ProblemDetail> refused(StratmlImporter.ImportRefused e) {
        ProblemDetail problem = Problems.of(e.code(), e.getMessage());
        problem.setProperty("element", e.element());
        return ResponseEntity.status(e.code().status()).body(problem);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, "parameter effectiveDate (yyyy-MM-dd) is required");
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // falls through to the refusal
        }
        throw new StrategyException(ErrorCode.INVALID_DATE, "effectiveDate must be a real date as yyyy-MM-dd");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
