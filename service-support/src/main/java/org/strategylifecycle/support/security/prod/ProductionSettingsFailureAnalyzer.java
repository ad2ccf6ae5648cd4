package org.strategylifecycle.support.security.prod;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed production start into Spring Boot's short report: the one line, no stack trace. */
class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the variables named above (docs/operations.md lists every production setting), "
                        + "or start without the prod profile.", cause);
    }
}
