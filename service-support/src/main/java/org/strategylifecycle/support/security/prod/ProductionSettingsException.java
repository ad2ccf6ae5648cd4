package org.strategylifecycle.support.security.prod;

/** A production start without the settings production sign-in needs; its message is one line naming them. */
class ProductionSettingsException extends IllegalStateException {

    ProductionSettingsException(String message) {
        super(message);
    }
}
