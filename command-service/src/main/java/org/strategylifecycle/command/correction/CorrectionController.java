package org.strategylifecycle.command.correction;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.correction.CorrectElement;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;

import java.time.LocalDate;

/** Corrects recording mistakes in any element; the change is marked CORRECTION, so auditors tell it from a revision. */
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/elements", consumes = MediaType.APPLICATION_JSON_VALUE)
class CorrectionController {

    record CorrectRequest(String number, String label, String title, String text, String overview,
                          LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping("/{elementId}/correct")
    ResponseEntity<CommandAccepted> correct(@PathVariable String strategyId, @PathVariable String elementId,
                                            @RequestBody CorrectRequest body, CommandContext context) {
        return context.correct(body, change -> new CorrectElement(strategyId, context.expectedVersion(), elementId,
                body.number(), body.title(), body.label(), body.text(), body.overview(), change));
    }
}
