package org.strategylifecycle.api.annotation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Withdraws an annotation that no longer holds (the uncertainty was resolved, or it was noted on the wrong thing). */
public record WithdrawAnnotation(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String annotationId,
        Change change) {
}
