package org.strategylifecycle.command.chain;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.support.openapi.Refuses;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.strategylifecycle.api.common.ErrorCode.FORBIDDEN;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_VALUE;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.UNKNOWN_PARAMETER;

/**
 * Verification for auditors and admins. A history found altered is an answer, not a failed request:
 * 200 with {@code intact: false} and the first event that does not match.
 */
@RestController
@RequestMapping(path = "/api/verify", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Verification", description = "Whether the recorded history is as it was written (auditors and admins)")
class VerifyController {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,99}");

    private final Verifier verifier;

    VerifyController(Verifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping
    @Operation(operationId = "verifyStore", summary = "Verify the whole event store: every stream's chain and the store-wide chain")
    @Refuses({FORBIDDEN, UNKNOWN_PARAMETER})
    Verdict store(@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        known(parameters, Set.of());
        return verifier.store();
    }

    @GetMapping("/strategies/{strategyId}")
    @Operation(operationId = "verifyEdition", summary = "Verify one edition's history; with hash, also tell which of its events a copy reflects")
    @Refuses({FORBIDDEN, UNKNOWN_PARAMETER, INVALID_ID, INVALID_VALUE, STRATEGY_NOT_FOUND})
    Verdict strategy(@PathVariable String strategyId,
                     @Parameter(description = "a hash carried by an export or a history of this edition")
                     @RequestParam(required = false) String hash,
                     @Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        known(parameters, Set.of("hash"));
        if (!ID.matcher(strategyId).matches()) {
            throw new StrategyException(ErrorCode.INVALID_ID, "strategyId must be letters, digits, '.', '_' or '-'");
        }
        if (hash != null && !HASH.matcher(hash).matches()) {
            throw new StrategyException(ErrorCode.INVALID_VALUE, "hash must be 64 lower-case hexadecimal digits (SHA-256)");
        }
        return verifier.stream(strategyId, hash).orElseThrow(() ->
                new StrategyException(ErrorCode.STRATEGY_NOT_FOUND, "the event store holds no event of " + strategyId));
    }

    private static void known(Map<String, String> parameters, Set<String> allowed) {
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                throw new StrategyException(ErrorCode.UNKNOWN_PARAMETER, "this endpoint does not take " + name);
            }
        }
    }
}
