package org.strategylifecycle.command.identifier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.identifier.IdentifyElementExternally;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.EDITION_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.EDITION_SUPERSEDED;
import static org.strategylifecycle.api.common.ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_ID_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/** Records the identifier an element carries in its source document, where that cannot be its id. */
@Tag(name = "External identifiers", description = "Keep the identifier an element carries in the document it came from")
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/elements", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class IdentifierController {

    record IdentifyElementExternallyRequest(String externalId, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    @PostMapping("/{elementId}/identify-externally")
    @Operation(operationId = "identifyElementExternally", summary = "Keep an element's published identifier (IdentifyElementExternally)",
            description = """
                    Records the identifier the element carries in the document it came from (a StratML \
                    `Identifier` such as `SCAgencyCode#P320`) where it cannot be the element's id. Reads and \
                    alignment targets then find the element by either; the StratML export writes it back as the \
                    element's `Identifier`. It is unique in the edition and is no other id of it.""")
    @Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, INVALID_ID, ELEMENT_NOT_FOUND, ELEMENT_ID_TAKEN,
            EFFECTIVE_DATE_BEFORE_PREVIOUS})
    @ExampleBody("""
            {"externalId": "SCAgencyCode#P320-G1", "effectiveDate": "2025-01-06",
             "source": {"document": "Example Agency Strategy 2025–2028", "section": "Goal 1"}}""")
    ResponseEntity<CommandAccepted> identify(@PathVariable String strategyId, @PathVariable String elementId,
                                             @RequestBody IdentifyElementExternallyRequest body, CommandContext context) {
        return context.revise(body, change -> new IdentifyElementExternally(strategyId, context.expectedVersion(),
                elementId, body.externalId(), change));
    }
}
