package org.strategylifecycle.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.strategylifecycle.api.common.CommandRefusal;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms in which a refusal reaches the edge besides the local one the HTTP tests see: through a
 * distributed bus only the details survive; and an unforeseen failure reveals nothing of itself.
 */
class ProblemAdviceTest {

    private final ProblemAdvice advice = new ProblemAdvice();

    @Test
    void codeInTheDetailsOfARemoteFailureDecides() {
        ResponseEntity<ProblemDetail> answer = advice.refused(new CommandExecutionException("refused", null,
                CommandRefusal.of(ErrorCode.NUMBER_TAKEN, "another goal is numbered 1")));
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "NUMBER_TAKEN");
        assertThat(answer.getBody().getDetail()).isEqualTo("another goal is numbered 1");
    }

    @Test
    void codeOfTheCauseDecidesWhenTheDetailsHaveNone() {
        ResponseEntity<ProblemDetail> answer = advice.refused(new CommandExecutionException("refused",
                new StrategyException(ErrorCode.EDITION_RETIRED, "edition s1 is retired")));
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "EDITION_RETIRED");
    }

    @Test
    void unforeseenFailureIsAnInternalErrorWithoutItsInternals() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new IllegalStateException("password=secret"));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(answer.getBody().getDetail()).doesNotContain("secret");
    }
}
