package org.strategylifecycle.command.line;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.line.EstablishStrategyLine;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.command.web.Locations;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.LINE_EXISTS;

/** Starts strategy lines, the series that editions of one strategy belong to. */
@Tag(name = "Strategy lines", description = "Establish the series that editions of one strategy belong to")
@RestController
@RequestMapping(path = "/api/lines", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class LineController {

    record EstablishLineRequest(String lineId, String title, String organizationCode,
                                LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    @Operation(operationId = "establishStrategyLine", summary = "Establish a strategy line (EstablishStrategyLine)",
            description = """
                    Starts a line that editions join when they are drafted with its `lineId`; within it an \
                    edition is superseded only by a later one. Without `lineId` the service makes a UUID.""")
    @ApiResponse(responseCode = "201", description = "Established", useReturnTypeSchema = true)
    @Refuses({LINE_EXISTS, INVALID_ID})
    @ExampleBody("""
            {"lineId": "example-agency-strategy", "title": "Example Agency Strategy", "organizationCode": "EXA",
             "effectiveDate": "2025-01-06", "rationale": "The series of the agency's enterprise strategies",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Foreword"}}""")
    ResponseEntity<CommandAccepted> establish(@RequestBody EstablishLineRequest body, CommandContext context) {
        String lineId = context.idOr(body.lineId());
        return context.create(body, Locations.newLine(),
                change -> new EstablishStrategyLine(lineId, body.title(), body.organizationCode(), change));
    }
}
