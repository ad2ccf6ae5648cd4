package org.strategylifecycle.command.edition;

import org.axonframework.test.aggregate.ResultValidator;
import org.strategylifecycle.api.common.ErrorCode;

import static org.strategylifecycle.command.edition.HasCode.hasCode;

/**
 * The two ways a fixture test may expect that a command recorded nothing. Axon's {@code expectNoEvents()}
 * alone also passes when the handler throws, so a "changes nothing" test written with it cannot fail:
 * every such expectation says here whether the command was accepted or refused, and {@code ExpectTest}
 * keeps any other class from calling {@code expectNoEvents()}.
 */
public final class Expect {

    private Expect() {
    }

    /**
     * Accepted with {@code answer} (its {@code CommandAccepted}, or the {@code CommandRepeated} of a repeated
     * request), and nothing recorded: a command that changes nothing.
     */
    public static <T> ResultValidator<T> changesNothing(ResultValidator<T> result, Object answer) {
        return result.expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(answer)
                .expectNoEvents();
    }

    /** Refused with {@code code}, and nothing recorded. */
    public static <T> ResultValidator<T> refused(ResultValidator<T> result, ErrorCode code) {
        return result.expectException(hasCode(code)).expectNoEvents();
    }
}
