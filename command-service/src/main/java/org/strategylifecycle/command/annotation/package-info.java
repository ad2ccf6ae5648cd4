/**
 * Annotations over HTTP: notes on readings a reader had to choose (what is uncertain, the alternatives
 * as printed, the reading chosen and why), on an element, a link or the edition itself.
 */
package org.strategylifecycle.command.annotation;
