/**
 * Annotations: notes on readings a reader had to choose (what is uncertain, the alternatives as
 * printed, the reading chosen and why), on an element, a link or the edition itself.
 * {@code AnnotationController} takes them over HTTP; {@code Annotations}, a member of the
 * {@code StrategyEdition} aggregate, decides them.
 */
package org.strategylifecycle.command.annotation;
