package org.strategylifecycle.command.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.strategylifecycle.command.CommandServiceApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production start without its sign-in settings stops at once with one line naming each, no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {

    @Test
    void aProdStartWithoutTheSignInSettingsNamesEachMissingVariable(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CommandServiceApplication.class)
                .run("--spring.profiles.active=prod", "--server.port=0"))
                .hasMessageContaining("STRATEGY_JWT_ISSUER_URI");
        assertThat(output.getOut()).contains("The prod profile cannot start: STRATEGY_JWT_ISSUER_URI, "
                + "STRATEGY_JWT_AUDIENCE, STRATEGY_PUBLIC_URL are not set (docs/operations.md#production-sign-in)");
        assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("Caused by");
    }
}
