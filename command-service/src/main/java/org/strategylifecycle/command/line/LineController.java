package org.strategylifecycle.command.line;

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
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;

/** Starts strategy lines, the series that editions of one strategy belong to. */
@RestController
@RequestMapping(path = "/api/lines", consumes = MediaType.APPLICATION_JSON_VALUE)
class LineController {

    record EstablishLineRequest(String lineId, String title, String organizationCode,
                                LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> establish(@RequestBody EstablishLineRequest body, CommandContext context) {
        String lineId = context.idOr(body.lineId());
        return context.create(body, Locations.newLine(),
                change -> new EstablishStrategyLine(lineId, body.title(), body.organizationCode(), change));
    }
}
